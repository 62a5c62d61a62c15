/** Working days: Monday–Friday, minus public holidays, plus make-up weekend days (làm bù). */
import { resolveCalendar, type CalendarSettings } from "./calendar";
import { addDays, dayOfWeek, formatIsoDate, type CalendarDate } from "./dates";

export type WorkCalendar = Pick<CalendarSettings, "holidays" | "workingWeekends">;

const checkers = new WeakMap<object, (d: CalendarDate) => boolean>();

function workingDayTest(calendar?: Partial<WorkCalendar>): (d: CalendarDate) => boolean {
  const cal = resolveCalendar(calendar);
  let test = checkers.get(cal);
  if (!test) {
    const holidays = new Set(cal.holidays);
    const weekendsWorked = new Set(cal.workingWeekends);
    test = (date) => {
      const iso = formatIsoDate(date);
      const weekday = dayOfWeek(date);
      return weekday === 0 || weekday === 6 ? weekendsWorked.has(iso) : !holidays.has(iso);
    };
    checkers.set(cal, test);
  }
  return test;
}

export function isWorkingDay(date: CalendarDate, calendar?: Partial<WorkCalendar>): boolean {
  return workingDayTest(calendar)(date);
}

/** The first working day on or after the date. */
export function workingDayOnOrAfter(date: CalendarDate, calendar?: Partial<WorkCalendar>): CalendarDate {
  const working = workingDayTest(calendar);
  let d = date;
  // A holiday run never lasts a year; the bound only guards against a calendar that marks every day off.
  for (let i = 0; i < 366 && !working(d); i++) d = addDays(d, 1);
  return d;
}

/**
 * The n-th working day after the date (the date itself not counted).
 * n = 0 gives the date itself if it is a working day, else the next one.
 */
export function addWorkingDays(date: CalendarDate, n: number, calendar?: Partial<WorkCalendar>): CalendarDate {
  if (n <= 0) return workingDayOnOrAfter(date, calendar);
  const working = workingDayTest(calendar);
  let d = date;
  for (let counted = 0; counted < n; ) {
    d = addDays(d, 1);
    if (working(d)) counted++;
  }
  return d;
}
