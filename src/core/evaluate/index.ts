/**
 * The evaluation engine: is a target achieved, on track, at risk or off track at a period?
 * The rules are written down for users in docs/evaluation.md.
 */
import type { Target } from "../catalog/schema";
import { BilingualError, type Bilingual } from "../messages";
import { parsePeriod, periodCode, type Period } from "../periods/codes";
import { assess } from "./assess";
import { achievement, meets, progressRatio } from "./goal";
import { achievedReason, missedReason, noDataReason, noReferenceReason, overrideReason, paceReason, type ReasonContext } from "./reason";
import { displayDecimals, roundTo } from "./rounding";
import { resolveSettings, type EvaluationSettings } from "./settings";
import type { Evaluation, EvaluationInput, Status } from "./types";

export * from "./types";
export { DEFAULT_SETTINGS, EvaluationSettingsSchema, resolveSettings, type EvaluationSettings } from "./settings";
export { STATUS_LABELS, STATUS_RANK, statusLabel } from "./labels";
export { displayDecimals, roundTo } from "./rounding";
export { goalOf, type Goal } from "./goal";
export { pathShape, shareOfYear } from "./path";

/** Bad input to evaluateTarget (period code, non-finite actual); carries both languages. */
export class EvaluationInputError extends BilingualError {
  constructor(bilingual: Bilingual) {
    super(bilingual);
    this.name = "EvaluationInputError";
  }
}

/** Like evaluateTarget, but returns the input error instead of throwing it. */
export function tryEvaluateTarget(
  target: Target,
  input: EvaluationInput,
  settings?: Partial<EvaluationSettings>,
): { ok: true; evaluation: Evaluation } | { ok: false; error: Bilingual } {
  try {
    return { ok: true, evaluation: evaluateTarget(target, input, settings) };
  } catch (e) {
    if (e instanceof EvaluationInputError) return { ok: false, error: e.bilingual };
    throw e;
  }
}

/** The numbers of a judgement, with its words (`why`) built only when asked for. */
export interface Judgement extends Omit<Evaluation, "reason" | "reasonEn" | "override" | "computedStatus"> {
  why: () => Bilingual;
}

/**
 * Judge one target at one period. Throws EvaluationInputError for an invalid period code or a
 * non-finite actual; everything else (no data, no baseline, …) is a result with a reason.
 */
export function evaluateTarget(target: Target, input: EvaluationInput, settings?: Partial<EvaluationSettings>): Evaluation {
  const { why, ...numbers } = judgeTarget(target, input, settings);
  const reason = why();
  const result: Evaluation = { ...numbers, reason: reason.vi, reasonEn: reason.en };
  if (!input.override) return result;
  const overridden = overrideReason(input.override, result.status, reason);
  return { ...result, status: input.override.status, reason: overridden.vi, reasonEn: overridden.en, override: input.override, computedStatus: result.status };
}

/** Parsed period codes, kept: a sheet or an annex judges thousands of targets at a handful of periods. */
const parsedPeriods = new Map<string, Period>();

function periodOf(code: string): Period {
  let period = parsedPeriods.get(code);
  if (!period) {
    const parsed = parsePeriod(code);
    if (!parsed.ok) throw new EvaluationInputError(parsed.error);
    period = parsed.period;
    if (parsedPeriods.size < 1000) parsedPeriods.set(code, period);
  }
  return period;
}

/**
 * The same judgement without writing the reason until `why()` is called: for recalculating
 * thousands of cells (KH.PERCENT, KH.STATUS), which show numbers and labels, not sentences.
 * Ignores `input.override` (a manual status is kept with the full evaluation).
 */
export function judgeTarget(target: Target, input: EvaluationInput, settings?: Partial<EvaluationSettings>): Judgement {
  const s = resolveSettings(settings);
  const period = periodOf(input.period);
  const actual = input.actual ?? null;
  if (actual !== null && !Number.isFinite(actual)) {
    throw new EvaluationInputError({ vi: `giá trị thực hiện "${String(actual)}" không phải là số`, en: `actual "${String(actual)}" is not a number` });
  }
  const decimals = displayDecimals(target, s, input.decimals);
  const a = assess(target, input, period, s);
  const ctx: ReasonContext = { target, period, assessment: a, decimals };
  const expected = a.expected === null ? null : roundTo(a.expected, decimals);
  const code = periodCode(period);
  const say = (status: Status, why: () => Bilingual, percentOfPlan: number | null = null, progress: number | null = null): Judgement => ({
    id: target.id,
    period: code,
    value: actual,
    expected,
    status,
    percentOfPlan,
    progress,
    why,
  });

  if (actual === null) return say("no_data", () => noDataReason(ctx, expected));
  if (a.measured === null) return say("no_data", () => noReferenceReason(ctx, actual));
  const x = roundTo(a.measured, decimals);
  const percent = achievement(x, a.goal.figure, a.goal.better);
  const percentOfPlan = percent === null ? null : roundTo(percent * 100, s.percentDecimals);
  if (a.canAchieveNow && meets(x, a.goal, s.approxTolerance)) return say("achieved", () => achievedReason(ctx, x), percentOfPlan, 1);
  if (a.final) return say("off_track", () => missedReason(ctx, x), percentOfPlan, percent);
  const pace = roundTo(a.pace ?? a.goal.figure, decimals);
  const ratio =
    a.mode === "path" && a.base
      ? progressRatio(x, roundTo(a.base.value, decimals), pace, a.goal.better)
      : (achievement(x, pace, a.goal.better) ?? ((x - pace) * (a.goal.better === "higher" ? 1 : -1) >= 0 ? 1 : 0));
  const ratioPercent = roundTo(ratio * 100, s.percentDecimals);
  const status: Status =
    ratioPercent >= roundTo(s.onTrackRatio * 100, 6) ? "on_track" : ratioPercent >= roundTo(s.atRiskRatio * 100, 6) ? "at_risk" : "off_track";
  return say(status, () => paceReason(ctx, status, x, pace, ratioPercent), percentOfPlan, ratio);
}
