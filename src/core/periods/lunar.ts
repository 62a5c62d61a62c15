/**
 * The Vietnamese lunar calendar (âm lịch), computed for any year: Hồ Ngọc Đức's published
 * algorithm (new moons and solar terms after Meeus' "Astronomical Algorithms") at UTC+7,
 * the time zone Vietnam's calendar has used since 1968 (so Tết can differ from China's, as in 2007).
 */
import type { CalendarDate } from "./dates";

const VIETNAM_TIME_ZONE = 7;
const DEGREE = Math.PI / 180;
const SYNODIC_MONTH = 29.530588853;
const NEW_MOON_EPOCH = 2415021.076998695;

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  /** The month is the year's leap month (tháng nhuận). */
  leap: boolean;
}

/** Julian day number of a Gregorian date (Julian calendar before 15/10/1582). */
function julianDay(day: number, month: number, year: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  const gregorian = day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
  return gregorian < 2299161 ? day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32083 : gregorian;
}

function fromJulianDay(jd: number): CalendarDate {
  let b = 0;
  let c = jd + 32082;
  if (jd > 2299160) {
    const a = jd + 32044;
    b = Math.floor((4 * a + 3) / 146097);
    c = a - Math.floor((b * 146097) / 4);
  }
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: b * 100 + d - 4800 + Math.floor(m / 10),
  };
}

/** Julian day (with fraction, UT) of the k-th new moon after 1/1/1900. */
function newMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEGREE);
  const sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
  const moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
  const latitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
  const sin = (degrees: number) => Math.sin(degrees * DEGREE);
  const correction =
    (0.1734 - 0.000393 * t) * sin(sunAnomaly) +
    0.0021 * sin(2 * sunAnomaly) -
    0.4068 * sin(moonAnomaly) +
    0.0161 * sin(2 * moonAnomaly) -
    0.0004 * sin(3 * moonAnomaly) +
    0.0104 * sin(2 * latitude) -
    0.0051 * sin(sunAnomaly + moonAnomaly) -
    0.0074 * sin(sunAnomaly - moonAnomaly) +
    0.0004 * sin(2 * latitude + sunAnomaly) -
    0.0004 * sin(2 * latitude - sunAnomaly) -
    0.0006 * sin(2 * latitude + moonAnomaly) +
    0.001 * sin(2 * latitude - moonAnomaly) +
    0.0005 * sin(2 * moonAnomaly + sunAnomaly);
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd + correction - deltaT;
}

/** The sun's ecliptic longitude (radians, 0..2π) at a Julian day. */
function sunLongitude(jd: number): number {
  const t = (jd - 2451545.0) / 36525;
  const t2 = t * t;
  const anomaly = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const mean = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const centre =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(DEGREE * anomaly) +
    (0.019993 - 0.000101 * t) * Math.sin(DEGREE * 2 * anomaly) +
    0.00029 * Math.sin(DEGREE * 3 * anomaly);
  const longitude = (mean + centre) * DEGREE;
  return longitude - 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
}

/** Which of the 12 thirty-degree solar segments the sun is in at the start of a local day. */
function solarSegment(dayNumber: number): number {
  return Math.floor((sunLongitude(dayNumber - 0.5 - VIETNAM_TIME_ZONE / 24) / Math.PI) * 6);
}

/** Julian day number of the local day holding the k-th new moon. */
function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + VIETNAM_TIME_ZONE / 24);
}

/** First day of the 11th lunar month (the one holding the winter solstice) before the end of a year. */
function month11Start(year: number): number {
  const k = Math.floor((julianDay(31, 12, year) - 2415021) / SYNODIC_MONTH);
  const start = newMoonDay(k);
  return solarSegment(start) >= 9 ? newMoonDay(k - 1) : start;
}

/** Position of the leap month after month 11 in a 13-month lunar year: the first month without a major solar term. */
function leapMonthOffset(month11: number): number {
  const k = Math.floor((month11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let segment = solarSegment(newMoonDay(k + i));
  let last: number;
  do {
    last = segment;
    i++;
    segment = solarSegment(newMoonDay(k + i));
  } while (segment !== last && i < 14);
  return i - 1;
}

/** The lunar date of a (Gregorian) date. */
export function solarToLunar(date: CalendarDate): LunarDate {
  const dayNumber = julianDay(date.day, date.month, date.year);
  const k = Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let monthStart = newMoonDay(k + 1);
  if (monthStart > dayNumber) monthStart = newMoonDay(k);
  let a11 = month11Start(date.year);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = date.year;
    a11 = month11Start(date.year - 1);
  } else {
    year = date.year + 1;
    b11 = month11Start(date.year + 1);
  }
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      month = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { day: dayNumber - monthStart + 1, month, year, leap };
}

/** The Gregorian date of a lunar date; null for a leap month the year does not have. */
export function lunarToSolar(lunar: { day: number; month: number; year: number; leap?: boolean }): CalendarDate | null {
  const [a11, b11] =
    lunar.month < 11
      ? [month11Start(lunar.year - 1), month11Start(lunar.year)]
      : [month11Start(lunar.year), month11Start(lunar.year + 1)];
  let offset = lunar.month - 11;
  if (offset < 0) offset += 12;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11);
    let leapMonth = leapOffset - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (lunar.leap && lunar.month !== leapMonth) return null;
    if (lunar.leap || offset >= leapOffset) offset += 1;
  } else if (lunar.leap) {
    return null;
  }
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  return fromJulianDay(newMoonDay(k + offset) + lunar.day - 1);
}

/** Mùng 1 Tết: the first day of the lunar year that starts in a Gregorian year. */
export function lunarNewYear(year: number): CalendarDate {
  return lunarToSolar({ day: 1, month: 1, year })!;
}
