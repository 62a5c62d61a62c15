/**
 * Flag off-track targets in a table: colour its status column with text-contains rules and read
 * the ids and actuals so the pane can say why. Two round trips: (1) read, including the rules
 * already on the table; (2) write the rules. Running it again deletes only the rules this
 * operation added (text contains a status word, in that status's colour) before adding them anew,
 * so they never pile up, and every rule the user made stays.
 */
import type { FlagMapping, FlagStatusResult, TableRowData } from "../workbook/port";
import { STATUS_RULES } from "../core/sheet/status-rules";
import { fold, nfc } from "../core/text/normalize";
import { rangeAddress, splitAddress, topLeft } from "../core/sheet/a1";
import { thisRow } from "./structured-ref";
import { explainOfficeError } from "./office-errors";
import { BilingualError } from "../core/messages";

export const ADDED_STATUS_HEADER = "Đánh giá";

const FILL_OF_TEXT = new Map(STATUS_RULES.map((r) => [nfc(r.text), r.fill.toUpperCase()]));

/**
 * True for a conditional-format rule this operation adds: "text contains" one of the status words,
 * filled with that status's colour. Any other rule, even one testing the same word, is the user's.
 */
export function isStatusRule(type: string, rule: { operator: string; text: string } | null | undefined, fill: string | null | undefined): boolean {
  if (type !== "ContainsText" || rule?.operator !== "Contains" || typeof rule.text !== "string") return false;
  const ours = FILL_OF_TEXT.get(nfc(rule.text));
  return ours !== undefined && typeof fill === "string" && fill.toUpperCase() === ours;
}

/** Reads the text rule only of text rules: other kinds have a null textComparisonOrNullObject. */
function isStatusFormat(format: Excel.ConditionalFormat): boolean {
  if (format.type !== "ContainsText") return false;
  const text = format.textComparisonOrNullObject;
  return !text.isNullObject && isStatusRule(format.type, text.rule, text.format.fill.color);
}

function columnOf(headers: readonly string[], name: string): number {
  const exact = headers.indexOf(name);
  return exact >= 0 ? exact : headers.findIndex((h) => fold(h) === fold(name));
}

function asActual(v: unknown): number | string | null {
  if (typeof v === "number") return v;
  if (v === null || v === undefined) return null;
  const s = String(v).trim();
  return s === "" ? null : s;
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
    bodyFormats = body.conditionalFormats;
    bodyFormats.load("items/type, items/textComparisonOrNullObject/rule, items/textComparisonOrNullObject/format/fill/color");
    await context.sync();
  } catch (e) {
    const explained = explainOfficeError(e);
    const why = explained instanceof BilingualError ? explained.bilingual : { vi: (e as Error).message, en: (e as Error).message };
    return {
      ok: false,
      message: {
        vi: `Không đọc được bảng “${mapping.table}”: ${why.vi}`,
        en: `Could not read table “${mapping.table}”: ${why.en}`,
      },
    };
  }

  const headers = (header.values[0] ?? []).map((h) => String(h));
  const idAt = columnOf(headers, mapping.idColumn);
  const actualAt = columnOf(headers, mapping.actualColumn);
  const missing = [idAt < 0 ? mapping.idColumn : null, actualAt < 0 ? mapping.actualColumn : null].filter(Boolean);
  if (missing.length > 0) {
    return {
      ok: false,
      message: { vi: `Bảng “${mapping.table}” không có cột ${missing.join(", ")}.`, en: `Table “${mapping.table}” has no column ${missing.join(", ")}.` },
    };
  }
  const wantedStatus = mapping.statusColumn ?? ADDED_STATUS_HEADER;
  const statusAt = columnOf(headers, wantedStatus);
  const addStatus = statusAt < 0;
  if (addStatus && mapping.statusColumn) {
    return { ok: false, message: { vi: `Bảng “${mapping.table}” không có cột ${mapping.statusColumn}.`, en: `Table “${mapping.table}” has no column ${mapping.statusColumn}.` } };
  }

  const where = splitAddress(body.address);
  const start = topLeft(where.range);
  const rows: TableRowData[] = body.values.map((cells, index) => ({
    index,
    id: String(cells[idAt] ?? "").trim(),
    actual: asActual(cells[actualAt]),
    status: addStatus ? "" : String(cells[statusAt] ?? ""),
    sheet: where.sheet,
    address: rangeAddress(start.row + index, start.column, 1, headers.length),
  }));

  // Round trip 2: the status column and its colours.
  let statusRange: Excel.Range;
  if (addStatus) {
    const column = table.columns.add(undefined, undefined, ADDED_STATUS_HEADER);
    statusRange = column.getDataBodyRange();
    if (rows.length > 0) {
      const formula = `=KH.STATUS(${thisRow(headers[idAt])},${thisRow(headers[actualAt])})`;
      statusRange.formulas = rows.map(() => [formula]);
    }
  } else {
    statusRange = table.columns.getItem(headers[statusAt]).getDataBodyRange();
  }
  for (const old of bodyFormats.items.filter(isStatusFormat)) old.delete();
  for (const rule of STATUS_RULES) {
    const format = statusRange.conditionalFormats.add("ContainsText");
    format.textComparison.format.fill.color = rule.fill;
    format.textComparison.format.font.color = rule.font;
    format.textComparison.rule = { operator: "Contains", text: rule.text };
  }
  await context.sync();

  return {
    ok: true,
    table: mapping.table,
    sheet: where.sheet,
    statusColumn: addStatus ? ADDED_STATUS_HEADER : headers[statusAt],
    addedStatusColumn: addStatus,
    rows,
  };
}
