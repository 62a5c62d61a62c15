import fc from "fast-check";
import { addDays, cutoffWindow, formatIsoDate, isWithin, periodCode, periodOfDate, type CalendarDate, type PeriodType } from "../../../src/core/periods";
import { arbitraryDate } from "./arbitraries";

const window = (code: string, settings?: Parameters<typeof cutoffWindow>[1]) => {
  const w = cutoffWindow(code, settings);
  return `${formatIsoDate(w.start)} … ${formatIsoDate(w.end)}`;
};
const d = (iso: string): CalendarDate => {
  const [year, month, day] = iso.split("-").map(Number);
  return { year, month, day };
};
const periodAt = (iso: string, type: PeriodType) => {
  const p = periodOfDate(iso, type);
  return p && periodCode(p);
};

describe("data cut-off windows, Decree 09/2019/NĐ-CP art. 12", () => {
  test.each([
    ["2024-M03", "2024-02-15 … 2024-03-14", "month: 15th of the previous month to the 14th"],
    ["2024-M01", "2023-12-15 … 2024-01-14", "January starts in the previous year"],
    ["2024-Q1", "2023-12-15 … 2024-03-14", "quarter: 15th of the month before to the 14th of its last month"],
    ["2024-Q2", "2024-03-15 … 2024-06-14", "quarter II"],
    ["2024-Q4", "2024-09-15 … 2024-12-14", "quarter IV"],
    ["2024-6M", "2023-12-15 … 2024-06-14", "first half: 15/12 of the previous year to 14/6"],
    ["2024", "2023-12-15 … 2024-12-14", "year: 15/12 to 14/12"],
    ["2024-9M", "2023-12-15 … 2024-09-14", "nine months: the default provincial setting"],
  ])("%s: %s (%s)", (code, expected) => {
    expect(window(code)).toBe(expected);
  });

  test("nine months follow the province's setting", () => {
    expect(window("2024-9M", { nineMonthsEnd: { month: 9, day: 30 } })).toBe("2023-12-15 … 2024-09-30");
  });

  test("cutoffDay 1 means calendar periods", () => {
    expect(window("2024-Q2", { cutoffDay: 1 })).toBe("2024-04-01 … 2024-06-30");
    expect(window("2024-M02", { cutoffDay: 1 })).toBe("2024-02-01 … 2024-02-29");
  });

  test("consecutive monthly, quarterly and yearly windows leave no gap and no overlap", () => {
    for (const [a, b] of [
      ["2024-M02", "2024-M03"],
      ["2024-M12", "2025-M01"],
      ["2024-Q3", "2024-Q4"],
      ["2024-Q4", "2025-Q1"],
      ["2024", "2025"],
    ]) {
      expect(formatIsoDate(addDays(cutoffWindow(a).end, 1))).toBe(formatIsoDate(cutoffWindow(b).start));
    }
  });
});

describe("periodOfDate: which period a date's data belongs to", () => {
  test.each([
    ["2024-06-14", "quarter", "2024-Q2"],
    ["2024-06-15", "quarter", "2024-Q3"],
    ["2024-03-10", "month", "2024-M03"],
    ["2024-03-20", "month", "2024-M04"],
    ["2024-12-15", "year", "2025"],
    ["2024-12-15", "quarter", "2025-Q1"],
    ["2024-12-31", "month", "2025-M01"],
    ["2023-12-20", "half", "2024-6M"],
    ["2024-06-14", "half", "2024-6M"],
    ["2024-09-14", "nine_months", "2024-9M"],
  ] as const)("%s, %s → %s", (iso, type, code) => {
    expect(periodAt(iso, type)).toBe(code);
  });

  test("after 14/6 a date belongs to no first-half period (6 months are cumulative from 15/12)", () => {
    expect(periodAt("2024-06-15", "half")).toBeNull();
    expect(periodAt("2024-09-15", "nine_months")).toBeNull();
  });

  test("accepts a UTC Date and ignores the time of day", () => {
    expect(periodCode(periodOfDate(new Date(Date.UTC(2024, 5, 14, 23, 59)), "quarter")!)).toBe("2024-Q2");
  });

  test("property: the period found always holds the date in its window", () => {
    fc.assert(
      fc.property(arbitraryDate, fc.constantFrom<PeriodType>("month", "quarter", "year"), (date, type) => {
        const p = periodOfDate(date, type);
        expect(p).not.toBeNull();
        expect(isWithin(date, cutoffWindow(p!))).toBe(true);
      }),
    );
  });

  test("property: half and nine months hold exactly the dates of their windows", () => {
    fc.assert(
      fc.property(arbitraryDate, fc.constantFrom<PeriodType>("half", "nine_months"), (date, type) => {
        const nextYear = date.month === 12 && date.day >= 15 ? date.year + 1 : date.year;
        const inWindow = isWithin(date, cutoffWindow({ type: type as "half", year: nextYear }));
        expect(periodOfDate(date, type) !== null).toBe(inWindow);
      }),
    );
  });

  test("an impossible date gives null", () => {
    expect(periodOfDate(d("2024-02-30"), "month")).toBeNull();
    expect(periodOfDate("2024-13-01", "month")).toBeNull();
  });
});
