/**
 * A Word document's HTML (as mammoth converts it) → plain text for the extractor: paragraphs,
 * headings and list items apart (a blank line between, as Word's own text export writes them), and
 * each table row on one line with its cells separated by tabs (rows on consecutive lines),
 * so the extractor reads the table as a table (plan column → targets) instead of a run of words.
 */

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === "#") {
      const n = code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : " ";
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

const BLOCK_END = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "blockquote"]);

/** Linear in the length of the HTML. */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  let line = "";
  let row: string[] | null = null;
  let cell: string | null = null;
  let tableDepth = 0;
  let span = 1;
  let rowSpan = 1;
  /** Rows still covered by a cell merged down from above, per column: those cells are absent below. */
  let coveredRows: number[] = [];
  const skipCovered = () => {
    while (row && (coveredRows[row.length] ?? 0) > 0) {
      coveredRows[row.length]--;
      row.push("");
    }
  };
  const tag = /<(\/?)([a-z][a-z0-9]*)([^>]*)>|([^<]+)|</gi;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[4] !== undefined || m[0] === "<") {
      const text = decodeEntities(m[4] ?? "<").replace(/\s+/g, " ");
      if (cell !== null) cell += text;
      else line += text;
      continue;
    }
    const closing = m[1] === "/";
    const name = m[2].toLowerCase();
    if (name === "table") {
      tableDepth += closing ? -1 : 1;
      coveredRows = [];
      if (!closing && line.trim()) lines.push(line.trim());
      if (!closing) line = "";
      continue;
    }
    if (tableDepth > 0) {
      if (name === "tr" && !closing) row = [];
      else if (name === "tr" && closing && row) {
        skipCovered();
        if (row.some((c) => c)) lines.push(`\t${row.join("\t")}`);
        row = null;
      } else if ((name === "td" || name === "th") && !closing) {
        cell = "";
        span = Math.min(Number(/colspan\s*=\s*"?(\d+)/i.exec(m[3] ?? "")?.[1] ?? 1), 50);
        rowSpan = Math.min(Number(/rowspan\s*=\s*"?(\d+)/i.exec(m[3] ?? "")?.[1] ?? 1), 1000);
        skipCovered();
      } else if ((name === "td" || name === "th") && closing && cell !== null) {
        // A merged cell keeps its columns, so the figures below stay under their headers.
        // A cell merged down leaves its columns empty in the rows below, so their cells stay in place.
        if (row && rowSpan > 1) for (let k = 0; k < span; k++) coveredRows[row.length + k] = rowSpan - 1;
        row?.push(cell.replace(/\s+/g, " ").trim(), ...Array<string>(Math.max(span - 1, 0)).fill(""));
        cell = null;
      } else if ((name === "p" || name === "br") && cell !== null && cell.trim()) cell += " ";
      continue;
    }
    if (name === "br") {
      lines.push(line.trim());
      line = "";
    } else if (name === "li" && !closing) {
      if (line.trim()) lines.push(line.trim());
      line = "- ";
    } else if (closing && BLOCK_END.has(name)) {
      if (line.trim() && line.trim() !== "-") lines.push(line.trim());
      line = "";
    }
  }
  if (line.trim()) lines.push(line.trim());
  // Rows (marked by a leading tab) follow each other; everything else is a paragraph of its own.
  let out = "";
  lines.forEach((l, i) => {
    const row = l.startsWith("\t");
    if (i > 0) out += row && lines[i - 1].startsWith("\t") ? "\n" : "\n\n";
    out += row ? l.slice(1) : l;
  });
  return out;
}
