/** Select a table row the pane points at (one round trip). */
import type { RowRef } from "../workbook/port";

export async function selectRow(context: Excel.RequestContext, row: RowRef): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(row.sheet);
  sheet.activate();
  sheet.getRange(row.address).select();
  await context.sync();
}
