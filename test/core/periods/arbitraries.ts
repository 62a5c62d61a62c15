/** fast-check generators shared by the period and evaluation property tests. */
import fc from "fast-check";
import { MAX_YEAR, MIN_YEAR, type CalendarDate, type Period } from "../../../src/core/periods";

const years = fc.integer({ min: MIN_YEAR, max: MAX_YEAR });

export const arbitraryPeriod: fc.Arbitrary<Period> = fc.oneof(
  years.map((year): Period => ({ type: "year", year })),
  years.map((year): Period => ({ type: "half", year })),
  years.map((year): Period => ({ type: "nine_months", year })),
  fc.record({ year: years, quarter: fc.integer({ min: 1, max: 4 }) }).map((p): Period => ({ type: "quarter", ...p })),
  fc.record({ year: years, month: fc.integer({ min: 1, max: 12 }) }).map((p): Period => ({ type: "month", ...p })),
);

export const arbitraryDate: fc.Arbitrary<CalendarDate> = fc
  .date({ min: new Date(Date.UTC(1995, 0, 1)), max: new Date(Date.UTC(2090, 11, 31)), noInvalidDate: true })
  .map((d) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }));
