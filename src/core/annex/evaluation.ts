/** The evaluation the annex uses by default: the project's engine (src/core/evaluate). */
import type { Target } from "../catalog/schema";
import { evaluateTarget, judgeTarget, type Judgement } from "../evaluate";
import type { EvaluateTarget, Evaluation, Status } from "../evaluate/types";
import type { Bilingual } from "../messages";

/**
 * The project's engine, with the reason written only when read: an annex quotes it for the rows
 * that need explaining (at risk, off track), not for all of them.
 */
export const defaultEvaluate: EvaluateTarget = (target, input) => {
  if (input.override) return evaluateTarget(target, input);
  return new LazyReasonEvaluation(judgeTarget(target, input));
};

/** An Evaluation whose reason sentences are built on first read (a class: thousands are made per annex). */
class LazyReasonEvaluation implements Evaluation {
  readonly id: string;
  readonly period: string;
  readonly value: number | null;
  readonly expected: number | null;
  readonly percentOfPlan: number | null;
  readonly status: Status;
  readonly progress: number | null;
  private readonly why: Judgement["why"];

  constructor(judgement: Judgement) {
    this.id = judgement.id;
    this.period = judgement.period;
    this.value = judgement.value;
    this.expected = judgement.expected;
    this.percentOfPlan = judgement.percentOfPlan;
    this.status = judgement.status;
    this.progress = judgement.progress ?? null;
    this.why = judgement.why;
  }

  private written?: Bilingual;

  get reason(): string {
    return (this.written ??= this.why()).vi;
  }

  get reasonEn(): string {
    return (this.written ??= this.why()).en;
  }
}

/** The value expected at `period` on the path to the target: numbers only, no reason text built. */
export function defaultExpected(target: Target, period: string): number | null {
  return judgeTarget(target, { period, actual: null }).expected;
}
