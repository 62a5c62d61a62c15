/** A .csv file's text as a table grid: rows sit at their line numbers, so problems cite the line a user sees. */
import { parseCsv } from "../text/csv";
import { formatViNumber } from "../numbers";
import type { OfferedActual, TableGrid } from "./types";

export function csvGrid(text: string, file: string): TableGrid {
  const rows: TableGrid["rows"] = [];
  for (const row of parseCsv(text).rows) {
    while (rows.length < row.line - 1) rows.push([]);
    rows.push(row.fields.map((f) => (f.trim() === "" ? null : f)));
  }
  return { file, sheet: file.replace(/^.*[\\/]/, ""), rows };
}

/** The actuals a table offered, as the id,period,value .csv that `evaluate --actuals` reads (no final newline). */
export function actualsCsv(actuals: readonly OfferedActual[]): string {
  return ["id,period,value", ...actuals.map((a) => `${a.id},${a.period},"${formatViNumber(a.value, { maxDecimals: 6 })}"`)].join("\n");
}
