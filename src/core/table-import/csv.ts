/** A .csv file's text as a table grid: rows sit at their line numbers, so problems cite the line a user sees. */
import { parseCsv } from "../text/csv";
import type { TableGrid } from "./types";

export function csvGrid(text: string, file: string): TableGrid {
  const rows: TableGrid["rows"] = [];
  for (const row of parseCsv(text).rows) {
    while (rows.length < row.line - 1) rows.push([]);
    rows.push(row.fields.map((f) => (f.trim() === "" ? null : f)));
  }
  return { file, sheet: file.replace(/^.*[\\/]/, ""), rows };
}
