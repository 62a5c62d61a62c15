/**
 * What "better" means for a target, and what reaching it means.
 *
 * Targets are compared in a "measured space":
 * - level, flow: the value itself. A ceiling ("<", "<=": dưới, tối đa) means lower is better,
 *   a floor (">", ">=": trên, ít nhất) higher is better; "=" and "~" follow the target's direction.
 * - rate, change: the yearly rate or change. With a ceiling it is signed ("tăng dưới 4%/năm":
 *   lower is better). Otherwise a decreasing target states the SIZE of the fall ("giảm 1–1,5
 *   điểm/năm" → min 1, max 1.5) and the actual is measured the same way (a fall of 1,2 → 1.2):
 *   a bigger fall is better.
 */
import type { Target } from "../catalog/schema";
import { roundTo } from "./rounding";

export interface Goal {
  better: "higher" | "lower";
  /** The figure to reach: a range's lower end when higher is better, its upper end when lower is. */
  figure: number;
  /** ">" or "<": the figure itself does not count. */
  strict: boolean;
  /** "~" (khoảng): tolerance applies on the worse side. */
  approx: boolean;
  /** rate/change of a decreasing target: measured as the size of the fall. */
  fallMagnitude: boolean;
}

export function goalOf(target: Target): Goal {
  const ceiling = target.comparator === "<" || target.comparator === "<=";
  const floor = target.comparator === ">" || target.comparator === ">=";
  const perYear = target.kind === "rate" || target.kind === "change";
  const fallMagnitude = perYear && !ceiling && target.direction === "decrease";
  let better: Goal["better"];
  if (ceiling) better = "lower";
  else if (floor || fallMagnitude) better = "higher";
  else better = target.direction === "decrease" ? "lower" : "higher";
  const figure = target.value ?? (better === "higher" ? target.min : target.max) ?? NaN;
  return {
    better,
    figure,
    strict: target.comparator === ">" || target.comparator === "<",
    approx: target.comparator === "~",
    fallMagnitude,
  };
}

/**
 * The value a (rounded) measured value must reach: at least it (higher is better) or at most it
 * (lower), beyond it when the comparator is strict. "~" moves it by the tolerance on the worse side.
 */
export function reachOf(goal: Goal, tolerance: number): number {
  if (goal.strict || !goal.approx) return goal.figure;
  const slack = tolerance * Math.abs(goal.figure);
  return roundTo(goal.better === "higher" ? goal.figure - slack : goal.figure + slack, 10);
}

/** Does a (rounded) measured value reach the goal? */
export function meets(x: number, goal: Goal, tolerance: number): boolean {
  const reach = reachOf(goal, tolerance);
  if (goal.better === "higher") return goal.strict ? x > reach : x >= reach;
  return goal.strict ? x < reach : x <= reach;
}

/**
 * How far x goes toward e, as a ratio (1 = exactly e). Higher is better: x / e (for e > 0).
 * Lower is better: 2 − x / e, so each 1% under the ceiling counts 1% above plan; never below 0.
 * (For a negative e the two swap: 2 − x / e and x / e.) Null when e is 0 (no ratio can be said).
 * Written in the form the annex's formulas use, so both compute the same number.
 */
export function achievement(x: number, e: number, better: Goal["better"]): number | null {
  if (e === 0 || !Number.isFinite(e)) return null;
  const plain = (better === "higher") === e > 0;
  return plain ? (better === "higher" ? x / e : Math.max(0, x / e)) : better === "higher" ? 2 - x / e : Math.max(0, 2 - x / e);
}

/**
 * sdg-build's progress measure: observed progress from the baseline over the progress required
 * by now. When nothing was required yet (e at or behind the baseline), 1 if x holds e, else 0.
 */
export function progressRatio(x: number, base: number, e: number, better: Goal["better"]): number {
  const sign = better === "higher" ? 1 : -1;
  const required = (e - base) * sign;
  const observed = (x - base) * sign;
  if (required > 0) return observed / required;
  return (x - e) * sign >= 0 ? 1 : 0;
}
