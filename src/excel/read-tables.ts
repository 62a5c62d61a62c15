/**
 * Office.js reads for the table import and "Lưu danh mục": the selected range as a table grid
 * (values, number formats, merged areas, hidden columns and rows), and the cells of named sheets. Two context.sync() each.
 */
import type { SheetCells } from "../core/catalog-sheets";
import type { MergedArea, TableGrid } from "../core/table-import";
import { areaOf, splitAddress } from "../core/sheet";
import { BilingualError } from "../core/messages";

/** Rows read from a selection at most: a whole-column selection is cut to the used range first. */
const MAX_ROWS = 20_000;

/** "'Biểu 1'!B4:B5, 'Biểu 1'!D4:E4" → its areas; a comma inside a quoted sheet name does not split. */
function areasOf(address: string): MergedArea[] {
  return address
    .split(/,(?=(?:[^']*'[^']*')*[^']*$)/)
    .map((part) => splitAddress(part.trim()).range)
    .filter(Boolean)
    .map(areaOf);
}

/** 1-based sheet rows from first to last that no visible area covers: hidden by hand or by a filter. */
function rowsOutside(visible: MergedArea[], first: number, last: number): number[] {
  // Mark what the areas cover once: a filtered table has as many areas as runs of shown rows.
  const shown = new Uint8Array(last - first + 1);
  for (const a of visible) for (let row = Math.max(a.top, first); row <= Math.min(a.bottom, last); row++) shown[row - first] = 1;
  const hidden: number[] = [];
  shown.forEach((on, i) => on || hidden.push(first + i));
  return hidden;
}

export async function readSelectionTable(context: Excel.RequestContext): Promise<TableGrid> {
  const selected = context.workbook.getSelectedRange();
  // `worksheet` is a navigation property (a proxy, loaded below), not a read: the rule cannot tell.
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
  const sheet = selected.worksheet;
  const range = selected.getIntersectionOrNullObject(sheet.getUsedRange(true));
  sheet.load("name");
  range.load("values, numberFormat, rowIndex, columnIndex, rowCount, columnCount");
  const supports = (version: string) => typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version);
  const merged = supports("1.13") ? range.getMergedAreasOrNullObject() : null;
  merged?.load("address");
  // The visible cells, in the same round trip: rows they leave out are hidden (by hand or by a filter).
  const visible = supports("1.9") ? range.getSpecialCellsOrNullObject("Visible") : null;
  visible?.load("address");
  await context.sync();
  if (range.isNullObject || range.rowCount < 2) {
    throw new BilingualError({ vi: "Hãy chọn cả bảng chỉ tiêu (cả dòng tiêu đề) rồi bấm lại.", en: "Select the whole target table (headers included), then try again." });
  }
  if (range.rowCount > MAX_ROWS) {
    throw new BilingualError({ vi: `Vùng chọn có ${range.rowCount} dòng, quá ${MAX_ROWS}: hãy chọn đúng bảng chỉ tiêu.`, en: `The selection has ${range.rowCount} rows, over ${MAX_ROWS}: select just the target table.` });
  }
  const columns = Array.from({ length: range.columnCount }, (_, i) => {
    const column = range.getColumn(i);
    column.load("columnHidden");
    return column;
  });
  await context.sync();
  const hiddenColumns = columns.flatMap((c, i) => (c.columnHidden ? [range.columnIndex + i + 1] : []));
  const firstRow = range.rowIndex + 1;
  const hiddenRows = visible && !visible.isNullObject ? rowsOutside(areasOf(visible.address), firstRow, firstRow + range.rowCount - 1) : [];
  return {
    file: sheet.name,
    sheet: sheet.name,
    rows: range.values.map((row) => row.map((v) => (v === "" ? null : (v as string | number | boolean)))),
    formats: range.numberFormat as string[][],
    merges: merged && !merged.isNullObject ? areasOf(merged.address) : [],
    hiddenColumns,
    hiddenRows,
    firstRow,
    firstColumn: range.columnIndex + 1,
  };
}

export async function readSheets(context: Excel.RequestContext, names: readonly string[]): Promise<SheetCells[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const present = names.filter((n) => sheets.items.some((s) => s.name === n));
  const used = present.map((name) => {
    const range = sheets.getItem(name).getUsedRangeOrNullObject(true);
    range.load("values, rowIndex, columnIndex");
    return { name, range };
  });
  await context.sync();
  return used.map(({ name, range }) => {
    if (range.isNullObject) return { name, rows: [] };
    const pad = (row: unknown[]) => [...Array<null>(range.columnIndex).fill(null), ...row.map((v) => (v === "" ? null : (v as string | number)))];
    return { name, rows: [...Array.from({ length: range.rowIndex }, () => []), ...range.values.map(pad)] };
  });
}
