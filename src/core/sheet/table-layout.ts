/**
 * The "insert targets" table as data: headers, cell blocks, formulas and formats. Pure, so the
 * Office.js writer and the in-memory preview lay the table out identically.
 *
 * The target id has its own "Mã" column after STT: the KH.* formulas then read [@Mã], so every
 * row holds the same formula (an Excel calculated column, filled into rows the user adds), the
 * request stays small, and "flag off-track" and consolidation find the id without parsing formulas.
 */
import type { Catalog } from "../catalog/load";
import type { Target } from "../catalog/schema";
import { targetAmount } from "../catalog/describe";
import { excelNumberFormat } from "../numbers/vi";
import { decimalsOf } from "../numbers/format";
import { escapeFormulaText } from "../text/escape";
import { INPUT_FILL as ANNEX_INPUT_FILL } from "./style";

export const TABLE_HEADERS = ["STT", "Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "% KH", "Đánh giá", "Cơ quan chủ trì", "Nguồn"] as const;
export const COLUMN = { stt: 0, id: 1, name: 2, unit: 3, plan: 4, actual: 5, percent: 6, status: 7, agency: 8, source: 9 } as const;
/** Column widths in characters. */
export const COLUMN_WIDTHS = [5, 14, 48, 12, 12, 12, 9, 15, 26, 24];
export const PERCENT_FORMAT = "0.0%";
/** Cells the user types into: the annex's input colour, as Office.js and the preview take it ("#RRGGBB"). */
export const INPUT_FILL_HEX = `#${ANNEX_INPUT_FILL}`;

/** The row's actual, as native formulas standing in for KH.* refer to it. */
export const ACTUAL_REF = "[@[Thực hiện]]";
export const PERCENT_FORMULA = "=KH.PERCENT([@Mã],[@[Thực hiện]])";
export const STATUS_FORMULA = "=KH.STATUS([@Mã],[@[Thực hiện]])";

/** One target as it goes into the sheet (the port's insertTargets takes these). */
export interface TargetRowInput {
  id: string;
  name: string;
  unit: string;
  /** The plan figure: a number when the target has one value, text ("15–16") for a range. */
  plan: number | string;
  /** Decimals to show for the plan and the actual. */
  decimals: number;
  agency: string;
  /** "000_5a3e.txt, dòng 45" */
  source: string;
  /** Native formulas for % KH and Đánh giá, where Excel has no custom functions (else KH.PERCENT and KH.STATUS). */
  native?: { percent: string; status: string };
}

export type Cell = string | number;

export interface TableLayout {
  headers: string[];
  /** STT, Mã, Chỉ tiêu, ĐVT, Kế hoạch: one block. */
  left: Cell[][];
  planFormats: string[][];
  /** Thực hiện: empty input cells, formatted like the plan. */
  actualFormats: string[][];
  /** % KH, Đánh giá. */
  formulas: string[][];
  percentFormats: string[][];
  /** Cơ quan chủ trì, Nguồn. */
  right: Cell[][];
}

/** A catalog target as a row to insert. */
export function targetRow(catalog: Catalog, t: Target): TargetRowInput {
  const agency = t.agency ? catalog.agencyById.get(t.agency)?.name ?? t.agency : "";
  const decimals = Math.min(3, Math.max(decimalsOf(t.value), decimalsOf(t.min), decimalsOf(t.max)));
  return {
    id: t.id,
    name: t.name,
    unit: t.unit,
    plan: t.value !== undefined ? t.value : targetAmount(t),
    decimals,
    agency,
    source: `${t.source.file}, dòng ${t.source.line}`,
  };
}

export function buildTableLayout(rows: readonly TargetRowInput[]): TableLayout {
  const text = (s: string) => escapeFormulaText(s);
  return {
    headers: [...TABLE_HEADERS],
    left: rows.map((r, i) => [i + 1, text(r.id), text(r.name), text(r.unit), typeof r.plan === "number" ? r.plan : text(r.plan)]),
    planFormats: rows.map((r) => [typeof r.plan === "number" ? excelNumberFormat(r.decimals) : "@"]),
    actualFormats: rows.map((r) => [excelNumberFormat(Math.max(1, r.decimals))]),
    formulas: rows.map((r) => (r.native ? [r.native.percent, r.native.status] : [PERCENT_FORMULA, STATUS_FORMULA])),
    percentFormats: rows.map(() => [PERCENT_FORMAT]),
    right: rows.map((r) => [text(r.agency), text(r.source)]),
  };
}
