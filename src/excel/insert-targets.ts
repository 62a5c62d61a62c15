/**
 * Insert targets as an Excel table, at the selection or on a new sheet. Two round trips:
 * (1) find the place and check it is empty; (2) write everything, one 2D array per column block.
 */
import { buildTableLayout, COLUMN, COLUMN_WIDTHS, INPUT_FILL, TABLE_HEADERS } from "../core/sheet/table-layout";
import type { InsertTargetsOptions, InsertTargetsResult, TargetRowInput } from "../workbook/port";
import { rangeAddress, splitAddress, topLeft } from "../core/sheet/a1";

export const NEW_SHEET_NAME = "Chỉ tiêu";
const MAX_SHEET_CANDIDATES = 20;
/** Excel column width unit is points; one character of Calibri 11 is about 7 points. */
const POINTS_PER_CHAR = 7;

export async function insertTargets(
  context: Excel.RequestContext,
  rows: readonly TargetRowInput[],
  options: InsertTargetsOptions,
): Promise<InsertTargetsResult> {
  if (rows.length === 0) return { ok: false, reason: "blocked", message: { vi: "Chưa chọn chỉ tiêu nào.", en: "No targets selected." } };
  const width = TABLE_HEADERS.length;
  const height = rows.length + 1;
  const workbook = context.workbook;

  // Round trip 1: where does the table go, and is anything in the way?
  let sheet: Excel.Worksheet | null = null;
  let target: Excel.Range | null = null;
  let used: Excel.Range | null = null;
  let overlapping: OfficeExtension.ClientResult<number> | null = null;
  let candidates: { name: string; sheet: Excel.Worksheet }[] = [];
  if (options.where === "selection") {
    const anchor = workbook.getSelectedRange().getCell(0, 0);
    target = anchor.getResizedRange(height - 1, width - 1);
    target.load("address");
    used = target.getUsedRangeOrNullObject(true);
    used.load("address");
    overlapping = target.getTables(false).getCount();
  } else {
    candidates = Array.from({ length: MAX_SHEET_CANDIDATES }, (_, i) => {
      const name = i === 0 ? NEW_SHEET_NAME : `${NEW_SHEET_NAME} (${i + 1})`;
      return { name, sheet: workbook.worksheets.getItemOrNullObject(name) };
    });
  }
  await context.sync();

  let sheetName: string;
  let address: string;
  if (target && used && overlapping) {
    const where = splitAddress(target.address);
    sheetName = where.sheet;
    address = where.range;
    if (overlapping.value > 0) {
      return {
        ok: false,
        reason: "blocked",
        message: {
          vi: `Vùng ${address} chồng lên một bảng đã có. Hãy chọn ô khác hoặc chèn vào trang tính mới.`,
          en: `${address} overlaps an existing table. Pick another cell or insert on a new sheet.`,
        },
      };
    }
    if (!used.isNullObject && !options.overwrite) {
      const occupied = splitAddress(used.address).range;
      return {
        ok: false,
        reason: "occupied",
        address: occupied,
        message: {
          vi: `Các ô ${occupied} đã có dữ liệu. Ghi đè lên chúng?`,
          en: `Cells ${occupied} are not empty. Overwrite them?`,
        },
      };
    }
    sheet = target.worksheet;
  } else {
    const free = candidates.find((c) => c.sheet.isNullObject);
    if (!free) {
      return { ok: false, reason: "blocked", message: { vi: "Đã có quá nhiều trang tính “Chỉ tiêu”.", en: "Too many “Chỉ tiêu” sheets already." } };
    }
    sheetName = free.name;
    address = rangeAddress(1, 1, height, width);
    sheet = workbook.worksheets.add(sheetName);
    target = sheet.getRange(address);
  }

  // Round trip 2: write. Values in blocks, the table, then the formulas that refer to its columns.
  const layout = buildTableLayout(rows);
  const n = rows.length;
  const block = (row: number, column: number, rowCount: number, columnCount: number) =>
    target!.getCell(row, column).getResizedRange(rowCount - 1, columnCount - 1);
  if (options.overwrite) target.clear("All");
  block(0, 0, 1, width).values = [layout.headers];
  block(1, COLUMN.stt, n, 5).values = layout.left;
  block(1, COLUMN.plan, n, 1).numberFormat = layout.planFormats;
  const actual = block(1, COLUMN.actual, n, 1);
  actual.numberFormat = layout.actualFormats;
  actual.format.fill.color = INPUT_FILL;
  actual.format.protection.locked = false;
  block(1, COLUMN.agency, n, 2).values = layout.right;
  block(1, COLUMN.name, n, 1).format.wrapText = true;
  COLUMN_WIDTHS.forEach((chars, c) => {
    block(0, c, 1, 1).format.columnWidth = chars * POINTS_PER_CHAR;
  });
  const table = sheet.tables.add(target, true);
  const tableName = `ChiTieu_${Date.now().toString(36)}`;
  table.name = tableName;
  table.style = "TableStyleMedium2";
  block(1, COLUMN.percent, n, 2).formulas = layout.formulas;
  block(1, COLUMN.percent, n, 1).numberFormat = layout.percentFormats;
  sheet.activate();
  block(1, COLUMN.actual, 1, 1).select();
  await context.sync();

  const start = topLeft(address);
  return { ok: true, sheet: sheetName, address: rangeAddress(start.row, start.column, height, width), table: tableName, rows: n };
}
