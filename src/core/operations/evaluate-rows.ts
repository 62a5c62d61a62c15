/**
 * Evaluate rows of actuals — one conductor for the `kehoach evaluate` command (CSV lines), the annex's
 * --actuals and the task pane's "flag off-track" (table rows): the same row gets the same status and reason.
 * Pure: the evaluation engine is passed in, because the pane loads it lazily.
 */
import type { Target } from "../catalog/schema";
import type { EvaluateTarget, Evaluation, Status } from "../evaluate/types";
import { BilingualError, type Bilingual } from "../messages";
import { parseViNumber, type NumberMode } from "../numbers/vi";
import { closestIds } from "../text/closest";
import { parsePeriod, periodCode, type Period } from "../periods/codes";
import { periodTime } from "../evaluate/path";

/** A row as an edge read it: a CSV line or a table row. */
export interface ActualRowInput {
  id: string;
  /** Period code of this row; absent: the options' period, else the target's year (as a bare KH.STATUS). */
  period?: string;
  /** A number, text the user typed (vi-VN numbers read), or null / "" for no data. */
  actual: number | string | null;
  /** Where the row is, for "same as line N" (the CSV line number). */
  line?: number;
}

export interface EvaluateRowsOptions {
  /** The period every row without its own period is judged at. */
  period?: string;
  /** A second row for the same target and period cannot be judged (a file must say each figure once). */
  rejectRepeats?: boolean;
  /** How the source writes numbers (numberModeOf over the whole file); default vi-VN with a tolerated decimal point. */
  numberMode?: NumberMode;
}

/** A row the rules can judge: its target, period and value read. */
export interface ResolvedRow<R extends ActualRowInput = ActualRowInput> {
  ok: true;
  row: R;
  target: Target;
  period: Period;
  value: number | null;
}

export type RowResolution<R extends ActualRowInput = ActualRowInput> = ResolvedRow<R> | { ok: false; row: R; target?: Target; reason: Bilingual };

export interface RowVerdict<R extends ActualRowInput = ActualRowInput> {
  row: R;
  target?: Target;
  evaluation?: Evaluation;
  status: Status | "unknown";
  reason: Bilingual;
}

/** The period a bare KH.STATUS(id, actual) judges: the target's year (as src/functions/specs.ts does). */
export function defaultPeriod(target: Pick<Target, "year">): string {
  return String(target.year);
}

/** An actual as read: a number, vi-VN or plain number text, or nothing. */
export function actualValue(actual: number | string | null, mode: NumberMode = "auto"): { ok: true; value: number | null } | { ok: false; error: Bilingual } {
  if (actual === null) return { ok: true, value: null };
  if (typeof actual === "number") return { ok: true, value: actual };
  if (actual.trim() === "") return { ok: true, value: null };
  const parsed = parseViNumber(actual, mode);
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, error: parsed.error };
}

/** An id not in the catalog, with the nearest ids ("bg-2024.2" → "Có phải: bg-2024.02?"). */
function unknownId(id: string, targets: ReadonlyMap<string, Target>): Bilingual {
  const near = id ? closestIds(id, targets.keys()) : [];
  const guess = near.length ? { vi: ` Có phải: ${near.join(", ")}?`, en: ` Did you mean: ${near.join(", ")}?` } : { vi: "", en: "" };
  return { vi: `Mã “${id}” không có trong danh mục.${guess.vi}`, en: `Id “${id}” is not in the catalog.${guess.en}` };
}

/** Check each row: known target, readable period and value, and (when asked) not a repeat of an earlier row. */
export function resolveActualRows<R extends ActualRowInput>(
  targets: ReadonlyMap<string, Target>,
  rows: readonly R[],
  options: EvaluateRowsOptions = {},
): RowResolution<R>[] {
  const seen = new Map<string, { row: R; index: number }>();
  return rows.map((row, index): RowResolution<R> => {
    const target = targets.get(row.id);
    if (!target) return { ok: false, row, reason: unknownId(row.id, targets) };
    const period = parsePeriod(row.period ?? (options.period || defaultPeriod(target)));
    if (!period.ok) return { ok: false, row, target, reason: period.error };
    const actual = actualValue(row.actual, options.numberMode);
    if (!actual.ok) return { ok: false, row, target, reason: actual.error };
    if (options.rejectRepeats) {
      const key = `${target.id}|${periodCode(period.period)}`;
      const earlier = seen.get(key);
      if (earlier) {
        const where = earlier.row.line ?? earlier.index + 1;
        return {
          ok: false,
          row,
          target,
          reason: { vi: `trùng chỉ tiêu và kỳ với dòng ${where}; bỏ qua dòng này`, en: `same target and period as line ${where}; row skipped` },
        };
      }
      seen.set(key, { row, index });
    }
    return { ok: true, row, target, period: period.period, value: actual.value };
  });
}

/** Yearly values of each target among the rows: the history change and rate targets are judged against. */
function yearHistory(rows: readonly ResolvedRow[]): Map<string, { year: number; value: number }[]> {
  const history = new Map<string, { year: number; value: number }[]>();
  for (const r of rows) {
    if (r.period.type !== "year" || r.value === null) continue;
    const list = history.get(r.target.id) ?? [];
    list.push({ year: r.period.year, value: r.value });
    history.set(r.target.id, list);
  }
  return history;
}

function judge<R extends ActualRowInput>(resolved: ResolvedRow<R>, evaluate: EvaluateTarget, history: ReadonlyMap<string, { year: number; value: number }[]>): RowVerdict<R> {
  const { row, target } = resolved;
  try {
    const evaluation = evaluate(target, { period: periodCode(resolved.period), actual: resolved.value, history: history.get(target.id) });
    return { row, target, evaluation, status: evaluation.status, reason: { vi: evaluation.reason, en: evaluation.reasonEn } };
  } catch (e) {
    const message = String((e as Error).message);
    return { row, target, status: "unknown", reason: e instanceof BilingualError ? e.bilingual : { vi: message, en: message } };
  }
}

/**
 * One verdict per row, in row order: judged, or "unknown" with the reason it could not be. Year rows
 * of the same target serve as history for change and rate targets.
 */
export function evaluateRows<R extends ActualRowInput>(
  targets: ReadonlyMap<string, Target>,
  rows: readonly R[],
  evaluate: EvaluateTarget,
  options: EvaluateRowsOptions = {},
): RowVerdict<R>[] {
  const resolutions = resolveActualRows(targets, rows, options);
  const history = yearHistory(resolutions.filter((r): r is ResolvedRow<R> => r.ok));
  return resolutions.map((r) => (r.ok ? judge(r, evaluate, history) : { row: r.row, target: r.target, status: "unknown", reason: r.reason }));
}

/**
 * "No data" for each target no row reported, at the latest period reported (or the target's own year
 * when that is earlier): a report over a whole catalog lists every target.
 */
export function unreportedEvaluations(targets: readonly Target[], verdicts: readonly RowVerdict[], evaluate: EvaluateTarget): Evaluation[] {
  const judged = verdicts.flatMap((v) => (v.evaluation ? [v.evaluation] : []));
  const latest = judged.reduce<Period | null>((best, e) => {
    const p = parsePeriod(e.period);
    return p.ok && (!best || periodTime(p.period) > periodTime(best)) ? p.period : best;
  }, null);
  const reported = new Set(judged.map((e) => e.id));
  return targets
    .filter((t) => !reported.has(t.id))
    .map((t) => evaluate(t, { period: latest && latest.year <= t.year ? periodCode(latest) : defaultPeriod(t), actual: null }));
}

/** Off track first, then at risk, then rows that could not be judged; in row order within each. */
export function needsAttention<R extends ActualRowInput>(verdicts: readonly RowVerdict<R>[]): RowVerdict<R>[] {
  const rank: Partial<Record<RowVerdict["status"], number>> = { off_track: 0, at_risk: 1, unknown: 2 };
  return verdicts
    .map((v, order) => ({ v, order }))
    .filter(({ v }) => rank[v.status] !== undefined)
    .sort((a, b) => rank[a.v.status]! - rank[b.v.status]! || a.order - b.order)
    .map(({ v }) => v);
}
