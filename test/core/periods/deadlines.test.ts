import fc from "fast-check";
import type { ReportingRule } from "../../../src/core/catalog/schema";
import {
  addWorkingDays,
  dayOfWeek,
  deadlineFor,
  formatIsoDate,
  isWorkingDay,
  nextDue,
  upcomingDeadlines,
  DEFAULT_REPORTING_RULES,
  type CalendarDate,
} from "../../../src/core/periods";
import { arbitraryDate, arbitraryPeriod } from "./arbitraries";

const d = (iso: string): CalendarDate => {
  const [year, month, day] = iso.split("-").map(Number);
  return { year, month, day };
};
const lastDay = (code: string, source?: Parameters<typeof deadlineFor>[1], settings?: Parameters<typeof deadlineFor>[2]) => {
  const due = deadlineFor(code, source, settings);
  return due && formatIsoDate(due.lastDay);
};
const workingDaysRule = (days: number): ReportingRule[] => [
  { frequency: "quarter", due: { type: "working_days_after_cutoff", days } },
  { frequency: "month", due: { type: "working_days_after_cutoff", days } },
];

describe("deadlines from the documents' rules (the defaults)", () => {
  test("quarterly annexes: before the 15th of the quarter's last month (document 002) → last day the 14th", () => {
    const due = deadlineFor("2024-Q2");
    expect(due && formatIsoDate(due.lastDay)).toBe("2024-06-14");
    expect(due && due.dueBefore && formatIsoDate(due.dueBefore)).toBe("2024-06-15");
    expect(lastDay("2024-Q4")).toBe("2024-12-14");
  });

  test("annual reports: before 15/12 (document 000)", () => {
    expect(lastDay("2024")).toBe("2024-12-14");
  });

  test("6- and 9-month reports travel with the quarterly ones when no rule of their own exists", () => {
    expect(lastDay("2024-6M")).toBe("2024-06-14");
    expect(lastDay("2024-9M")).toBe("2024-09-14");
  });

  test("no rule, no deadline: the defaults have no monthly report", () => {
    expect(deadlineFor("2024-M03")).toBeNull();
  });

  test("the defaults are exactly the two documented rules", () => {
    expect(DEFAULT_REPORTING_RULES.map((r) => r.frequency)).toEqual(["quarter", "year"]);
  });
});

describe("rules are configuration, per plan", () => {
  const plan = {
    reporting: [
      { frequency: "year", due: { type: "day_of_month", month: 1, day: 31, yearOffset: 1 } },
      { frequency: "half", due: { type: "day_of_last_month", day: 20 } },
    ] satisfies ReportingRule[],
  };

  test("a day of a month in the following year", () => {
    expect(lastDay("2024", plan)).toBe("2025-01-30");
  });

  test("a plan's own half-year rule wins over the quarterly fallback", () => {
    expect(lastDay("2024-6M", plan)).toBe("2024-06-19");
    expect(deadlineFor("2024-Q2", plan)).toBeNull();
  });

  test("'before the 31st' in a 30-day month means before the 1st of the next", () => {
    expect(lastDay("2024-Q2", [{ frequency: "quarter", due: { type: "day_of_last_month", day: 31 } }])).toBe("2024-06-30");
  });
});

describe("n working days after the cut-off", () => {
  test("2024-Q1 closes Thursday 14/3; 5 working days later is Thursday 21/3", () => {
    expect(lastDay("2024-Q1", workingDaysRule(5))).toBe("2024-03-21");
  });

  test("a public holiday on the way is skipped (Giỗ Tổ Hùng Vương, 18/4/2024)", () => {
    expect(lastDay("2024-M04", workingDaysRule(3))).toBe("2024-04-17");
    expect(lastDay("2024-M04", workingDaysRule(4))).toBe("2024-04-19");
    expect(lastDay("2024-M04", workingDaysRule(4), { statutoryHolidays: false, holidays: [] })).toBe("2024-04-18");
  });

  test("0 days: the cut-off day itself, or the next working day (14/4/2024 is a Sunday)", () => {
    expect(lastDay("2024-M04", workingDaysRule(0))).toBe("2024-04-15");
  });
});

describe("working days", () => {
  test("a make-up Saturday counts (4/5/2024), unless the calendar says otherwise", () => {
    expect(formatIsoDate(addWorkingDays(d("2024-05-03"), 1))).toBe("2024-05-04");
    expect(formatIsoDate(addWorkingDays(d("2024-05-03"), 1, { workingDays: [] }))).toBe("2024-05-06");
  });

  test("Tết Ất Tỵ 2025 is skipped whole", () => {
    expect(formatIsoDate(addWorkingDays(d("2025-01-24"), 1))).toBe("2025-02-03");
  });

  test("the holidays are the law's unless the caller turns them off and lists its own", () => {
    expect(isWorkingDay(d("2024-09-02"))).toBe(false);
    expect(isWorkingDay(d("2024-09-02"), { holidays: [] })).toBe(false);
    expect(isWorkingDay(d("2024-09-02"), { statutoryHolidays: false, holidays: [] })).toBe(true);
    expect(isWorkingDay(d("2026-03-03"), { holidays: ["2026-03-03"] })).toBe(false);
  });

  test("property: deadlines of working-day rules never fall on a weekend or a listed holiday", () => {
    const weekday = arbitraryDate.filter((x) => dayOfWeek(x) !== 0 && dayOfWeek(x) !== 6).map(formatIsoDate);
    fc.assert(
      fc.property(
        arbitraryPeriod.filter((p) => p.year >= 1996 && p.year <= 2089),
        fc.integer({ min: 0, max: 60 }),
        fc.array(weekday, { maxLength: 40 }),
        (period, days, holidays) => {
          const rules: ReportingRule[] = ["month", "quarter", "half", "nine_months", "year"].map((frequency) => ({
            frequency: frequency as ReportingRule["frequency"],
            due: { type: "working_days_after_cutoff", days },
          }));
          const due = deadlineFor(period, rules, { holidays, workingDays: [] });
          expect(due).not.toBeNull();
          const weekdayOfDue = dayOfWeek(due!.lastDay);
          expect(weekdayOfDue === 0 || weekdayOfDue === 6).toBe(false);
          expect(holidays).not.toContain(formatIsoDate(due!.lastDay));
        },
      ),
    );
  });
});

describe("what is due next, and in how many days", () => {
  const next = (today: string, source?: Parameters<typeof nextDue>[1]) => {
    const n = nextDue(today, source);
    return n && { period: n.period, lastDay: formatIsoDate(n.lastDay), daysLeft: n.daysLeft };
  };

  test.each([
    ["2024-06-10", { period: "2024-Q2", lastDay: "2024-06-14", daysLeft: 4 }],
    ["2024-06-14", { period: "2024-Q2", lastDay: "2024-06-14", daysLeft: 0 }],
    ["2024-06-15", { period: "2024-Q3", lastDay: "2024-09-14", daysLeft: 91 }],
    ["2024-12-15", { period: "2025-Q1", lastDay: "2025-03-14", daysLeft: 89 }],
  ])("on %s", (today, expected) => {
    expect(next(today)).toEqual(expected);
  });

  test("on 1/12 both the Q4 annex and the annual report are due on 14/12", () => {
    const list = upcomingDeadlines("2024-12-01", undefined, { limit: 2 });
    expect(list.map((x) => [x.period, formatIsoDate(x.lastDay), x.daysLeft])).toEqual([
      ["2024-Q4", "2024-12-14", 13],
      ["2024", "2024-12-14", 13],
    ]);
  });

  test("a one-off report on a fixed date (document 004: early Q3/2024)", () => {
    const plan = { reporting: [{ frequency: "once", due: { type: "fixed_date", date: "2024-07-15" } }] satisfies ReportingRule[] };
    expect(next("2024-07-01", plan)).toEqual({ period: null, lastDay: "2024-07-15", daysLeft: 14 });
    expect(next("2024-07-16", plan)).toBeNull();
  });

  test("today may be a UTC Date", () => {
    expect(nextDue(new Date(Date.UTC(2024, 5, 10)))?.daysLeft).toBe(4);
  });
});
