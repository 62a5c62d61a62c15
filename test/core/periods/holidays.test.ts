/** Holidays for any year: lunar dates, the law's days off and substitutes, announced swaps, and the note for unannounced years. */
import type { ReportingRule } from "../../../src/core/catalog/schema";
import {
  deadlineFor,
  formatIsoDate,
  isWorkingDay,
  lunarNewYear,
  lunarToSolar,
  solarToLunar,
  statutoryHolidays,
  type CalendarDate,
} from "../../../src/core/periods";

const d = (iso: string): CalendarDate => {
  const [year, month, day] = iso.split("-").map(Number);
  return { year, month, day };
};
const iso = (date: CalendarDate | null) => date && formatIsoDate(date);

/** Weekdays (Mon–Fri) of a year that are not working days. */
function weekdaysOff(year: number): string[] {
  const off: string[] = [];
  for (let date = d(`${year}-01-01`); date.year === year; date = next(date)) {
    const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !isWorkingDay(date)) off.push(formatIsoDate(date));
  }
  return off;
}
function next(date: CalendarDate): CalendarDate {
  const t = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

describe("the Vietnamese lunar calendar (UTC+7)", () => {
  test("mùng 1 Tết as published: 2024, 2025, 2026 (17/2), 2027 (6/2)", () => {
    expect(iso(lunarNewYear(2024))).toBe("2024-02-10");
    expect(iso(lunarNewYear(2025))).toBe("2025-01-29");
    expect(iso(lunarNewYear(2026))).toBe("2026-02-17");
    expect(iso(lunarNewYear(2027))).toBe("2027-02-06");
  });

  test("years where Vietnam's Tết differs from China's (time zone UTC+7, not UTC+8): 1985, 2007", () => {
    expect(iso(lunarNewYear(1985))).toBe("1985-01-21");
    expect(iso(lunarNewYear(2007))).toBe("2007-02-17");
  });

  test("Giỗ Tổ Hùng Vương, 10/3 âm lịch: 18/4/2024, 7/4/2025, Sunday 26/4/2026", () => {
    expect(iso(lunarToSolar({ day: 10, month: 3, year: 2024 }))).toBe("2024-04-18");
    expect(iso(lunarToSolar({ day: 10, month: 3, year: 2025 }))).toBe("2025-04-07");
    expect(iso(lunarToSolar({ day: 10, month: 3, year: 2026 }))).toBe("2026-04-26");
  });

  test("14/2/2026 is 27 tháng Chạp Ất Tỵ and 22/2/2026 mùng 6 tháng Giêng (the announced Tết break)", () => {
    expect(solarToLunar(d("2026-02-14"))).toEqual({ day: 27, month: 12, year: 2025, leap: false });
    expect(solarToLunar(d("2026-02-22"))).toEqual({ day: 6, month: 1, year: 2026, leap: false });
  });

  test("a leap month the year does not have is no date", () => {
    expect(lunarToSolar({ day: 1, month: 3, year: 2026, leap: true })).toBeNull();
  });
});

describe("days off computed from the law, with the announced swaps", () => {
  test("2024 and 2025 come out exactly as the Ministry announced them", () => {
    expect(weekdaysOff(2024)).toEqual([
      "2024-01-01", "2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14",
      "2024-04-18", "2024-04-29", "2024-04-30", "2024-05-01", "2024-09-02", "2024-09-03",
    ]);
    expect(weekdaysOff(2025)).toEqual([
      "2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31",
      "2025-04-07", "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02",
    ]);
    expect(isWorkingDay(d("2024-05-04"))).toBe(true);
    expect(isWorkingDay(d("2025-04-26"))).toBe(true);
  });

  test("2026: Tết Bính Ngọ 16–20/2, Giỗ Tổ on a Sunday gives Monday 27/4 off, the New Year swap (2/1 off, Saturday 10/1 worked)", () => {
    const off = weekdaysOff(2026);
    expect(off).toEqual(expect.arrayContaining(["2026-01-01", "2026-01-02", "2026-02-16", "2026-02-20", "2026-04-27", "2026-04-30", "2026-05-01", "2026-09-02"]));
    expect(off).not.toContain("2026-02-23");
    expect(isWorkingDay(d("2026-01-10"))).toBe(true);
    expect(isWorkingDay(d("2026-04-28"))).toBe(true);
  });

  test("2027, with nothing announced: Tết on a Saturday gives the two weekend days back after the break", () => {
    // 5/2/2027 is the lunar year's last day (Friday); 6 and 7/2 fall on the weekend → Wednesday 10 and Thursday 11.
    expect(weekdaysOff(2027).filter((x) => x.startsWith("2027-02"))).toEqual(["2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11"]);
    expect(statutoryHolidays(2027).filter((h) => h.substitute).map((h) => h.date)).toContain("2027-02-10");
  });
});

describe("working-day deadlines through Tết 2026", () => {
  const rule = (days: number): ReportingRule[] => [{ frequency: "month", due: { type: "working_days_after_cutoff", days } }];

  test("a report due 3 working days after the February cut-off (Saturday 14/2/2026) moves past Tết to 25/2", () => {
    const due = deadlineFor("2026-M02", rule(3));
    expect(iso(due!.lastDay)).toBe("2026-02-25");
  });

  test("a deadline in a year with no recorded announcement says so; an announced year does not", () => {
    const unknown = deadlineFor("2027-M02", rule(3))!;
    expect(unknown.calendarNote?.vi).toMatch(/năm 2027 chưa có thông báo/);
    expect(unknown.calendarNote?.en).toMatch(/2027/);
    expect(deadlineFor("2025-M02", rule(3))!.calendarNote).toBeUndefined();
  });
});
