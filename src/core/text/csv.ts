/**
 * A small CSV reader (RFC 4180 quoting) for tables people export from Excel.
 * The delimiter is detected from the first line: ";" (what Excel writes in vi-VN, where "," is the
 * decimal mark), tab, or ",". A byte-order mark is dropped. Each row keeps its 1-based line number.
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

function detectDelimiter(text: string): string {
  let inQuotes = false;
  const counts: Record<string, number> = { ";": 0, "\t": 0, ",": 0 };
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === "\n" || ch === "\r")) break;
    else if (!inQuotes && ch in counts) counts[ch]++;
  }
  if (counts[";"] > 0) return ";";
  if (counts["\t"] > 0) return "\t";
  return ",";
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
