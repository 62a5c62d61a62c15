import fc from "fast-check";
import {
  formatPeriod,
  parsePeriod,
  parsePeriodLabel,
  periodCode,
  periodEndDate,
  periodMonths,
} from "../../../src/core/periods";
import { arbitraryPeriod } from "./arbitraries";

const parsed = (code: string) => {
  const r = parsePeriod(code);
  return r.ok ? r.period : null;
};

describe("parsePeriod", () => {
  test.each([
    ["2024", { type: "year", year: 2024 }],
    ["2024-Q2", { type: "quarter", year: 2024, quarter: 2 }],
    ["2024-q4", { type: "quarter", year: 2024, quarter: 4 }],
    ["2024-6M", { type: "half", year: 2024 }],
    ["2024-H1", { type: "half", year: 2024 }],
    ["2024-9M", { type: "nine_months", year: 2024 }],
    ["2024-M03", { type: "month", year: 2024, month: 3 }],
    [" 2024-M12 ", { type: "month", year: 2024, month: 12 }],
  ])("reads %s", (code, period) => {
    expect(parsed(code)).toEqual(period);
  });

  test.each(["2024-Q5", "2024-Q0", "2024-M13", "2024-M00", "2024-7M", "24", "1989", "2101", "Quý 2", "", "2024-"])(
    "refuses %p with a message in both languages",
    (code) => {
      const r = parsePeriod(code);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.vi).toContain(code.trim() === "" ? '""' : code);
        expect(r.error.en.length).toBeGreaterThan(10);
      }
    },
  );
});

describe("formatPeriod", () => {
  test.each([
    ["2024", "Năm 2024", "Year 2024"],
    ["2024-Q1", "Quý I/2024", "Q1 2024"],
    ["2024-Q2", "Quý II/2024", "Q2 2024"],
    ["2023-Q3", "Quý III/2023", "Q3 2023"],
    ["2024-Q4", "Quý IV/2024", "Q4 2024"],
    ["2024-6M", "6 tháng đầu năm 2024", "First half of 2024"],
    ["2024-9M", "9 tháng đầu năm 2024", "First nine months of 2024"],
    ["2024-M03", "Tháng 3/2024", "March 2024"],
  ])("%s reads %s / %s", (code, vi, en) => {
    expect(formatPeriod(code, "vi")).toBe(vi);
    expect(formatPeriod(code, "en")).toBe(en);
    expect(formatPeriod(code)).toBe(vi);
  });

  test("an invalid code is an error, not a made-up label", () => {
    expect(() => formatPeriod("2024-Q7")).toThrow(/không phải mã kỳ/);
  });
});

describe("parsePeriodLabel reads periods as documents write them", () => {
  test.each([
    ["Quý II/2024", "2024-Q2"],
    ["quý III/2023", "2023-Q3"],
    ["Quy 2 nam 2024", "2024-Q2"],
    ["6 tháng đầu năm 2022", "2022-6M"],
    ["6 thang 2022", "2022-6M"],
    ["9 tháng đầu năm 2024", "2024-9M"],
    ["Tháng 03/2024", "2024-M03"],
    ["tháng 11 năm 2024", "2024-M11"],
    ["Năm 2025", "2025"],
    ["Q2 2024", "2024-Q2"],
    ["first half of 2024", "2024-6M"],
    ["March 2024", "2024-M03"],
    ["2024-M03", "2024-M03"],
  ])("%s → %s", (label, code) => {
    const r = parsePeriodLabel(label);
    expect(r.ok && periodCode(r.period)).toBe(code);
  });

  test("nonsense is refused", () => {
    expect(parsePeriodLabel("Quý V/2024").ok).toBe(false);
    expect(parsePeriodLabel("tháng 13/2024").ok).toBe(false);
  });
});

describe("period shape", () => {
  test("months covered and last day", () => {
    expect(periodMonths(parsed("2024-Q3")!)).toEqual({ first: 7, last: 9 });
    expect(periodMonths(parsed("2024-9M")!)).toEqual({ first: 1, last: 9 });
    expect(periodEndDate(parsed("2024-6M")!)).toEqual({ year: 2024, month: 6, day: 30 });
    expect(periodEndDate(parsed("2024-M02")!)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(periodEndDate(parsed("2023-M02")!)).toEqual({ year: 2023, month: 2, day: 28 });
  });
});

describe("round trips (property)", () => {
  test("code → parse gives the same period", () => {
    fc.assert(fc.property(arbitraryPeriod, (p) => expect(parsed(periodCode(p))).toEqual(p)));
  });

  test("display label (vi and en) → parse gives the same period", () => {
    fc.assert(
      fc.property(arbitraryPeriod, fc.constantFrom("vi" as const, "en" as const), (p, lang) => {
        const r = parsePeriodLabel(formatPeriod(p, lang));
        expect(r.ok && r.period).toEqual(p);
      }),
    );
  });
});
