/**
 * The evaluation engine: is a target achieved, on track, at risk or off track at a period?
 * The rules are written down for users in docs/evaluation.md.
 */
import type { Target } from "../catalog/schema";
import type { Bilingual } from "../messages";
import { parsePeriod, periodCode } from "../periods/codes";
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
export class EvaluationInputError extends Error {
  constructor(readonly bilingual: Bilingual) {
    super(bilingual.vi);
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

/**
 * Judge one target at one period. Throws EvaluationInputError for an invalid period code or a
 * non-finite actual; everything else (no data, no baseline, …) is a result with a reason.
 */
export function evaluateTarget(target: Target, input: EvaluationInput, settings?: Partial<EvaluationSettings>): Evaluation {
  const s = resolveSettings(settings);
  const parsed = parsePeriod(input.period);
  if (!parsed.ok) throw new EvaluationInputError(parsed.error);
  const period = parsed.period;
  const actual = input.actual ?? null;
  if (actual !== null && !Number.isFinite(actual)) {
    throw new EvaluationInputError({ vi: `giá trị thực hiện "${String(actual)}" không phải là số`, en: `actual "${String(actual)}" is not a number` });
  }
  const decimals = displayDecimals(target, s, input.decimals);
  const a = assess(target, input, period, s);
  const ctx: ReasonContext = { target, period, assessment: a, decimals };
  const round = (v: number | null) => (v === null ? null : roundTo(v, decimals));
  const expected = round(a.expected);
  const base = { id: target.id, period: periodCode(period), value: actual, expected };

  const judged = judge();
  const result: Evaluation = { ...base, ...judged };
  if (!input.override) return result;
  const why = overrideReason(input.override, judged.status, { vi: judged.reason, en: judged.reasonEn });
  return { ...result, status: input.override.status, reason: why.vi, reasonEn: why.en, override: input.override, computedStatus: judged.status };

  function judge(): Pick<Evaluation, "status" | "reason" | "reasonEn" | "percentOfPlan" | "progress"> {
    const say = (status: Status, r: Bilingual, percentOfPlan: number | null = null, progress: number | null = null) => ({
      status,
      reason: r.vi,
      reasonEn: r.en,
      percentOfPlan,
      progress,
    });
    if (actual === null) return say("no_data", noDataReason(ctx, expected));
    if (a.measured === null) return say("no_data", noReferenceReason(ctx, actual));
    const x = roundTo(a.measured, decimals);
    const percent = achievement(x, a.goal.figure, a.goal.better);
    const percentOfPlan = percent === null ? null : roundTo(percent * 100, s.percentDecimals);
    if (a.canAchieveNow && meets(x, a.goal, s.approxTolerance)) return say("achieved", achievedReason(ctx, x), percentOfPlan, 1);
    if (a.final) return say("off_track", missedReason(ctx, x), percentOfPlan, percent);
    const pace = roundTo(a.pace ?? a.goal.figure, decimals);
    const ratio =
      a.mode === "path" && a.base
        ? progressRatio(x, roundTo(a.base.value, decimals), pace, a.goal.better)
        : (achievement(x, pace, a.goal.better) ?? ((x - pace) * (a.goal.better === "higher" ? 1 : -1) >= 0 ? 1 : 0));
    const ratioPercent = roundTo(ratio * 100, s.percentDecimals);
    const status: Status =
      ratioPercent >= roundTo(s.onTrackRatio * 100, 6) ? "on_track" : ratioPercent >= roundTo(s.atRiskRatio * 100, 6) ? "at_risk" : "off_track";
    return say(status, paceReason(ctx, status, x, pace, ratioPercent), percentOfPlan, ratio);
  }
}
