/**
 * Insert targets as an Excel table (decisions: src/core/operations/insert-targets.ts). Two round trips:
 * (1) read the place: the selection's area, the data and tables in it, or the sheet names taken;
 * (2) write the plan, one 2D array per column block.
 */
import { COLUMN, COLUMN_WIDTHS, INPUT_FILL_HEX } from "../core/sheet";
import { insertedResult, insertRequest, planInsert, TABLE_NAME_PREFIX, type InsertPlace } from "../core/operations";
import type { InsertTargetsOptions, InsertTargetsResult, TargetRowInput } from "../workbook/port";
import { splitAddress, topLeft } from "../core/sheet";

/** Excel column width unit is points; one character of Calibri 11 is about 7 points. */
const POINTS_PER_CHAR = 7;

export async function insertTargets(
  context: Excel.RequestContext,
  rows: readonly TargetRowInput[],
  options: InsertTargetsOptions,
): Promise<InsertTargetsResult> {
  const request = insertRequest(rows, options);
  if (!request.ok) return request.refusal;
  const workbook = context.workbook;

  // Round trip 1: the place.
  let target: Excel.Range | null = null;
  let used: Excel.Range | null = null;
  let overlapping: OfficeExtension.ClientResult<number> | null = null;
  const candidates = request.sheetNames.map((name) => ({ name, sheet: workbook.worksheets.getItemOrNullObject(name) }));
  if (options.where === "selection") {
    target = workbook.getSelectedRange().getCell(0, 0).getResizedRange(request.height - 1, request.width - 1);
    target.load("address");
    used = target.getUsedRangeOrNullObject(true);
    used.load("address");
    overlapping = target.getTables(false).getCount();
  }
  await context.sync();

  let place: InsertPlace;
  // Whether round trip 1 asked for them at all (null), not Excel's null object: that is used.isNullObject below.
  // eslint-disable-next-line office-addins/test-for-null-using-isNullObject
  if (target && used && overlapping) {
    const where = splitAddress(target.address);
    const start = topLeft(where.range);
    const occupied = used.isNullObject ? null : splitAddress(used.address).range;
    place = { where: "selection", sheet: where.sheet, row: start.row, column: start.column, overlapsTable: overlapping.value > 0, occupied };
  } else {
    place = { where: "newSheet", existingSheets: new Set(candidates.filter((c) => !c.sheet.isNullObject).map((c) => c.name)) };
  }
  const plan = planInsert(rows, options, place);
  if (!plan.ok) return plan;

  // Round trip 2: write. Values in blocks, the table, then the formulas that refer to its columns.
  // `worksheet` is a navigation property (a proxy), which needs no load.
  // eslint-disable-next-line office-addins/load-object-before-read
  const sheet = plan.addSheet ? workbook.worksheets.add(plan.sheet) : target!.worksheet;
  const area = plan.addSheet ? sheet.getRange(plan.address) : target!;
  const { layout } = plan;
  const n = plan.height - 1;
  const block = (row: number, column: number, rowCount: number, columnCount: number) =>
    area.getCell(row, column).getResizedRange(rowCount - 1, columnCount - 1);
  if (plan.clear) area.clear("All");
  block(0, 0, 1, plan.width).values = [layout.headers];
  block(1, COLUMN.stt, n, 5).values = layout.left;
  block(1, COLUMN.plan, n, 1).numberFormat = layout.planFormats;
  const actual = block(1, COLUMN.actual, n, 1);
  actual.numberFormat = layout.actualFormats;
  actual.format.fill.color = INPUT_FILL_HEX;
  actual.format.protection.locked = false;
  block(1, COLUMN.agency, n, 2).values = layout.right;
  block(1, COLUMN.name, n, 1).format.wrapText = true;
  COLUMN_WIDTHS.forEach((chars, c) => {
    block(0, c, 1, 1).format.columnWidth = chars * POINTS_PER_CHAR;
  });
  const table = sheet.tables.add(area, true);
  const tableName = `${TABLE_NAME_PREFIX}${Date.now().toString(36)}`;
  table.name = tableName;
  table.style = "TableStyleMedium2";
  block(1, COLUMN.percent, n, 2).formulas = layout.formulas;
  block(1, COLUMN.percent, n, 1).numberFormat = layout.percentFormats;
  sheet.activate();
  block(1, COLUMN.actual, 1, 1).select();
  await context.sync();

  return insertedResult(plan, tableName);
}
