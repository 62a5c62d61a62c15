/**
 * Flag off-track targets in a table — the decisions, once for Excel and the preview: which table and
 * columns to propose, which columns the mapping names, whether a status column is added (and its
 * formula), which colouring rules are ours to replace, the rows the pane judges, and the messages.
 * The adapters read the table (round trip 1), call planFlag and tableRows, and write (round trip 2).
 * The rows are then judged by src/core/operations/evaluate-rows.ts.
 */
import type { Target } from "../catalog/schema";
import type { EvaluateTarget } from "../evaluate/types";
import type { Bilingual } from "../messages";
import { evaluateRows, type RowVerdict } from "./evaluate-rows";
import { matchHeader } from "../annex/columns";
import { STATUS_RULES } from "../sheet/status-rules";
import { rangeAddress } from "../sheet/a1";
import { thisRow } from "../sheet/structured-ref";
import { fold, nfc } from "../text/normalize";

export const ADDED_STATUS_HEADER = "Đánh giá";

export interface TableInfo {
  name: string;
  sheet: string;
  columns: string[];
}

/** Which columns of a table hold what. Column names are the table's header texts. */
export interface FlagMapping {
  table: string;
  idColumn: string;
  actualColumn: string;
  /** The column showing KH.STATUS; when absent an "Đánh giá" column is added with KH.STATUS formulas. */
  statusColumn?: string;
  /**
   * Where custom functions are missing (an Excel that would show #NAME?): a row's status as a native
   * formula judged by the same rules, from its id and its actual's reference; null for an unknown id.
   */
  nativeStatus?: (id: string, actualRef: string) => string | null;
}

export interface TableRowData {
  /** 0-based row in the table body. */
  index: number;
  id: string;
  /** As read: a number, text the user typed, or null for an empty cell. */
  actual: number | string | null;
  status: string;
  /** Where the row is, for selectRow. */
  sheet: string;
  address: string;
}

export type FlagStatusResult =
  | { ok: true; table: string; sheet: string; statusColumn: string; addedStatusColumn: boolean; rows: TableRowData[] }
  | { ok: false; message: Bilingual };

/** Guess which columns hold the id, the actual and the status from their headers. */
export function guessMapping(table: TableInfo): FlagMapping {
  const find = (key: string, extra: string[] = []) =>
    table.columns.find((c) => extra.includes(fold(c))) ?? table.columns.find((c) => matchHeader(c) === key);
  return {
    table: table.name,
    idColumn: find("targetId", ["ma"]) ?? table.columns[0] ?? "",
    actualColumn: find("actual", ["thuc hien"]) ?? table.columns[1] ?? "",
    statusColumn: find("status", ["danh gia"]),
  };
}

/** The table to propose first: the most recently inserted targets table, else the first table. */
export function preferredTable(tables: readonly TableInfo[]): TableInfo | undefined {
  return [...tables].reverse().find((x) => x.columns.includes("Mã") && x.columns.includes("Thực hiện")) ?? tables[0];
}

export function cannotReadTable(table: string, why: Bilingual): Bilingual {
  return { vi: `Không đọc được bảng “${table}”: ${why.vi}`, en: `Could not read table “${table}”: ${why.en}` };
}

export const NO_SUCH_TABLE: Bilingual = { vi: "sổ làm việc không có bảng này", en: "the workbook has no such table" };

export interface FlagPlan {
  ok: true;
  idAt: number;
  actualAt: number;
  /** Index of the status column, or headers.length when it is added. */
  statusAt: number;
  addStatus: boolean;
  statusColumn: string;
  /** The formula of each row of an added status column. */
  statusFormula: string;
  /** The row's actual, as a formula refers to it. */
  actualRef: string;
}

function columnOf(headers: readonly string[], name: string): number {
  const exact = headers.indexOf(name);
  return exact >= 0 ? exact : headers.findIndex((h) => fold(h) === fold(name));
}

/** Where the mapped columns are in the table's headers, or what is missing. */
export function planFlag(mapping: FlagMapping, headers: readonly string[]): FlagPlan | { ok: false; message: Bilingual } {
  const idAt = columnOf(headers, mapping.idColumn);
  const actualAt = columnOf(headers, mapping.actualColumn);
  const statusFound = columnOf(headers, mapping.statusColumn ?? ADDED_STATUS_HEADER);
  const missing = [idAt < 0 ? mapping.idColumn : null, actualAt < 0 ? mapping.actualColumn : null, statusFound < 0 && mapping.statusColumn ? mapping.statusColumn : null];
  const named = missing.filter((m): m is string => m !== null);
  if (named.length > 0) {
    return { ok: false, message: { vi: `Bảng “${mapping.table}” không có cột ${named.join(", ")}.`, en: `Table “${mapping.table}” has no column ${named.join(", ")}.` } };
  }
  const addStatus = statusFound < 0;
  return {
    ok: true,
    idAt,
    actualAt,
    statusAt: addStatus ? headers.length : statusFound,
    addStatus,
    statusColumn: addStatus ? ADDED_STATUS_HEADER : headers[statusFound],
    statusFormula: `=KH.STATUS(${thisRow(headers[idAt])},${thisRow(headers[actualAt])})`,
    actualRef: thisRow(headers[actualAt]),
  };
}

/** The formula an added status column gets on a row: KH.STATUS, or its native stand-in; empty for an unknown id there. */
export function statusFormulaFor(plan: FlagPlan, mapping: FlagMapping, id: string): string {
  if (!mapping.nativeStatus) return plan.statusFormula;
  return mapping.nativeStatus(id.trim(), plan.actualRef) ?? "";
}

function asActual(v: unknown): number | string | null {
  if (typeof v === "number") return v;
  if (v === null || v === undefined) return null;
  const s = String(v).trim();
  return s === "" ? null : s;
}

/**
 * The table's body rows as the pane judges them. `top` and `left` are the body's first row and column
 * (numbered from 1); each row's address spans the table, the added status column included.
 */
export function tableRows(plan: FlagPlan, body: readonly (readonly unknown[])[], where: { sheet: string; top: number; left: number; width: number }): TableRowData[] {
  const width = where.width + (plan.addStatus ? 1 : 0);
  return body.map((cells, index) => ({
    index,
    id: String(cells[plan.idAt] ?? "").trim(),
    actual: asActual(cells[plan.actualAt]),
    status: plan.addStatus ? "" : String(cells[plan.statusAt] ?? ""),
    sheet: where.sheet,
    address: rangeAddress(where.top + index, where.left, 1, width),
  }));
}

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

export function flaggedResult(mapping: FlagMapping, plan: FlagPlan, sheet: string, rows: TableRowData[]): FlagStatusResult {
  return { ok: true, table: mapping.table, sheet, statusColumn: plan.statusColumn, addedStatusColumn: plan.addStatus, rows };
}

/**
 * The flagged table's rows judged by the evaluate-rows conductor: blank rows (no id) are not rows of
 * actuals; every row is judged at the period the user chose, else at its target's year.
 */
export function judgeTableRows(targets: ReadonlyMap<string, Target>, rows: readonly TableRowData[], evaluate: EvaluateTarget, period?: string): RowVerdict<TableRowData>[] {
  return evaluateRows(
    targets,
    rows.filter((row) => row.id !== ""),
    evaluate,
    { period: period?.trim() || undefined },
  );
}
