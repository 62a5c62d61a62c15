/**
 * Calendar settings: data cut-offs (Decree 09/2019/NĐ-CP, Art. 12) and working days.
 * Everything here is data a province may change; nothing is hard-wired in the functions.
 */
import { z } from "zod";
import { ANNOUNCEMENTS } from "./holidays";

export interface MonthDay {
  month: number;
  day: number;
}

export interface CalendarSettings {
  /**
   * Ngày chốt số liệu. Decree 09: a window starts on the 15th of the month before the period
   * and ends on the 14th of its last month. 1 means plain calendar months.
   */
  cutoffDay: number;
  /** Nine months are not in Decree 09: each province sets the end (default 14/9; the start is the year's, 15/12). */
  nineMonthsEnd: MonthDay;
  /** The Labour Code's holidays, computed for every year (holidays.ts); false leaves only `holidays`. */
  statutoryHolidays: boolean;
  /** Extra weekdays off, ISO dates: announced swaps (nghỉ hoán đổi), a province's own days. */
  holidays: readonly string[];
  /** Days worked although the rule gives them off, ISO dates: make-up Saturdays (làm bù), moved substitute days. */
  workingDays: readonly string[];
  /** Years whose announced swaps are all in `holidays`/`workingDays`; other years carry a note. */
  announcedYears: readonly number[];
}

export const DEFAULT_CALENDAR: CalendarSettings = Object.freeze({
  cutoffDay: 15,
  nineMonthsEnd: Object.freeze({ month: 9, day: 14 }),
  statutoryHolidays: true,
  holidays: Object.freeze(ANNOUNCEMENTS.flatMap((a) => a.daysOff)),
  workingDays: Object.freeze(ANNOUNCEMENTS.flatMap((a) => a.workingDays)),
  announcedYears: Object.freeze(ANNOUNCEMENTS.filter((a) => a.complete).map((a) => a.year)),
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "dạng YYYY-MM-DD");

export const CalendarSettingsSchema = z
  .object({
    cutoffDay: z.number().int().min(1).max(28),
    nineMonthsEnd: z.object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) }).strict(),
    statutoryHolidays: z.boolean(),
    holidays: z.array(isoDate),
    workingDays: z.array(isoDate),
    announcedYears: z.array(z.number().int()),
  })
  .strict();

/** Defaults overlaid with what the caller gives; invalid values throw (settings are configuration, checked once). */
export function resolveCalendar(partial?: Partial<CalendarSettings>): CalendarSettings {
  if (!partial || partial === DEFAULT_CALENDAR) return DEFAULT_CALENDAR;
  const cached = resolved.get(partial);
  if (cached) return cached;
  const merged = { ...DEFAULT_CALENDAR, ...partial };
  CalendarSettingsSchema.parse({
    ...merged,
    holidays: [...merged.holidays],
    workingDays: [...merged.workingDays],
    announcedYears: [...merged.announcedYears],
  });
  resolved.set(partial, merged);
  resolved.set(merged, merged);
  return merged;
}

const resolved = new WeakMap<object, CalendarSettings>();
