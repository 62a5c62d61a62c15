/** Turning table rows into statuses with reasons, in the pane. Pure: the evaluate function is passed in (it is lazy-loaded). */
import type { Catalog } from "../core/catalog/load";
import type { Target } from "../core/catalog/schema";
import type { EvaluateTarget, Evaluation, Status } from "../core/evaluate/types";
import { BilingualError, type Bilingual } from "../core/messages";
import { parseViNumber } from "../core/numbers/vi";
import type { TableRowData } from "../workbook/port";

/** The period a bare KH.STATUS(id, actual) judges: the target's year (as src/functions/specs.ts does). */
export function defaultPeriod(target: Pick<Target, "year">): string {
  return String(target.year);
}

export function actualValue(actual: number | string | null): { ok: true; value: number | null } | { ok: false; error: Bilingual } {
  if (actual === null) return { ok: true, value: null };
  if (typeof actual === "number") return { ok: true, value: actual };
  const parsed = parseViNumber(actual, "auto");
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, error: parsed.error };
}

export interface RowVerdict {
  row: TableRowData;
  target?: Target;
  evaluation?: Evaluation;
  status: Status | "unknown";
  reason: Bilingual;
}

export function evaluateRows(
  catalog: Catalog,
  rows: readonly TableRowData[],
  evaluate: EvaluateTarget,
  period?: string,
): RowVerdict[] {
  return rows
    .filter((row) => row.id !== "")
    .map((row) => {
      const target = catalog.targetById.get(row.id);
      if (!target) {
        return { row, status: "unknown", reason: { vi: `Mã “${row.id}” không có trong danh mục`, en: `Id “${row.id}” is not in the catalog` } };
      }
      const actual = actualValue(row.actual);
      if (!actual.ok) return { row, target, status: "unknown", reason: actual.error };
      let evaluation: Evaluation;
      try {
        evaluation = evaluate(target, { period: period || defaultPeriod(target), actual: actual.value });
      } catch (e) {
        const message = String((e as Error).message);
        return { row, target, status: "unknown", reason: e instanceof BilingualError ? e.bilingual : { vi: message, en: message } };
      }
      return { row, target, evaluation, status: evaluation.status, reason: { vi: evaluation.reason, en: evaluation.reasonEn } };
    });
}

/** Off track first, then at risk, then rows the pane could not judge; in table order within each. */
export function needsAttention(verdicts: readonly RowVerdict[]): RowVerdict[] {
  const rank: Partial<Record<RowVerdict["status"], number>> = { off_track: 0, at_risk: 1, unknown: 2 };
  return verdicts
    .filter((v) => rank[v.status] !== undefined)
    .sort((a, b) => rank[a.status]! - rank[b.status]! || a.row.index - b.row.index);
}
