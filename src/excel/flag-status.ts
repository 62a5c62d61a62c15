/**
 * Flag off-track targets in an Excel table (decisions: src/core/operations/flag-status.ts). Two round
 * trips: (1) read the headers, the body and the rules already on the table; (2) add the status column
 * if the plan says so, delete only the rules this operation added before (so they never pile up and
 * every rule the user made stays), and add the status colouring.
 */
import type { FlagMapping, FlagStatusResult } from "../workbook/port";
import { STATUS_RULES } from "../core/sheet";
import { cannotReadTable, flaggedResult, isStatusRule, planFlag, statusFormulaFor, tableRows } from "../core/operations";
import { splitAddress, topLeft } from "../core/sheet";
import { explainOfficeError } from "./office-errors";
import { BilingualError } from "../core/messages";

/** Reads the text rule only of text rules: other kinds have a null textComparisonOrNullObject. */
function isStatusFormat(format: Excel.ConditionalFormat): boolean {
  if (format.type !== "ContainsText") return false;
  const text = format.textComparisonOrNullObject;
  return !text.isNullObject && isStatusRule(format.type, text.rule, text.format.fill.color);
}

export async function flagStatus(context: Excel.RequestContext, mapping: FlagMapping): Promise<FlagStatusResult> {
  let table: Excel.Table;
  let header: Excel.Range;
  let body: Excel.Range;
  let bodyFormats: Excel.ConditionalFormatCollection;
  try {
    table = context.workbook.tables.getItem(mapping.table);
    header = table.getHeaderRowRange();
    header.load("values");
    body = table.getDataBodyRange();
    body.load("values, address");
    // The rules on the table (the status column's among them): round trip 2 replaces ours only.
    // A navigation property (a proxy object, loaded below), not a read of body's values.
    // eslint-disable-next-line office-addins/call-sync-before-read
    bodyFormats = body.conditionalFormats;
    bodyFormats.load("items/type, items/textComparisonOrNullObject/rule, items/textComparisonOrNullObject/format/fill/color");
    await context.sync();
  } catch (e) {
    const explained = explainOfficeError(e);
    const why = explained instanceof BilingualError ? explained.bilingual : { vi: (e as Error).message, en: (e as Error).message };
    return { ok: false, message: cannotReadTable(mapping.table, why) };
  }

  const headers = (header.values[0] ?? []).map((h) => String(h));
  const plan = planFlag(mapping, headers);
  if (!plan.ok) return plan;
  const where = splitAddress(body.address);
  const start = topLeft(where.range);
  const rows = tableRows(plan, body.values, { sheet: where.sheet, top: start.row, left: start.column, width: headers.length });

  // Round trip 2: the status column and its colours.
  let statusRange: Excel.Range;
  if (plan.addStatus) {
    statusRange = table.columns.add(undefined, undefined, plan.statusColumn).getDataBodyRange();
    if (rows.length > 0) statusRange.formulas = rows.map((row) => [statusFormulaFor(plan, mapping, row.id)]);
  } else {
    statusRange = table.columns.getItem(plan.statusColumn).getDataBodyRange();
  }
  for (const old of bodyFormats.items.filter(isStatusFormat)) old.delete();
  STATUS_RULES.forEach((rule, priority) => {
    const format = statusRange.conditionalFormats.add("ContainsText");
    // "Không đạt" holds "đạt": the rules are tried in STATUS_RULES' order and the first that holds wins.
    format.priority = priority;
    format.stopIfTrue = true;
    format.textComparison.format.fill.color = rule.fill;
    format.textComparison.format.font.color = rule.font;
    format.textComparison.rule = { operator: "Contains", text: rule.text };
  });
  await context.sync();

  return flaggedResult(mapping, plan, where.sheet, rows);
}
