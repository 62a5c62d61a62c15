/**
 * How an annex row is judged: the project's engine (src/core/evaluate) by default, or the caller's,
 * always under the annex's settings, so the row's status, its formula and its word agree.
 */
import type { Target } from "../catalog/schema";
import { evaluateTarget, judgeByRule, judgeTarget, judgingRuleFor, type EvaluationSettings, type Judgement, type JudgingRule } from "../evaluate";
import type { EvaluateTarget, Evaluation, Status } from "../evaluate/types";
import type { Bilingual } from "../messages";
import { judgedWord, measuredWord, type EvaluationWords } from "./formulas";

/**
 * The project's engine, with the reason written only when read: an annex quotes it for the rows
 * that need explaining (at risk, off track), not for all of them.
 */
export const defaultEvaluate: EvaluateTarget = (target, input, settings) => {
  if (input.override) return evaluateTarget(target, input, settings);
  return new LazyReasonEvaluation(judgeTarget(target, input, settings));
};

/** A row's judgement: the evaluation of its figure (null without one), the rule its formulas are written from, its word. */
export interface RowJudgement {
  evaluation: Evaluation | null;
  rule: JudgingRule;
  word: string;
}

/**
 * Judge one annex row at a period. The default engine assesses the target once for all three; a
 * caller's `evaluate` judges the figure and the rule gives the formula and the word (its cached value).
 */
export function judgeRow(
  target: Target,
  period: string,
  actual: number | null,
  words: EvaluationWords,
  settings?: Partial<EvaluationSettings>,
  evaluate?: EvaluateTarget,
): RowJudgement {
  if (evaluate) {
    const rule = judgingRuleFor(target, { period }, settings);
    return { evaluation: actual === null ? null : evaluate(target, { period, actual }, settings), rule, word: judgedWord(rule, actual, words) };
  }
  const { judgement, rule, measured } = judgeByRule(target, { period, actual }, settings);
  // Without an actual the status is "no data" whatever the target: no evaluation is shown.
  if (actual === null) return { evaluation: null, rule, word: words.noData };
  return { evaluation: new LazyReasonEvaluation(judgement), rule, word: measuredWord(rule, measured, judgement.status, words) };
}

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
export function defaultExpected(target: Target, period: string, settings?: Partial<EvaluationSettings>): number | null {
  return judgeTarget(target, { period, actual: null }, settings).expected;
}
