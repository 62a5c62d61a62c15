/**
 * Data cut-off windows (thời gian chốt số liệu), Decree 09/2019/NĐ-CP, Article 12:
 *   month    15th of the previous month … 14th of the month
 *   quarter  15th of the month before the quarter … 14th of its last month
 *   6 months 15/12 of the previous year … 14/6
 *   year     15/12 of the previous year … 14/12
 *   9 months a provincial setting (default 15/12 … 14/9)
 */
import { resolveCalendar, type CalendarSettings } from "./calendar";
import { addDays, compareDates, daysInMonth, toCalendarDate, type CalendarDate, type DateLike } from "./dates";
import { periodMonths, periodOrThrow, type Period, type PeriodType } from "./codes";

export interface DateWindow {
  start: CalendarDate;
  end: CalendarDate;
}

/** Last day of the window that closes in (year, month). */
function windowEndIn(year: number, month: number, cutoffDay: number): CalendarDate {
  return cutoffDay > 1 ? { year, month, day: cutoffDay - 1 } : { year, month, day: daysInMonth(year, month) };
}

function previousMonth(year: number, month: number): { year: number; month: number } {
  return month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
}

export function cutoffWindow(period: string | Period, settings?: Partial<CalendarSettings>): DateWindow {
  const p = periodOrThrow(period);
  const cal = resolveCalendar(settings);
  const { first, last } = periodMonths(p);
  const before = previousMonth(p.year, first);
  const start = addDays(windowEndIn(before.year, before.month, cal.cutoffDay), 1);
  if (p.type === "nine_months") {
    const { month, day } = cal.nineMonthsEnd;
    return { start, end: { year: p.year, month, day: Math.min(day, daysInMonth(p.year, month)) } };
  }
  return { start, end: windowEndIn(p.year, last, cal.cutoffDay) };
}

export function isWithin(date: CalendarDate, window: DateWindow): boolean {
  return compareDates(date, window.start) >= 0 && compareDates(date, window.end) <= 0;
}

/**
 * The period of the given type whose data window holds the date, e.g. 20/6/2024 → 2024-M07, 2024-Q3, year 2024.
 * Six and nine months are cumulative from 15/12, so a date after their end (20/6 for 6M) belongs to none: null.
 */
export function periodOfDate(date: DateLike, type: PeriodType, settings?: Partial<CalendarSettings>): Period | null {
  const d = toCalendarDate(date);
  if (!d) return null;
  const cal = resolveCalendar(settings);
  let year = d.year;
  let month = d.month;
  if (cal.cutoffDay > 1 && d.day >= cal.cutoffDay) {
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  let candidate: Period;
  switch (type) {
    case "month":
      candidate = { type, year, month };
      break;
    case "quarter":
      candidate = { type, year, quarter: Math.ceil(month / 3) };
      break;
    default:
      candidate = { type, year };
  }
  return isWithin(d, cutoffWindow(candidate, cal)) ? candidate : null;
}
