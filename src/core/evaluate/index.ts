/**
 * The evaluation engine: is a target achieved, on track, at risk or off track at a period?
 * The rules are written down for users in docs/evaluation.md.
 */
import type { Target } from "../catalog/schema";
import { BilingualError, type Bilingual } from "../messages";
import { parsePeriod, periodCode, type Period } from "../periods/codes";
import { assess } from "./assess";
import { applyRule, judgingRule, type JudgingRule } from "./rule";
import type { Assessment } from "./assess";
import { achievedReason, missedReason, noDataReason, noReferenceReason, overrideReason, paceReason, type ReasonContext } from "./reason";
import { displayDecimals, roundTo } from "./rounding";
import { resolveSettings, type EvaluationSettings } from "./settings";
import type { Evaluation, EvaluationInput, Status } from "./types";

export * from "./types";
export { DEFAULT_SETTINGS, EvaluationSettingsSchema, resolveSettings, type EvaluationSettings } from "./settings";
export { EXCEEDED_LABEL, MISSED_LABEL, STATUS_LABELS, STATUS_RANK, judgementLabel, statusLabel } from "./labels";
export { displayDecimals, roundTo } from "./rounding";
export { goalOf, type Goal } from "./goal";
export { pathShape, shareOfYear } from "./path";
export { applyRule, measureActual, spanYears, type JudgingRule, type MeasureSpec, type YearSpan } from "./rule";

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

function ruleOfAssessment(a: Assessment, decimals: number, s: EvaluationSettings): JudgingRule {
  return judgingRule({ goal: a.goal, measure: a.measure, canAchieveNow: a.canAchieveNow, final: a.final, pace: a.pace, base: a.base?.value ?? null, mode: a.mode }, decimals, s);
}

/**
 * The rule a figure for this target at this period is judged by, without the figure: what the
 * annex writes as a formula. `input.actual` is ignored; history, measure and decimals count.
 */
export function judgingRuleFor(target: Target, input: Omit<EvaluationInput, "actual">, settings?: Partial<EvaluationSettings>): JudgingRule {
  const s = resolveSettings(settings);
  const decimals = displayDecimals(target, s, input.decimals);
  return ruleOfAssessment(assess(target, { ...input, actual: null }, periodOf(input.period), s), decimals, s);
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
  return judgeByRule(target, input, settings).judgement;
}

/** A judgement with the rule it applied and the measured value it judged (rounded; null when there is none). */
export interface RuledJudgement {
  judgement: Judgement;
  rule: JudgingRule;
  measured: number | null;
}

/**
 * One assessment of a target at a period, giving both the judgement of the figure and the rule
 * `judgingRuleFor` gives (the rule does not depend on the figure): an annex row shows both.
 */
export function judgeByRule(target: Target, input: EvaluationInput, settings?: Partial<EvaluationSettings>): RuledJudgement {
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
  const rule = ruleOfAssessment(a, decimals, s);
  const x = a.measured === null ? null : roundTo(a.measured, decimals);
  const say = (status: Status, why: () => Bilingual, percentOfPlan: number | null = null, progress: number | null = null): RuledJudgement => ({
    judgement: { id: target.id, period: code, value: actual, expected, status, percentOfPlan, progress, final: a.final, why },
    rule,
    measured: x,
  });

  if (actual === null) return say("no_data", () => noDataReason(ctx, expected));
  if (x === null) return say("no_data", () => noReferenceReason(ctx, actual));
  const { status, percentOfPlan, progress, ratioPercent } = applyRule(rule, x);
  if (status === "achieved") return say(status, () => achievedReason(ctx, x), percentOfPlan, progress);
  if (ratioPercent === null) return say(status, () => missedReason(ctx, x), percentOfPlan, progress);
  const pace = rule.progress.pace;
  return say(status, () => paceReason(ctx, status, x, pace, ratioPercent), percentOfPlan, progress);
}
export * from "./labels";
