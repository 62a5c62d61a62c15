/**
 * A small CSV reader (RFC 4180 quoting) for tables people export from Excel.
 * The delimiter is detected from the lines most of them agree on: ";" (what Excel writes in vi-VN, where
 * "," is the decimal mark), tab, or ",". A byte-order mark is dropped. Each row keeps its 1-based line number.
 */

export interface CsvRow {
  /** Line where the row starts (1-based). */
  line: number;
  fields: string[];
}

export interface CsvTable {
  delimiter: string;
  rows: CsvRow[];
}

const CANDIDATES = [";", "\t", ","] as const;
const SNIFFED_LINES = 50;

/**
 * The delimiter is the one most lines agree on: a table's rows all hold the same number of them,
 * while a title line above it ("… GIAO CÁC SỞ, NGÀNH") or a decimal comma holds a stray one.
 * Ties go to ";" (vi-VN Excel), then tab, then ",".
 */
function detectDelimiter(text: string): string {
  const perLine: Record<string, number>[] = [];
  let counts: Record<string, number> = { ";": 0, "\t": 0, ",": 0 };
  let inQuotes = false;
  for (let i = 0; i < text.length && perLine.length < SNIFFED_LINES; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === "\n") {
      perLine.push(counts);
      counts = { ";": 0, "\t": 0, ",": 0 };
    } else if (!inQuotes && ch in counts) counts[ch]++;
  }
  perLine.push(counts);
  let best: string = ",";
  let bestAgreeing = 0;
  for (const sep of CANDIDATES) {
    const lines = new Map<number, number>();
    for (const c of perLine) if (c[sep] > 0) lines.set(c[sep], (lines.get(c[sep]) ?? 0) + 1);
    const agreeing = Math.max(0, ...lines.values());
    if (agreeing > bestAgreeing) [best, bestAgreeing] = [sep, agreeing];
  }
  return best;
}

/** Parse CSV text. Blank lines (and rows of empty fields only) are skipped; an unclosed quote runs to the end of the text. */
export function parseCsv(input: string, delimiter?: string): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = delimiter ?? detectDelimiter(text);
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = "";
  let inQuotes = false;
  let line = 1;
  let rowLine = 1;
  let sawContent = false;

  const endField = () => {
    fields.push(field);
    field = "";
  };
  const endRow = () => {
    endField();
    if (sawContent && fields.some((f) => f.trim() !== "")) rows.push({ line: rowLine, fields });
    fields = [];
    sawContent = false;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else {
        if (ch === "\n") line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"') {
      inQuotes = true;
      sawContent = true;
    } else if (ch === sep) {
      endField();
      sawContent = true;
    } else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      field += ch;
      if (ch.trim() !== "") sawContent = true;
    }
  }
  endRow();
  return { delimiter: sep, rows };
}
