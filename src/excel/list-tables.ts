/** The workbook's tables with their headers, for mapping a table to flag. Two round trips. */
import type { TableInfo } from "../workbook/port";

export async function listTables(context: Excel.RequestContext): Promise<TableInfo[]> {
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();
  const found = tables.items.map((table) => {
    const header = table.getHeaderRowRange();
    header.load("values");
    const sheet = table.worksheet;
    sheet.load("name");
    return { table, header, sheet };
  });
  if (found.length === 0) return [];
  await context.sync();
  return found.map(({ table, header, sheet }) => ({
    name: table.name,
    sheet: sheet.name,
    columns: (header.values[0] ?? []).map((h) => String(h)),
  }));
}
