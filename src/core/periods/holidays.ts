/**
 * Public holidays of any year, computed from the law (Bộ luật Lao động 2019, Điều 112) and the
 * lunar calendar; only each year's announced swaps (hoán đổi) and make-up days (làm bù) are data.
 */
import type { Bilingual } from "../messages";
import { addDays, dayOfWeek, formatIsoDate, formatViDate, type CalendarDate } from "./dates";
import { lunarNewYear, lunarToSolar } from "./lunar";
import announcements from "./holiday-announcements.json";

export interface Holiday {
  /** ISO date. */
  date: string;
  name: Bilingual;
  /** A day off in lieu of a holiday that fell on a weekend (nghỉ bù, Điều 112 khoản 3). */
  substitute?: true;
}

const NAMES = {
  newYear: { vi: "Tết Dương lịch", en: "New Year's Day" },
  tet: { vi: "Tết Nguyên đán", en: "Lunar New Year (Tết)" },
  hungKings: { vi: "Giỗ Tổ Hùng Vương (10/3 âm lịch)", en: "Hung Kings' Commemoration Day (10th of the 3rd lunar month)" },
  victory: { vi: "Ngày Chiến thắng", en: "Reunification Day" },
  labour: { vi: "Ngày Quốc tế Lao động", en: "International Labour Day" },
  national: { vi: "Quốc khánh", en: "National Day" },
} satisfies Record<string, Bilingual>;

const isWeekend = (d: CalendarDate) => dayOfWeek(d) === 0 || dayOfWeek(d) === 6;

/**
 * The day next to 2/9 (the law leaves "trước hoặc sau" to the yearly decision; this is the usual
 * choice, joining the weekend: 2021 Thu→3/9, 2022 Fri→1/9, 2023 Sat→1/9, 2024 Mon→3/9, 2025 Tue→1/9).
 */
function nationalDayNeighbour(year: number): CalendarDate {
  const weekday = dayOfWeek({ year, month: 9, day: 2 });
  return { year, month: 9, day: weekday === 1 || weekday === 4 || weekday === 0 ? 3 : 1 };
}

/** The holidays the law gives in a year, before substitutes: Tết is the lunar year's last day and the first four. */
function lawDays(year: number): { date: CalendarDate; name: Bilingual }[] {
  const tet = lunarNewYear(year);
  const days = [
    { date: { year, month: 1, day: 1 }, name: NAMES.newYear },
    ...[-1, 0, 1, 2, 3].map((offset) => ({ date: addDays(tet, offset), name: NAMES.tet })),
    { date: lunarToSolar({ day: 10, month: 3, year })!, name: NAMES.hungKings },
    { date: { year, month: 4, day: 30 }, name: NAMES.victory },
    { date: { year, month: 5, day: 1 }, name: NAMES.labour },
    { date: { year, month: 9, day: 2 }, name: NAMES.national },
    { date: nationalDayNeighbour(year), name: NAMES.national },
  ];
  return days.sort((a, b) => a.date.month - b.date.month || a.date.day - b.date.day);
}

const byYear = new Map<number, readonly Holiday[]>();

/**
 * Every holiday of a year, weekend ones included, with the substitute days: a holiday on a
 * Saturday or Sunday (the civil service's weekly rest) moves to the next working day.
 */
export function statutoryHolidays(year: number): readonly Holiday[] {
  const cached = byYear.get(year);
  if (cached) return cached;
  const days = lawDays(year);
  const taken = new Set(days.map((h) => formatIsoDate(h.date)));
  const result: Holiday[] = [];
  for (const holiday of days) {
    result.push({ date: formatIsoDate(holiday.date), name: holiday.name });
    if (!isWeekend(holiday.date)) continue;
    let substitute = addDays(holiday.date, 1);
    while (isWeekend(substitute) || taken.has(formatIsoDate(substitute))) substitute = addDays(substitute, 1);
    const iso = formatIsoDate(substitute);
    taken.add(iso);
    result.push({
      date: iso,
      name: { vi: `Nghỉ bù ${holiday.name.vi} ${formatViDate(holiday.date, false)}`, en: `Day off in lieu of ${holiday.name.en}` },
      substitute: true,
    });
  }
  const frozen = Object.freeze(result.sort((a, b) => a.date.localeCompare(b.date)));
  byYear.set(year, frozen);
  return frozen;
}

/** ISO dates of the weekdays the law gives off in a year (holidays and substitutes). */
export function statutoryDaysOff(year: number): ReadonlySet<string> {
  return new Set(statutoryHolidays(year).filter((h) => !isWeekend(parseIso(h.date))).map((h) => h.date));
}

function parseIso(iso: string): CalendarDate {
  const [year, month, day] = iso.split("-").map(Number);
  return { year, month, day };
}

/** One year's announcement (thông báo nghỉ lễ, Tết của Bộ Nội vụ / Bộ LĐ-TB&XH), as recorded in the data file. */
export interface HolidayAnnouncement {
  year: number;
  /** Every adjustment of the year is recorded; false when some of it is still unknown. */
  complete: boolean;
  /** Extra weekdays off (swapped days, a Tết block moved earlier). */
  daysOff: readonly string[];
  /** Days worked although the law's rule gives them off: make-up Saturdays, substitute days moved. */
  workingDays: readonly string[];
}

export const ANNOUNCEMENTS: readonly HolidayAnnouncement[] = Object.freeze(
  announcements.years.map((y) => ({
    year: y.year,
    complete: y.complete,
    daysOff: y.daysOff.map((d) => d.date),
    workingDays: y.workingDays.map((d) => d.date),
  })),
);

/** A note for a year whose announced swaps are not (fully) recorded; null when they are. */
export function unannouncedNote(years: readonly number[]): Bilingual | null {
  if (years.length === 0) return null;
  const list = years.join(", ");
  return {
    vi: `Lịch nghỉ năm ${list} chưa có thông báo hoán đổi ngày làm việc trong dữ liệu: ngày nghỉ tính theo Bộ luật Lao động, có thể lệch nếu có ngày hoán đổi`,
    en: `No announced working-day swaps recorded for ${list}: days off follow the Labour Code and may shift if days are swapped`,
  };
}
