/**
 * The annex judges itself: "% so kế hoạch", "% so cùng kỳ" and "Đánh giá" are spreadsheet formulas
 * rendered from the same JudgingRule `evaluate` applies (src/core/evaluate/rule.ts), so typing a
 * figure in any Excel from 2007 or in LibreOffice gives the status the add-in would give.
 * Only IF, AND, ISNUMBER, ROUND and MAX are used; a rule that cannot be a formula says so in the cell.
 */
import { applyRule, judgingRuleFor, measureActual, roundTo, spanYears, type JudgingRule, type MeasureSpec } from "../evaluate";
import type { Status } from "../evaluate/types";
import { EXCEEDED_LABEL, MISSED_LABEL, STATUS_LABELS } from "../evaluate/labels";
import type { Target } from "../catalog/schema";
import { formulaString } from "../text/escape";

/** The words the status column uses; configurable per annex (official reports' words by default). */
export interface EvaluationWords {
  /** Year end (or later): beyond the target. */
  exceeded: string;
  achieved: string;
  /** Year end (or later): not reached. */
  missed: string;
  onTrack: string;
  atRisk: string;
  offTrack: string;
  /** No figure typed: empty in a template, "Chưa có số liệu" in a report. */
  noData: string;
  notANumber: string;
  /** A figure is typed but nothing to measure it from (no earlier level). */
  noReference: string;
  /** The rule cannot be written as a formula. */
  noFormula: string;
}

export const DEFAULT_WORDS: EvaluationWords = Object.freeze({
  exceeded: EXCEEDED_LABEL.vi,
  achieved: STATUS_LABELS.achieved.vi,
  missed: MISSED_LABEL.vi,
  onTrack: STATUS_LABELS.on_track.vi,
  atRisk: STATUS_LABELS.at_risk.vi,
  offTrack: STATUS_LABELS.off_track.vi,
  noData: "",
  notANumber: "Số liệu không phải là số",
  noReference: "Chưa đánh giá được: thiếu số liệu năm gốc",
  noFormula: "Không tính được bằng công thức: xem báo cáo tổng hợp",
});

/** The traffic light of each word that has one, in the order its rule is written. */
export const WORD_TONES = Object.freeze({
  exceeded: "good",
  achieved: "good",
  onTrack: "good",
  atRisk: "warn",
  offTrack: "bad",
  missed: "bad",
} as const satisfies Partial<Record<keyof EvaluationWords, "good" | "warn" | "bad">>);

/** The traffic light of each word (empty words, such as a template's "no data", get none). */
export function wordTones(words: EvaluationWords): { text: string; tone: "good" | "warn" | "bad" }[] {
  const tones = (Object.keys(WORD_TONES) as (keyof typeof WORD_TONES)[]).map((k) => [words[k], WORD_TONES[k]] as const);
  return tones.filter(([text], i) => text && tones.findIndex(([t]) => t === text) === i).map(([text, tone]) => ({ text, tone }));
}

/** Which word a judged status is shown with (status from `evaluate`, x the rounded measured value). */
export function statusWord(rule: JudgingRule, status: Status, x: number | null, words: EvaluationWords): string {
  switch (status) {
    case "achieved":
      return rule.final && x !== null && exceeds(rule, x) ? words.exceeded : words.achieved;
    case "off_track":
      return rule.final ? words.missed : words.offTrack;
    case "on_track":
      return words.onTrack;
    case "at_risk":
      return words.atRisk;
    case "no_data":
      return words.noData;
  }
}

/** Beyond the target figure on the better side ("Vượt"); a strict comparator's reach is only "Đạt". */
function exceeds(rule: JudgingRule, x: number): boolean {
  if (rule.strict) return false;
  return rule.better === "higher" ? x > rule.figure : x < rule.figure;
}

/** The status word for an actual, computed as the formula computes it (the cached value). */
export function judgedWord(rule: JudgingRule, actual: number | null, words: EvaluationWords): string {
  if (actual === null) return words.noData;
  const measured = rule.measure.kind === "none" ? null : measureActual(rule.measure, actual);
  const x = measured === null ? null : roundTo(measured, rule.decimals);
  return measuredWord(rule, x, x === null ? "no_data" : applyRule(rule, x).status, words);
}

/**
 * The status formula's word for a typed figure already measured and rounded by the rule (x; null when
 * nothing can measure it), given how the rule judges x: an annex row that judged its figure passes that.
 */
export function measuredWord(rule: JudgingRule, x: number | null, status: Status, words: EvaluationWords): string {
  if (rule.measure.kind === "none") return words.noReference;
  if (rule.measure.kind === "growth") return words.noFormula;
  if (x === null) return words.noReference;
  return statusWord(rule, status, x, words);
}

/** A number as a formula literal: shortest exact form, negatives in parentheses. */
export function literal(n: number): string {
  const text = String(n).replace("e", "E");
  return n < 0 ? `(${text})` : text;
}

/** Years since the reference: a plain number when it is exact in 15 digits, else the sum the core computes. */
function yearsText(spec: Extract<MeasureSpec, { span: unknown }>): string {
  const years = spanYears(spec.span);
  if (Number(years.toPrecision(15)) === years) return literal(years);
  return `(${spec.span.periodYear - 1}+${spec.span.lastMonth}/12-${spec.span.fromYear})`;
}

/** The measured value rounded to the display precision, from the actual's cell; null when no formula can say it. */
function measuredText(rule: JudgingRule, actual: string): string | null {
  const m = rule.measure;
  const round = (e: string) => `ROUND(${e},${rule.decimals})`;
  switch (m.kind) {
    case "value":
      return round(actual);
    case "change":
      return round(m.sign === 1 ? `(${actual}-${literal(m.reference)})/${yearsText(m)}` : `(${literal(m.reference)}-${actual})/${yearsText(m)}`);
    default:
      return null;
  }
}

/** achievement() of goal.ts as a formula: x / e or 2 − x / e, never below 0 when lower is better. */
function achievementText(x: string, e: number, better: JudgingRule["better"]): string {
  const plain = (better === "higher") === e > 0;
  const ratio = plain ? `${x}/${literal(e)}` : `(2-${x}/${literal(e)})`;
  return better === "higher" ? ratio : `MAX(0,${ratio})`;
}

/** Around a judgement: empty cell → the no-data word; text → "not a number". */
function onFigure(actual: string, judged: string, words: EvaluationWords): string {
  return `IF(ISNUMBER(${actual}),${judged},IF(${actual}="",${formulaString(words.noData)},${formulaString(words.notANumber)}))`;
}

/** "% so kế hoạch": the rounded measured value against the target as written (× 100, or a fraction for a % format). */
export function percentPlanFormula(rule: JudgingRule, actual: string, asFraction = false): string {
  const x = measuredText(rule, actual);
  if (x === null || rule.figure === 0 || !Number.isFinite(rule.figure)) return `""`;
  return `IF(ISNUMBER(${actual}),ROUND(${achievementText(x, rule.figure, rule.better)}*100,${rule.percentDecimals})${asFraction ? "/100" : ""},"")`;
}

/** "% so cùng kỳ": this period's figure over last year's, when both are numbers and last year's is not 0. */
export function percentLastYearFormula(actual: string, lastYear: string): string {
  return `IF(AND(ISNUMBER(${actual}),ISNUMBER(${lastYear})),IF(${lastYear}<>0,ROUND(${actual}/${lastYear}*100,1),""),"")`;
}

/** The same quotient the formula computes, for the cached value. */
export function percentLastYear(actual: number | null, lastYear: number | null): number | null {
  return actual !== null && lastYear !== null && lastYear !== 0 ? roundTo((actual / lastYear) * 100, 1) : null;
}

/** "Đánh giá": reached? then year-end words, or progress against the pace within the year. */
export function statusFormula(rule: JudgingRule, actual: string, words: EvaluationWords): string {
  if (rule.measure.kind === "none") return onFigure(actual, formulaString(words.noReference), words);
  const x = measuredText(rule, actual);
  if (x === null) return onFigure(actual, formulaString(words.noFormula), words);
  const better = rule.better === "higher";
  const cmp = better ? (rule.strict ? ">" : ">=") : rule.strict ? "<" : "<=";
  const notReached = rule.final ? formulaString(words.missed) : progressText(rule, x, words);
  if (rule.reach === null) return onFigure(actual, notReached, words);
  const reachedWord =
    rule.final && !rule.strict ? `IF(${x}${better ? ">" : "<"}${literal(rule.figure)},${formulaString(words.exceeded)},${formulaString(words.achieved)})` : formulaString(words.achieved);
  return onFigure(actual, `IF(${x}${cmp}${literal(rule.reach)},${reachedWord},${notReached})`, words);
}

/** Within the year: the progress ratio in % against the on-track and at-risk thresholds. */
function progressText(rule: JudgingRule, x: string, words: EvaluationWords): string {
  const { pace } = rule.progress;
  const better = rule.better === "higher";
  const holds = `IF(${x}${better ? ">=" : "<="}${literal(pace)},100,0)`;
  let ratio: string;
  if (rule.progress.mode === "path") {
    const base = rule.progress.base;
    const required = (pace - base) * (better ? 1 : -1);
    ratio =
      required > 0
        ? `ROUND(${better ? `(${x}-${literal(base)})/(${literal(pace)}-${literal(base)})` : `(${literal(base)}-${x})/(${literal(base)}-${literal(pace)})`}*100,${rule.percentDecimals})`
        : holds;
  } else {
    ratio = pace === 0 ? holds : `ROUND(${achievementText(x, pace, rule.better)}*100,${rule.percentDecimals})`;
  }
  return `IF(${ratio}>=${literal(rule.onTrackPercent)},${formulaString(words.onTrack)},IF(${ratio}>=${literal(rule.atRiskPercent)},${formulaString(words.atRisk)},${formulaString(words.offTrack)}))`;
}

/** The words KH.STATUS returns, for native formulas standing in for it (an Excel without custom functions). */
export const ENGINE_WORDS: EvaluationWords = Object.freeze({
  ...DEFAULT_WORDS,
  exceeded: STATUS_LABELS.achieved.vi,
  noData: STATUS_LABELS.no_data.vi,
});

/**
 * KH.PERCENT(id, actual) and KH.STATUS(id, actual) of one target as native formulas ("=…"), judged at
 * the target's year as the bare functions are: for Excel versions where custom functions are missing.
 * The percentage is a fraction, as KH.PERCENT returns it, for a "0.0%" format.
 */
export function nativeTargetFormulas(target: Target, actual: string): { percent: string; status: string } {
  const rule = judgingRuleFor(target, { period: String(target.year) });
  return {
    percent: `=${percentPlanFormula(rule, actual, true)}`,
    status: `=${statusFormula(rule, actual, ENGINE_WORDS)}`,
  };
}
