/**
 * Per target kind: what the actual is compared with at this period.
 * Returns numbers only; judging and wording happen in index.ts and reason.ts.
 */
import type { Target } from "../catalog/schema";
import { periodTime, onPath, pathShape, shareOfYear } from "./path";
import { goalOf, type Goal } from "./goal";
import type { EvaluationInput } from "./types";
import type { EvaluationSettings } from "./settings";
import { periodMonths, type Period } from "../periods/codes";
import { measureActual, type MeasureSpec } from "./rule";

export interface YearValue {
  year: number;
  value: number;
}

export interface Assessment {
  goal: Goal;
  /** Expected value at this period, in the actual's own terms (null when it cannot be said). */
  expected: number | null;
  /** `expected` is a yearly rate or change (rate/change given per year), not a level. */
  expectedIsPerYear: boolean;
  /** The actual in measured space (see goal.ts); null when there is no actual or it cannot be measured. */
  measured: number | null;
  /** How an actual becomes `measured` at this period (the same for any actual). */
  measure: MeasureSpec;
  /** What `measured` should be by now, in measured space. */
  pace: number | null;
  /** "path": sdg-build progress ratio from `base`; "direct": achievement of `pace`. */
  mode: "path" | "direct";
  base: YearValue | null;
  /** May the target count as reached at this period ("Đạt")? */
  canAchieveNow: boolean;
  /** The end of the target year has passed: a miss is final. */
  final: boolean;
  /** Multi-year target without any baseline: compared directly with the final figure. */
  noBaseline: boolean;
  /** The baseline came from the input's history, not from the catalog. */
  baseFromHistory: boolean;
  /** rate/change from levels, but no earlier level to measure from. */
  noReference: boolean;
}

const NO_BASELINE = { base: null, fromHistory: false } as const;
/** Measures shared by every assessment that takes the actual as it is, or cannot measure it (never changed). */
const AS_IS: MeasureSpec = Object.freeze({ kind: "value" });
const NO_MEASURE: MeasureSpec = Object.freeze({ kind: "none" });

function catalogOrHistoryBaseline(target: Target, input: EvaluationInput, before: number): { base: YearValue | null; fromHistory: boolean } {
  if (target.baseline && target.baseline.year < target.year) return { base: { year: target.baseline.year, value: target.baseline.value }, fromHistory: false };
  if (!input.history?.length) return NO_BASELINE;
  const earliest = [...(input.history ?? [])].filter((h) => h.year < before && h.year < target.year && Number.isFinite(h.value)).sort((a, b) => a.year - b.year)[0];
  return earliest ? { base: { year: earliest.year, value: earliest.value }, fromHistory: true } : { base: null, fromHistory: false };
}

/** The latest known level before the period's year: history, or the baseline if later. */
function reference(target: Target, input: EvaluationInput, year: number): YearValue | null {
  const candidates: YearValue[] = (input.history ?? []).filter((h) => h.year < year && Number.isFinite(h.value));
  if (target.baseline && target.baseline.year < year) candidates.push({ year: target.baseline.year, value: target.baseline.value });
  return candidates.sort((a, b) => b.year - a.year)[0] ?? null;
}

/** Assessments are written out field by field (no spreads): thousands are made per annex. */
export function assess(target: Target, input: EvaluationInput, p: Period, settings: EvaluationSettings): Assessment {
  const goal = goalOf(target);
  const actual = input.actual ?? null;
  const t = periodTime(p);
  const fullYear = p.type === "year";
  const final = (fullYear && p.year >= target.year) || p.year > target.year;

  switch (target.kind) {
    case "level": {
      const { base, fromHistory } = catalogOrHistoryBaseline(target, input, p.year);
      const onTheWay = t < target.year;
      if (onTheWay && base) {
        const fraction = (t - base.year) / (target.year - base.year);
        const e = onPath(base.value, goal.figure, fraction, pathShape(target, settings));
        return {
          goal,
          expected: e,
          expectedIsPerYear: false,
          measured: actual,
          measure: AS_IS,
          pace: e,
          mode: "path",
          base,
          canAchieveNow: true,
          final,
          noBaseline: false,
          baseFromHistory: fromHistory,
          noReference: false,
        };
      }
      return {
        goal,
        expected: onTheWay ? null : goal.figure,
        expectedIsPerYear: false,
        measured: actual,
        measure: AS_IS,
        pace: goal.figure,
        mode: "direct",
        base: null,
        canAchieveNow: true,
        final,
        noBaseline: onTheWay,
        baseFromHistory: false,
        noReference: false,
      };
    }
    case "flow": {
      const { base, fromHistory } = catalogOrHistoryBaseline(target, input, p.year);
      const earlyYear = p.year < target.year;
      let annual = goal.figure;
      if (earlyYear && base) annual = onPath(base.value, goal.figure, (p.year - base.year) / (target.year - base.year), pathShape(target, settings));
      const profile = input.seasonalProfile ?? settings.seasonalProfiles[target.id];
      const e = annual * shareOfYear(p, settings, profile);
      return {
        goal,
        expected: earlyYear && !base ? null : e,
        expectedIsPerYear: false,
        measured: actual,
        measure: AS_IS,
        pace: e,
        mode: "direct",
        base: null,
        canAchieveNow: goal.better === "higher" || fullYear,
        final,
        noBaseline: earlyYear && !base,
        baseFromHistory: earlyYear && fromHistory,
        noReference: false,
      };
    }
    case "rate":
    case "change": {
      const measure = input.measure ?? (target.kind === "rate" ? "per_year" : "level");
      const sign = goal.fallMagnitude ? -1 : 1;
      const direct = (expected: number | null, measured: number | null, measure: MeasureSpec, perYear: boolean, noReference: boolean): Assessment => ({
        goal,
        expected,
        expectedIsPerYear: perYear,
        measured,
        measure,
        pace: goal.figure,
        mode: "direct",
        base: null,
        canAchieveNow: fullYear,
        final,
        noBaseline: false,
        baseFromHistory: false,
        noReference,
      });
      if (measure === "per_year") return direct(goal.figure, actual, AS_IS, true, false);
      const ref = reference(target, input, p.year);
      if (!ref) return direct(null, null, NO_MEASURE, false, actual !== null);
      const span = { periodYear: p.year, lastMonth: periodMonths(p).last, fromYear: ref.year };
      const years = t - ref.year;
      const spec: MeasureSpec = { kind: target.kind === "change" ? "change" : "growth", reference: ref.value, sign, span };
      const measured = actual === null ? null : measureActual(spec, actual);
      const expected = target.kind === "change" ? ref.value + sign * goal.figure * years : ref.value * Math.pow(1 + (sign * goal.figure) / 100, years);
      return direct(expected, measured, spec, false, actual !== null && measured === null);
    }
  }
}
