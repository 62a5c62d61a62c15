/**
 * Flag off-track targets in a table: colour its status column with text-contains rules and read
 * the ids and actuals so the pane can say why. Two round trips: (1) read; (2) write the rules.
 * Running it again clears the column's rules first, so rules never pile up.
 */
import type { FlagMapping, FlagStatusResult, TableRowData } from "../workbook/port";
import { STATUS_RULES } from "../core/sheet/status-rules";
import { fold } from "../core/text/normalize";
import { rangeAddress, splitAddress, topLeft } from "./addresses";
import { thisRow } from "./structured-ref";

export const ADDED_STATUS_HEADER = "Đánh giá";

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
  try {
    table = context.workbook.tables.getItem(mapping.table);
    header = table.getHeaderRowRange();
    header.load("values");
    body = table.getDataBodyRange();
    body.load("values, address");
    await context.sync();
  } catch (e) {
    return {
      ok: false,
      message: {
        vi: `Không đọc được bảng “${mapping.table}”: ${(e as Error).message}`,
        en: `Could not read table “${mapping.table}”: ${(e as Error).message}`,
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
  statusRange.conditionalFormats.clearAll();
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
