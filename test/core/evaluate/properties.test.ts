import fc from "fast-check";
import { COMPARATORS, DIRECTIONS, TARGET_KINDS, type Target } from "../../../src/core/catalog/schema";
import { evaluateTarget, STATUS_RANK } from "../../../src/core/evaluate";
import { periodCode } from "../../../src/core/periods";
import { arbitraryPeriod } from "../periods/arbitraries";
import { target } from "./helpers";

const figure = fc.double({ min: -50, max: 500, noNaN: true }).map((x) => Math.round(x * 100) / 100);

const arbitraryTarget: fc.Arbitrary<Target> = fc
  .record({
    kind: fc.constantFrom(...TARGET_KINDS),
    comparator: fc.constantFrom(...COMPARATORS),
    direction: fc.constantFrom(...DIRECTIONS),
    unit: fc.constantFrom("%", "tỷ đồng", "xã", "giường bệnh/vạn dân"),
    year: fc.integer({ min: 2020, max: 2030 }),
    a: figure,
    b: figure,
    range: fc.boolean(),
    baseline: fc.option(fc.record({ back: fc.integer({ min: 1, max: 8 }), value: figure }), { nil: undefined }),
  })
  .map(({ a, b, range, baseline, ...rest }) => {
    const amount = range ? { min: Math.min(a, b), max: Math.max(a, b), value: undefined } : { value: a };
    return target({ ...rest, ...amount, baseline: baseline && { year: rest.year - baseline.back, value: baseline.value } });
  });

/** Which way a better ACTUAL moves, per docs/evaluation.md ("Chiều đánh giá"). */
function higherActualIsBetter(t: Target, measure: "level" | "per_year"): boolean {
  const ceiling = t.comparator === "<" || t.comparator === "<=";
  const perYear = t.kind === "rate" || t.kind === "change";
  if (perYear && measure === "level") return !ceiling && t.direction === "increase";
  if (ceiling) return false;
  if (t.comparator === ">" || t.comparator === ">=") return true;
  return perYear ? true : t.direction === "increase";
}

test("property: a better actual never yields a worse status", () => {
  fc.assert(
    fc.property(
      arbitraryTarget,
      arbitraryPeriod.filter((p) => p.year >= 2016 && p.year <= 2034),
      fc.constantFrom("level" as const, "per_year" as const),
      fc.array(fc.record({ year: fc.integer({ min: 2012, max: 2033 }), value: fc.double({ min: 0.1, max: 500, noNaN: true }) }), { maxLength: 3 }),
      fc.double({ min: 0, max: 400, noNaN: true }),
      fc.double({ min: 0, max: 100, noNaN: true }),
      (t, period, measure, history, actual, step) => {
        const better = higherActualIsBetter(t, measure) ? actual + step : actual - step;
        // Growth rates are computed from positive levels only.
        fc.pre(!(t.kind === "rate" && measure === "level" && better < 0));
        const input = { period: periodCode(period), measure, history };
        const worseResult = evaluateTarget(t, { ...input, actual });
        const betterResult = evaluateTarget(t, { ...input, actual: better });
        expect(STATUS_RANK[betterResult.status]).toBeGreaterThanOrEqual(STATUS_RANK[worseResult.status]);
      },
    ),
    { numRuns: 2000 },
  );
});
