/**
 * TEMPORARY local adapter until src/core/evaluate/index.ts lands: a minimal evaluation
 * with the contract's shape (percent of the year's plan, simple thresholds).
 */
import type { Target } from "../catalog/schema";
import type { EvaluateTarget, Evaluation, EvaluationInput, Status } from "../evaluate/types";

export const defaultEvaluate: EvaluateTarget = (target: Target, input: EvaluationInput): Evaluation => {
  const planned = target.value ?? ((target.min ?? NaN) + (target.max ?? NaN)) / 2;
  const actual = input.actual ?? null;
  const base = { id: target.id, period: input.period, value: actual, expected: Number.isFinite(planned) ? planned : null };
  if (actual === null || !Number.isFinite(planned) || planned === 0) {
    return { ...base, percentOfPlan: null, status: "no_data", reason: "chưa có số liệu", reasonEn: "no data" };
  }
  const percent = target.direction === "decrease" ? (planned / actual) * 100 : (actual / planned) * 100;
  const status: Status = percent >= 100 ? "achieved" : percent >= 95 ? "on_track" : percent >= 60 ? "at_risk" : "off_track";
  return { ...base, percentOfPlan: percent, status, reason: `đạt ${percent.toFixed(1)}% kế hoạch`, reasonEn: `${percent.toFixed(1)}% of plan` };
};
