/**
 * Submission deadlines (hạn gửi báo cáo). The rules are configuration: a plan's `reporting`
 * (ReportingRule / DeadlineRule in the catalog schema), or DEFAULT_REPORTING_RULES.
 * "day" in a rule means due BEFORE that day: "trước ngày 15" → the last day allowed is the 14th.
 */
import type { DeadlineRule, Plan, ReportingRule } from "../catalog/schema";
import { resolveCalendar, type CalendarSettings } from "./calendar";
import { cutoffWindow } from "./cutoffs";
import { addDays, compareDates, daysBetween, daysInMonth, parseIsoDate, toCalendarDate, type CalendarDate, type DateLike } from "./dates";
import { periodCode, periodEndDate, periodMonths, periodOrThrow, type Period, type PeriodType } from "./codes";
import { addWorkingDays, calendarNoteBetween } from "./workdays";
import type { Bilingual } from "../messages";

/**
 * The documents' own rules:
 * - quarterly annexes "gửi Sở Kế hoạch và Đầu tư trước ngày 15 tháng cuối quý" (document 002, section III);
 * - annual reports "định kỳ hằng năm (trước ngày 15/12)" (document 000, section III.3).
 */
export const DEFAULT_REPORTING_RULES: readonly ReportingRule[] = Object.freeze([
  { frequency: "quarter", due: { type: "day_of_last_month", day: 15 }, what: "Phụ lục chỉ tiêu hằng quý (văn bản 002)" },
  { frequency: "year", due: { type: "day_of_month", month: 12, day: 15, yearOffset: 0 }, what: "Báo cáo năm (văn bản 000)" },
] satisfies ReportingRule[]);

export interface Due {
  /** Period code the report covers; null for a one-off report. */
  period: string | null;
  rule: ReportingRule;
  /** Last day the report may arrive. */
  lastDay: CalendarDate;
  /** The day the text says "before" (trước ngày …), when the rule is worded that way. */
  dueBefore: CalendarDate | null;
  /** Set when the day was counted in working days across a year whose announced swaps are not recorded. */
  calendarNote?: Bilingual;
}

/** A date in (year, month) with the day capped at the month's end plus one ("before 31/6" = before 1/7). */
function dayIn(year: number, month: number, day: number): CalendarDate {
  const last = daysInMonth(year, month);
  return day <= last ? { year, month, day } : addDays({ year, month, day: last }, 1);
}

/** Last day and "before" day of one deadline rule applied to a period. */
export function applyDeadlineRule(
  period: string | Period,
  rule: DeadlineRule,
  settings?: Partial<CalendarSettings>,
): { lastDay: CalendarDate; dueBefore: CalendarDate | null; calendarNote?: Bilingual } {
  const p = periodOrThrow(period);
  switch (rule.type) {
    case "day_of_last_month": {
      const before = dayIn(p.year, periodMonths(p).last, rule.day);
      return { lastDay: addDays(before, -1), dueBefore: before };
    }
    case "day_of_month": {
      const before = dayIn(p.year + (rule.yearOffset ?? 0), rule.month, rule.day);
      return { lastDay: addDays(before, -1), dueBefore: before };
    }
    case "working_days_after_cutoff": {
      const cal = resolveCalendar(settings);
      const from = cutoffWindow(p, cal).end;
      const lastDay = addWorkingDays(from, rule.days, cal);
      const calendarNote = calendarNoteBetween(from, lastDay, cal);
      return { lastDay, dueBefore: null, ...(calendarNote ? { calendarNote } : {}) };
    }
    case "fixed_date": {
      const date = parseIsoDate(rule.date);
      if (!date) throw new Error(`Ngày không hợp lệ trong quy định hạn báo cáo: ${rule.date}`);
      return { lastDay: date, dueBefore: null };
    }
  }
}

export type RuleSource = Pick<Plan, "reporting"> | readonly ReportingRule[] | undefined;

/** A plan's own rules replace the documents' defaults; a plan (or list) with none takes the defaults. */
function rulesOf(source: RuleSource): readonly ReportingRule[] {
  const rules = Array.isArray(source) ? source : (source as Pick<Plan, "reporting"> | undefined)?.reporting;
  return rules?.length ? rules : DEFAULT_REPORTING_RULES;
}

const FREQUENCY: Record<PeriodType, ReportingRule["frequency"]> = {
  month: "month",
  quarter: "quarter",
  half: "half",
  nine_months: "nine_months",
  year: "year",
};

/**
 * The rule for a period: the one with its frequency; failing that, the 6- and 9-month reports
 * follow the quarterly rule (they are the cumulative reports of Q2 and Q3, sent with them).
 */
export function ruleForPeriod(period: string | Period, source?: RuleSource): ReportingRule | null {
  const p = periodOrThrow(period);
  const rules = rulesOf(source);
  const exact = rules.find((r) => r.frequency === FREQUENCY[p.type]);
  if (exact) return exact;
  if (p.type === "half" || p.type === "nine_months") return rules.find((r) => r.frequency === "quarter") ?? null;
  return null;
}

/**
 * A one-off report ("once", on a fixed date) covers the periods of its own year that have ended by
 * its date: a plan asking for one report "đầu quý III/2024" wants the Q2 and 6-month figures then,
 * and orders nothing for Q3 or the whole year.
 */
function oneOffRuleFor(p: Period, rules: readonly ReportingRule[]): { rule: ReportingRule; date: CalendarDate } | null {
  for (const rule of rules) {
    if (rule.frequency !== "once" || rule.due.type !== "fixed_date") continue;
    const date = parseIsoDate(rule.due.date);
    if (date && date.year === p.year && compareDates(periodEndDate(p), date) <= 0) return { rule, date };
  }
  return null;
}

/**
 * THE deadline rule: when the report for a period is due under a plan's rules (or, for a plan with
 * none, the documents' defaults). KH.DEADLINE, the annex, consolidation and the pane all ask this.
 * Null when the plan orders no report for that period.
 */
export function deadlineFor(period: string | Period, source?: RuleSource, settings?: Partial<CalendarSettings>): Due | null {
  const p = periodOrThrow(period);
  const rule = ruleForPeriod(p, source);
  if (rule) return { period: periodCode(p), rule, ...applyDeadlineRule(p, rule.due, settings) };
  const oneOff = oneOffRuleFor(p, rulesOf(source));
  return oneOff && { period: periodCode(p), rule: oneOff.rule, lastDay: oneOff.date, dueBefore: null };
}

export interface UpcomingDue extends Due {
  /** Days from today to the last day: 0 = due today. */
  daysLeft: number;
}

/** Periods of a frequency around a date, wide enough to hold the next deadline of any sensible rule. */
function periodsAround(year: number, month: number, frequency: ReportingRule["frequency"]): Period[] {
  const years = [year - 1, year, year + 1];
  switch (frequency) {
    case "month":
      return years.flatMap((y) => Array.from({ length: 12 }, (_, i): Period => ({ type: "month", year: y, month: i + 1 })));
    case "quarter":
      return years.flatMap((y) => [1, 2, 3, 4].map((q): Period => ({ type: "quarter", year: y, quarter: q })));
    case "half":
      return years.map((y): Period => ({ type: "half", year: y }));
    case "nine_months":
      return years.map((y): Period => ({ type: "nine_months", year: y }));
    case "year":
      return years.map((y): Period => ({ type: "year", year: y }));
    case "once":
      return [];
  }
}

/** Every deadline on or after today under the rules, soonest first (at most `limit`). */
export function upcomingDeadlines(
  today: DateLike,
  source?: RuleSource,
  options: { limit?: number; settings?: Partial<CalendarSettings> } = {},
): UpcomingDue[] {
  const now = toCalendarDate(today);
  if (!now) throw new Error(`Ngày không hợp lệ: ${String(today)}`);
  const found: UpcomingDue[] = [];
  for (const rule of rulesOf(source)) {
    if (rule.frequency === "once") {
      if (rule.due.type !== "fixed_date") continue;
      const lastDay = parseIsoDate(rule.due.date);
      if (lastDay) found.push({ period: null, rule, lastDay, dueBefore: null, daysLeft: daysBetween(now, lastDay) });
      continue;
    }
    for (const p of periodsAround(now.year, now.month, rule.frequency)) {
      const due = applyDeadlineRule(p, rule.due, options.settings);
      found.push({ period: periodCode(p), rule, ...due, daysLeft: daysBetween(now, due.lastDay) });
    }
  }
  return found
    .filter((d) => d.daysLeft >= 0)
    .sort((a, b) => compareDates(a.lastDay, b.lastDay))
    .slice(0, options.limit ?? Infinity);
}

/** The next report due on or after today, and in how many days; null when no rule gives one. */
export function nextDue(today: DateLike, source?: RuleSource, settings?: Partial<CalendarSettings>): UpcomingDue | null {
  return upcomingDeadlines(today, source, { limit: 1, settings })[0] ?? null;
}
