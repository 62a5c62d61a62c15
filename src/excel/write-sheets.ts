/**
 * Write laid-out sheets (the consolidation result) as new sheets, in the annex writer's format.
 * Two round trips: (1) the names already taken; (2) every sheet.
 */
import { uniqueSheetName, type SheetLayout } from "../core/sheet";
import { queueSheet } from "./write-annex";

export async function writeSheets(context: Excel.RequestContext, layouts: readonly SheetLayout[]): Promise<{ sheets: string[] }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const taken = sheets.items.map((s) => s.name);
  const written: string[] = [];
  let first: Excel.Worksheet | null = null;
  for (const layout of layouts.filter((l) => l.visibility === "visible")) {
    const name = uniqueSheetName(layout.name, [...taken, ...written]);
    const ws = queueSheet(context.workbook, { ...layout, name });
    first ??= ws;
    written.push(name);
  }
  first?.activate();
  await context.sync();
  return { sheets: written };
}
