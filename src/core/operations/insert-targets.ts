/**
 * Insert targets as a table — the decisions, once for Excel and the preview: where the table goes,
 * whether cells in the way hold data, what is written, and what the user is told. The adapters read
 * the place (round trip 1), call planInsert, and write the plan (round trip 2).
 */
import type { Bilingual } from "../messages";
import { buildTableLayout, TABLE_HEADERS, type TableLayout, type TargetRowInput } from "../sheet/table-layout";
import { rangeAddress } from "../sheet/a1";

export const NEW_SHEET_NAME = "Chỉ tiêu";
const MAX_NEW_SHEETS = 20;
/** Table names start with this; each adapter makes the rest unique in its workbook. */
export const TABLE_NAME_PREFIX = "ChiTieu_";

export interface InsertTargetsOptions {
  where: "selection" | "newSheet";
  /** The user confirmed that non-empty cells may be overwritten. */
  overwrite?: boolean;
}

export type InsertTargetsResult =
  | { ok: true; sheet: string; address: string; table: string; rows: number }
  /** Cells in the way hold data: ask the user, then call again with overwrite. */
  | { ok: false; reason: "occupied"; address: string; message: Bilingual }
  /** Cannot be done at that place at all (an existing table overlaps, sheet too small). */
  | { ok: false; reason: "blocked"; message: Bilingual };

type Refusal = Extract<InsertTargetsResult, { ok: false }>;

/** What the adapter must read before deciding: the size of the table and, for a new sheet, the names to try. */
export type InsertRequest = { ok: false; refusal: Refusal } | { ok: true; height: number; width: number; sheetNames: string[] };

/** The place as the adapter read it. Rows and columns are numbered from 1, as src/core/sheet/a1. */
export type InsertPlace =
  | { where: "selection"; sheet: string; row: number; column: number; overlapsTable: boolean; occupied: string | null }
  | { where: "newSheet"; existingSheets: ReadonlySet<string> };

export interface InsertPlan {
  ok: true;
  sheet: string;
  /** Add this sheet before writing. */
  addSheet: boolean;
  row: number;
  column: number;
  height: number;
  width: number;
  /** "C5:L7", without the sheet. */
  address: string;
  /** Clear the area first: the user agreed to overwrite. */
  clear: boolean;
  layout: TableLayout;
}

export function insertRequest(rows: readonly TargetRowInput[], options: InsertTargetsOptions): InsertRequest {
  if (rows.length === 0) return { ok: false, refusal: { ok: false, reason: "blocked", message: { vi: "Chưa chọn chỉ tiêu nào.", en: "No targets selected." } } };
  const sheetNames = options.where === "newSheet" ? Array.from({ length: MAX_NEW_SHEETS }, (_, i) => (i === 0 ? NEW_SHEET_NAME : `${NEW_SHEET_NAME} (${i + 1})`)) : [];
  return { ok: true, height: rows.length + 1, width: TABLE_HEADERS.length, sheetNames };
}

export function planInsert(rows: readonly TargetRowInput[], options: InsertTargetsOptions, place: InsertPlace): InsertPlan | Refusal {
  const request = insertRequest(rows, options);
  if (!request.ok) return request.refusal;
  const { height, width } = request;
  const layout = buildTableLayout(rows);
  if (place.where === "newSheet") {
    const sheet = request.sheetNames.find((name) => !place.existingSheets.has(name));
    if (!sheet) return { ok: false, reason: "blocked", message: { vi: "Đã có quá nhiều trang tính “Chỉ tiêu”.", en: "Too many “Chỉ tiêu” sheets already." } };
    return { ok: true, sheet, addSheet: true, row: 1, column: 1, height, width, address: rangeAddress(1, 1, height, width), clear: false, layout };
  }
  const address = rangeAddress(place.row, place.column, height, width);
  if (place.overlapsTable) {
    return {
      ok: false,
      reason: "blocked",
      message: {
        vi: `Vùng ${address} chồng lên một bảng đã có. Hãy chọn ô khác hoặc chèn vào trang tính mới.`,
        en: `${address} overlaps an existing table. Pick another cell or insert on a new sheet.`,
      },
    };
  }
  if (place.occupied && !options.overwrite) {
    return {
      ok: false,
      reason: "occupied",
      address: place.occupied,
      message: { vi: `Các ô ${place.occupied} đã có dữ liệu. Ghi đè lên chúng?`, en: `Cells ${place.occupied} are not empty. Overwrite them?` },
    };
  }
  return { ok: true, sheet: place.sheet, addSheet: false, row: place.row, column: place.column, height, width, address, clear: Boolean(options.overwrite), layout };
}

/** What the pane is told once the plan is written. */
export function insertedResult(plan: InsertPlan, table: string): InsertTargetsResult {
  return { ok: true, sheet: plan.sheet, address: plan.address, table, rows: plan.height - 1 };
}
