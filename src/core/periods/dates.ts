/**
 * Calendar dates as plain {year, month, day}: no time of day, no time zone.
 * Arithmetic goes through a day number (days since 1970-01-01, computed with Date.UTC),
 * so the machine's time zone can never shift a date.
 */

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

const MS_PER_DAY = 86_400_000;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return new Date(Date.UTC(year, month, 0)).getUTCDate();
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1];
}

export function isValidDate(d: CalendarDate): boolean {
  return (
    Number.isInteger(d.year) &&
    Number.isInteger(d.month) &&
    Number.isInteger(d.day) &&
    d.month >= 1 &&
    d.month <= 12 &&
    d.day >= 1 &&
    d.day <= daysInMonth(d.year, d.month)
  );
}

export function toDayNumber(d: CalendarDate): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY);
}

export function fromDayNumber(n: number): CalendarDate {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(d) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(d: CalendarDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

/** A UTC Date (e.g. from a caller's "today") as a calendar date: its UTC year, month and day. */
export function fromUtcDate(date: Date): CalendarDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function toUtcDate(d: CalendarDate): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

/** "2024-06-14" → {2024, 6, 14}; null when not a real date. */
export function parseIsoDate(text: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDate(d) ? d : null;
}

const pad = (n: number) => String(n).padStart(2, "0");

export function formatIsoDate(d: CalendarDate): string {
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** Vietnamese short date: "14/6/2024" (or "14/6" without the year). */
export function formatViDate(d: CalendarDate, withYear = true): string {
  return withYear ? `${d.day}/${d.month}/${d.year}` : `${d.day}/${d.month}`;
}

/** Excel's day 0 (serial 0 is 1899-12-30, so 1 is 31/12/1899 and 60 the 1900 leap day Excel invents) as a day number. */
const EXCEL_EPOCH = toDayNumber({ year: 1899, month: 12, day: 30 });

/** Excel date serial → calendar date (the time of day is dropped). */
export function fromExcelSerial(serial: number): CalendarDate {
  return fromDayNumber(EXCEL_EPOCH + Math.floor(serial));
}

export function toExcelSerial(d: CalendarDate): number {
  return toDayNumber(d) - EXCEL_EPOCH;
}

/** Whole days between two ISO dates ("2024-06-14"); null when either is not a real date. */
export function isoDaysBetween(from: string, to: string): number | null {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  return a && b ? daysBetween(a, b) : null;
}

/** The date as a caller may give it: calendar date, UTC Date or ISO text. */
export type DateLike = CalendarDate | Date | string;

export function toCalendarDate(value: DateLike): CalendarDate | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : fromUtcDate(value);
  if (typeof value === "string") return parseIsoDate(value);
  return isValidDate(value) ? value : null;
}
