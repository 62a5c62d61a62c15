/** The evaluation the annex uses by default: the project's engine (src/core/evaluate). */
import type { Target } from "../catalog/schema";
import { evaluateTarget, judgeTarget } from "../evaluate";
import type { EvaluateTarget } from "../evaluate/types";

/**
 * The project's engine, with the reason written only when read: an annex quotes it for the rows
 * that need explaining (at risk, off track), not for all of them.
 */
export const defaultEvaluate: EvaluateTarget = (target, input) => {
  if (input.override) return evaluateTarget(target, input);
  const { why, ...numbers } = judgeTarget(target, input);
  return {
    ...numbers,
    get reason() {
      return why().vi;
    },
    get reasonEn() {
      return why().en;
    },
  };
};

/** The value expected at `period` on the path to the target: numbers only, no reason text built. */
export function defaultExpected(target: Target, period: string): number | null {
  return judgeTarget(target, { period, actual: null }).expected;
}
