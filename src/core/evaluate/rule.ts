/**
 * The judging rule of one target at one period, as data: everything but the actual. `judgeTarget`
 * applies it to a figure here; the annex renders the same rule as a spreadsheet formula
 * (src/core/annex/formulas.ts), so a typed figure is judged alike in any Excel and in LibreOffice.
 */
import { achievement, reachOf, progressRatio, type Goal } from "./goal";
import { roundTo } from "./rounding";
import type { EvaluationSettings } from "./settings";
import type { Status } from "./types";

/** Years between a reference level and the period's end: (periodYear − 1 + lastMonth / 12) − fromYear. */
export interface YearSpan {
  periodYear: number;
  lastMonth: number;
  fromYear: number;
}

export const spanYears = (s: YearSpan): number => s.periodYear - 1 + s.lastMonth / 12 - s.fromYear;

/** How the actual becomes the measured value compared with the goal. */
export type MeasureSpec =
  /** The actual itself (levels, flows, rates given per year). */
  | { kind: "value" }
  /** Change per year from a reference level: sign × (actual − reference) ÷ years. */
  | { kind: "change"; reference: number; sign: 1 | -1; span: YearSpan }
  /** Yearly growth from a reference level: sign × ((actual ÷ reference)^(1/years) − 1) × 100. */
  | { kind: "growth"; reference: number; sign: 1 | -1; span: YearSpan }
  /** Nothing to measure from (no earlier level): any actual is "no data". */
  | { kind: "none" };

export function measureActual(spec: MeasureSpec, actual: number): number | null {
  switch (spec.kind) {
    case "value":
      return actual;
    case "change":
      return (spec.sign * (actual - spec.reference)) / spanYears(spec.span);
    case "growth":
      if (spec.reference <= 0 || actual < 0) return null;
      return spec.sign * (Math.pow(actual / spec.reference, 1 / spanYears(spec.span)) - 1) * 100;
    case "none":
      return null;
  }
}

export interface JudgingRule {
  /** Decimals the measured value is rounded to before judging (the display precision). */
  decimals: number;
  measure: MeasureSpec;
  better: Goal["better"];
  /** % kế hoạch is measured against this (the target as written). */
  figure: number;
  /** The value to reach (see reachOf); null when the target cannot count as reached at this period. */
  reach: number | null;
  strict: boolean;
  /** The end of the target year has passed: a target not reached is missed. */
  final: boolean;
  /** Progress when not reached: from a baseline along the path, or directly against the pace. */
  progress: { mode: "path"; base: number; pace: number } | { mode: "direct"; pace: number };
  /** Progress in % (rounded to percentDecimals) at or above which a target is on track / at risk. */
  onTrackPercent: number;
  atRiskPercent: number;
  percentDecimals: number;
}

export interface RuleParts {
  goal: Goal;
  measure: MeasureSpec;
  canAchieveNow: boolean;
  final: boolean;
  /** Unrounded; rounded to the display precision here. */
  pace: number | null;
  base: number | null;
  mode: "path" | "direct";
}

export function judgingRule(parts: RuleParts, decimals: number, settings: EvaluationSettings): JudgingRule {
  const { goal } = parts;
  const pace = roundTo(parts.pace ?? goal.figure, decimals);
  return {
    decimals,
    measure: parts.measure,
    better: goal.better,
    figure: goal.figure,
    reach: parts.canAchieveNow ? reachOf(goal, settings.approxTolerance) : null,
    strict: goal.strict,
    final: parts.final,
    progress: parts.mode === "path" && parts.base !== null ? { mode: "path", base: roundTo(parts.base, decimals), pace } : { mode: "direct", pace },
    onTrackPercent: roundTo(settings.onTrackRatio * 100, 6),
    atRiskPercent: roundTo(settings.atRiskRatio * 100, 6),
    percentDecimals: settings.percentDecimals,
  };
}

export function reaches(rule: JudgingRule, x: number): boolean {
  if (rule.reach === null) return false;
  if (rule.better === "higher") return rule.strict ? x > rule.reach : x >= rule.reach;
  return rule.strict ? x < rule.reach : x <= rule.reach;
}

export interface Verdict {
  status: Exclude<Status, "no_data">;
  percentOfPlan: number | null;
  /** The progress ratio the status was read from (1 when reached; the % of plan's ratio when missed). */
  progress: number | null;
  /** Progress in %, rounded (null when reached or missed). */
  ratioPercent: number | null;
}

/** Judge a measured value already rounded to `rule.decimals`. */
export function applyRule(rule: JudgingRule, x: number): Verdict {
  const percent = achievement(x, rule.figure, rule.better);
  const percentOfPlan = percent === null ? null : roundTo(percent * 100, rule.percentDecimals);
  if (reaches(rule, x)) return { status: "achieved", percentOfPlan, progress: 1, ratioPercent: null };
  if (rule.final) return { status: "off_track", percentOfPlan, progress: percent, ratioPercent: null };
  const { pace } = rule.progress;
  const ratio =
    rule.progress.mode === "path"
      ? progressRatio(x, rule.progress.base, pace, rule.better)
      : (achievement(x, pace, rule.better) ?? ((x - pace) * (rule.better === "higher" ? 1 : -1) >= 0 ? 1 : 0));
  const ratioPercent = roundTo(ratio * 100, rule.percentDecimals);
  const status = ratioPercent >= rule.onTrackPercent ? "on_track" : ratioPercent >= rule.atRiskPercent ? "at_risk" : "off_track";
  return { status, percentOfPlan, progress: ratio, ratioPercent };
}
