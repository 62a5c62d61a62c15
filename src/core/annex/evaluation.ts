/** The evaluation the annex uses by default: the project's engine (src/core/evaluate). */
import type { Target } from "../catalog/schema";
import { evaluateTarget, judgeTarget } from "../evaluate";
import type { EvaluateTarget } from "../evaluate/types";

export const defaultEvaluate: EvaluateTarget = (target, input) => evaluateTarget(target, input);

/** The value expected at `period` on the path to the target: numbers only, no reason text built. */
export function defaultExpected(target: Target, period: string): number | null {
  return judgeTarget(target, { period, actual: null }).expected;
}
