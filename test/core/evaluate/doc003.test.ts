/**
 * Document 003 states what % of plan each 2023 result reached ("đạt X% kế hoạch"). The judgements
 * are in test/fixtures/doc003-judgements.json (written from the document by another helper).
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { evaluateTarget } from "../../../src/core/evaluate";
import { target } from "./helpers";

interface Judgement {
  indicator: string;
  unit: string;
  plan2023?: number;
  actual2023: number;
  percentOfPlan: number;
  direction: "increase" | "decrease";
  line: number;
  period?: string;
}

const FIXTURE = resolve(__dirname, "../../fixtures/doc003-judgements.json");
const present = existsSync(FIXTURE);
const d = present ? describe : describe.skip;
if (!present) console.warn(`doc003: ${FIXTURE} is missing; the document 003 judgements are skipped`);
const judgements: Judgement[] = present ? JSON.parse(readFileSync(FIXTURE, "utf8")) : [];

/** The document's rounding: as many decimals as the stated figure has. */
function decimalsOf(x: number): number {
  return String(x).split(".")[1]?.length ?? 0;
}

/** A part-year figure ("6 tháng") is a flow judged against the annual plan; a year figure a level. */
function judge(j: Judgement, plan: number) {
  const period = j.period ?? "2023";
  const kind = period === "2023" && j.unit.trim() === "%" ? "level" : "flow";
  const t = target({ kind, comparator: "=", direction: j.direction, unit: j.unit, value: plan, year: 2023 });
  return evaluateTarget(t, { period, actual: j.actual2023 });
}

const roundAs = (x: number, like: number) => Number(x.toFixed(decimalsOf(like)));

d("document 003: percentOfPlan reproduces each stated 'đạt X% kế hoạch'", () => {
  const withPlan = judgements.filter((j) => j.plan2023 !== undefined);
  const withoutPlan = judgements.filter((j) => j.plan2023 === undefined);

  test("the fixture holds the document's judgements", () => {
    expect(judgements.length).toBeGreaterThan(0);
  });

  if (withPlan.length) {
    test.each(withPlan.map((j) => [j.line, j.indicator, j] as const))("line %i, %s: stated plan and actual", (_line, _name, j) => {
      const r = judge(j, j.plan2023!);
      expect(r.percentOfPlan).not.toBeNull();
      expect(roundAs(r.percentOfPlan!, j.percentOfPlan)).toBe(j.percentOfPlan);
    });
  }

  // Most lines state the result and the percentage but not the plan. The plan they imply
  // (actual ÷ percent) must give the stated percentage back: this checks the rule, including that a
  // six-month figure is divided by the ANNUAL plan, not by the pro-rated pace.
  test.each(withoutPlan.map((j) => [j.line, j.indicator, j] as const))("line %i, %s: against the plan the document implies", (_line, _name, j) => {
    const impliedPlan = j.actual2023 / (j.percentOfPlan / 100);
    const r = judge(j, impliedPlan);
    expect(r.percentOfPlan).not.toBeNull();
    expect(roundAs(r.percentOfPlan!, j.percentOfPlan)).toBe(j.percentOfPlan);
  });
});
