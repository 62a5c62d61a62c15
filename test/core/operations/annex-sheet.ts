/** Test helper: an annex as the grids a workbook holds once written (formulas show their value), and typing into it. */
import { layoutAnnexWorkbook, metaHeaderRow, metaRow, type Annex } from "../../../src/core/annex";
import type { GridCell, SheetGrid } from "../../../src/core/consolidate";
import { isFormula } from "../../../src/core/sheet";

export function annexGrids(annex: Annex, options: { meta?: boolean; sheetNames?: { targets?: string; tasks?: string } } = {}): SheetGrid[] {
  const layout = layoutAnnexWorkbook(annex, { sheetNames: options.sheetNames });
  const sheets: SheetGrid[] = layout.sheets.map((s) => ({
    name: s.name,
    hidden: false,
    rows: s.rows.map((r) => r.cells.map((c): GridCell => (c === null ? null : isFormula(c) ? (c.result ?? null) : c))),
  }));
  if (options.meta !== false) sheets.unshift({ name: "_kehoach", hidden: true, rows: [metaHeaderRow(), ...layout.meta.map(metaRow)] });
  return sheets;
}

/** Type `value` into the row of `id` (found by the id column, wherever the row is) under the header `header`. */
export function typeInto(sheet: SheetGrid, id: string, header: string, value: GridCell): void {
  const headerRow = sheet.rows.findIndex((r) => r.includes(header));
  const column = sheet.rows[headerRow].indexOf(header);
  const row = sheet.rows.find((r) => r.includes(id));
  if (!row) throw new Error(`no row for ${id}`);
  row[column] = value;
}

/** Reverse the target rows under the header: figures must follow their ids, not their places. */
export function shuffleBody(sheet: SheetGrid): void {
  const header = sheet.rows.findIndex((r) => r.includes("Mã chỉ tiêu") || r.includes("Mã nhiệm vụ"));
  const end = sheet.rows.findIndex((r, i) => i > header && r.every((c) => c === null));
  const body = sheet.rows.slice(header + 1, end);
  sheet.rows.splice(header + 1, body.length, ...body.reverse());
}
