/** fast-check generators shared by the period and evaluation property tests. */
import fc from "fast-check";
import type { CalendarDate, Period } from "../../../src/core/periods";

export const arbitraryPeriod: fc.Arbitrary<Period> = fc.oneof(
  fc.integer({ min: 1990, max: 2100 }).map((year): Period => ({ type: "year", year })),
  fc.integer({ min: 1990, max: 2100 }).map((year): Period => ({ type: "half", year })),
  fc.integer({ min: 1990, max: 2100 }).map((year): Period => ({ type: "nine_months", year })),
  fc.record({ year: fc.integer({ min: 1990, max: 2100 }), quarter: fc.integer({ min: 1, max: 4 }) }).map((p): Period => ({ type: "quarter", ...p })),
  fc.record({ year: fc.integer({ min: 1990, max: 2100 }), month: fc.integer({ min: 1, max: 12 }) }).map((p): Period => ({ type: "month", ...p })),
);

export const arbitraryDate: fc.Arbitrary<CalendarDate> = fc
  .date({ min: new Date(Date.UTC(1995, 0, 1)), max: new Date(Date.UTC(2090, 11, 31)), noInvalidDate: true })
  .map((d) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }));
