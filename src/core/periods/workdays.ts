/** Working days: Monday–Friday, minus public holidays (computed for any year) and announced days off, plus make-up days (làm bù). */
import type { Bilingual } from "../messages";
import { resolveCalendar, type CalendarSettings } from "./calendar";
import { addDays, dayOfWeek, formatIsoDate, type CalendarDate } from "./dates";
import { statutoryDaysOff, unannouncedNote } from "./holidays";

export type WorkCalendar = Pick<CalendarSettings, "statutoryHolidays" | "holidays" | "workingDays" | "announcedYears">;

const checkers = new WeakMap<object, (d: CalendarDate) => boolean>();

function workingDayTest(calendar?: Partial<WorkCalendar>): (d: CalendarDate) => boolean {
  const cal = resolveCalendar(calendar);
  let test = checkers.get(cal);
  if (!test) {
    const holidays = new Set(cal.holidays);
    const worked = new Set(cal.workingDays);
    const lawByYear = new Map<number, ReadonlySet<string>>();
    const lawDaysOff = (year: number) => {
      let days = lawByYear.get(year);
      if (!days) lawByYear.set(year, (days = statutoryDaysOff(year)));
      return days;
    };
    test = (date) => {
      const iso = formatIsoDate(date);
      if (worked.has(iso)) return true;
      const weekday = dayOfWeek(date);
      if (weekday === 0 || weekday === 6 || holidays.has(iso)) return false;
      return !(cal.statutoryHolidays && lawDaysOff(date.year).has(iso));
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

/**
 * The note to show with a date counted in working days between two dates when a year on the way
 * has no recorded announcement (its swaps may move the result); null when every year is known.
 */
export function calendarNoteBetween(from: CalendarDate, to: CalendarDate, calendar?: Partial<WorkCalendar>): Bilingual | null {
  const cal = resolveCalendar(calendar);
  if (!cal.statutoryHolidays) return null;
  const years: number[] = [];
  for (let year = Math.min(from.year, to.year); year <= Math.max(from.year, to.year); year++) {
    if (!cal.announcedYears.includes(year)) years.push(year);
  }
  return unannouncedNote(years);
}
