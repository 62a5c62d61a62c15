/**
 * Calendar settings: data cut-offs (Decree 09/2019/NĐ-CP, Art. 12) and working days.
 * Everything here is data a province may change; nothing is hard-wired in the functions.
 */
import { z } from "zod";
import holidaysVn from "./holidays-vn.json";

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
  /** Public holidays falling on weekdays, ISO dates (ngày nghỉ lễ, Tết). */
  holidays: readonly string[];
  /** Saturdays or Sundays that are working days (ngày làm bù). */
  workingWeekends: readonly string[];
}

export const DEFAULT_CALENDAR: CalendarSettings = Object.freeze({
  cutoffDay: 15,
  nineMonthsEnd: Object.freeze({ month: 9, day: 14 }),
  holidays: Object.freeze(holidaysVn.holidays.map((h) => h.date)),
  workingWeekends: Object.freeze(holidaysVn.workingWeekends.map((h) => h.date)),
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "dạng YYYY-MM-DD");

export const CalendarSettingsSchema = z
  .object({
    cutoffDay: z.number().int().min(1).max(28),
    nineMonthsEnd: z.object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) }).strict(),
    holidays: z.array(isoDate),
    workingWeekends: z.array(isoDate),
  })
  .strict();

/** Defaults overlaid with what the caller gives; invalid values throw (settings are configuration, checked once). */
export function resolveCalendar(partial?: Partial<CalendarSettings>): CalendarSettings {
  if (!partial || partial === DEFAULT_CALENDAR) return DEFAULT_CALENDAR;
  const cached = resolved.get(partial);
  if (cached) return cached;
  const merged = { ...DEFAULT_CALENDAR, ...partial };
  CalendarSettingsSchema.parse({ ...merged, holidays: [...merged.holidays], workingWeekends: [...merged.workingWeekends] });
  resolved.set(partial, merged);
  resolved.set(merged, merged);
  return merged;
}

const resolved = new WeakMap<object, CalendarSettings>();
