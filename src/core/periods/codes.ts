/**
 * Reporting period codes and how people read them.
 *   2024       Năm 2024                 Year 2024
 *   2024-Q2    Quý II/2024              Q2 2024
 *   2024-6M    6 tháng đầu năm 2024     First half of 2024
 *   2024-9M    9 tháng đầu năm 2024     First nine months of 2024
 *   2024-M03   Tháng 3/2024             March 2024
 * Six- and nine-month periods are cumulative from January, as Vietnamese reports count them.
 */
import { BilingualError, say, type Bilingual, type Lang } from "../messages";
import { fold } from "../text/normalize";
import { daysInMonth, type CalendarDate } from "./dates";

export const PERIOD_TYPES = ["month", "quarter", "half", "nine_months", "year"] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

export type Period =
  | { type: "year"; year: number }
  | { type: "half"; year: number }
  | { type: "nine_months"; year: number }
  | { type: "quarter"; year: number; quarter: number }
  | { type: "month"; year: number; month: number };

export type PeriodResult = { ok: true; period: Period } | { ok: false; error: Bilingual };

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

/** A year plans, periods and catalogs may name: a whole number from MIN_YEAR to MAX_YEAR. */
export function isPlanYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

const CODE = /^(\d{4})(?:-(?:Q([1-4])|(6M|H1)|(9M)|M(\d{1,2})))?$/;

function invalid(input: string): { ok: false; error: Bilingual } {
  return {
    ok: false,
    error: {
      vi: `"${input}" không phải mã kỳ báo cáo hợp lệ; dùng YYYY, YYYY-Qn, YYYY-6M, YYYY-9M hoặc YYYY-Mmm (ví dụ 2024, 2024-Q2, 2024-6M, 2024-M03)`,
      en: `"${input}" is not a valid period code; use YYYY, YYYY-Qn, YYYY-6M, YYYY-9M or YYYY-Mmm (e.g. 2024, 2024-Q2, 2024-6M, 2024-M03)`,
    },
  };
}

/** Parse a period code. Case and surrounding spaces are ignored; "2024-H1" is read as 2024-6M. */
export function parsePeriod(code: string): PeriodResult {
  const text = String(code).trim().toUpperCase();
  const m = CODE.exec(text);
  if (!m) return invalid(code);
  const year = Number(m[1]);
  if (!isPlanYear(year)) {
    return {
      ok: false,
      error: { vi: `năm ${year} của kỳ "${code}" nằm ngoài ${MIN_YEAR}–${MAX_YEAR}`, en: `year ${year} of period "${code}" is outside ${MIN_YEAR}–${MAX_YEAR}` },
    };
  }
  if (m[2]) return { ok: true, period: { type: "quarter", year, quarter: Number(m[2]) } };
  if (m[3]) return { ok: true, period: { type: "half", year } };
  if (m[4]) return { ok: true, period: { type: "nine_months", year } };
  if (m[5] !== undefined) {
    const month = Number(m[5]);
    if (month < 1 || month > 12) return invalid(code);
    return { ok: true, period: { type: "month", year, month } };
  }
  return { ok: true, period: { type: "year", year } };
}

/** Like parsePeriod, but throws an Error carrying the Vietnamese message (for code that already validated). */
export function periodOrThrow(code: string | Period): Period {
  if (typeof code !== "string") return code;
  const parsed = parsePeriod(code);
  if (!parsed.ok) throw new PeriodError(parsed.error);
  return parsed.period;
}

export class PeriodError extends BilingualError {
  constructor(bilingual: Bilingual) {
    super(bilingual);
    this.name = "PeriodError";
  }
}

/** The canonical code: {quarter, 2024, 2} → "2024-Q2". */
export function periodCode(p: Period): string {
  switch (p.type) {
    case "year":
      return String(p.year);
    case "half":
      return `${p.year}-6M`;
    case "nine_months":
      return `${p.year}-9M`;
    case "quarter":
      return `${p.year}-Q${p.quarter}`;
    case "month":
      return `${p.year}-M${String(p.month).padStart(2, "0")}`;
  }
}

const ROMAN = ["I", "II", "III", "IV"];
const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** How a report names the period: "Quý II/2024", "6 tháng đầu năm 2024" / "Q2 2024", "First half of 2024". */
export function formatPeriod(period: string | Period, lang: Lang = "vi"): string {
  return say(periodWords(periodOrThrow(period)), lang);
}

function periodWords(p: Period): Bilingual {
  switch (p.type) {
    case "year":
      return { vi: `Năm ${p.year}`, en: `Year ${p.year}` };
    case "half":
      return { vi: `6 tháng đầu năm ${p.year}`, en: `First half of ${p.year}` };
    case "nine_months":
      return { vi: `9 tháng đầu năm ${p.year}`, en: `First nine months of ${p.year}` };
    case "quarter":
      return { vi: `Quý ${ROMAN[p.quarter - 1]}/${p.year}`, en: `Q${p.quarter} ${p.year}` };
    case "month":
      return { vi: `Tháng ${p.month}/${p.year}`, en: `${MONTHS_EN[p.month - 1]} ${p.year}` };
  }
}

/**
 * Read a period as people write it, in either language, diacritics optional:
 * "Quý II/2024", "quy 2 nam 2024", "6 tháng đầu năm 2024", "Tháng 03/2024", "Q2 2024",
 * "First half of 2024", "March 2024", or a code. Inverse of formatPeriod.
 */
export function parsePeriodLabel(text: string): PeriodResult {
  const direct = parsePeriod(text);
  if (direct.ok) return direct;
  const t = fold(text).replace(/\s*\/\s*/g, "/");
  const yearOf = (s: string) => Number(s);
  const romanOrDigit = (s: string) => {
    const i = ROMAN.indexOf(s.toUpperCase());
    return i >= 0 ? i + 1 : Number(s);
  };
  let m: RegExpExecArray | null;
  if ((m = /^quy (i{1,3}|iv|[1-4])(?:\/| nam )(\d{4})$/.exec(t))) return parsePeriod(`${m[2]}-Q${romanOrDigit(m[1])}`);
  if ((m = /^q([1-4]) (\d{4})$/.exec(t))) return parsePeriod(`${m[2]}-Q${m[1]}`);
  if ((m = /^(6|9) thang(?: dau)?(?: nam)? (\d{4})$/.exec(t))) return parsePeriod(`${m[2]}-${m[1]}M`);
  if ((m = /^thang (\d{1,2})(?:\/| nam )(\d{4})$/.exec(t))) return parsePeriod(`${m[2]}-M${m[1].padStart(2, "0")}`);
  if ((m = /^(?:nam|year) (\d{4})$/.exec(t))) return parsePeriod(String(yearOf(m[1])));
  if ((m = /^(?:first half of|h1) (\d{4})$/.exec(t))) return parsePeriod(`${m[1]}-6M`);
  if ((m = /^first nine months of (\d{4})$/.exec(t))) return parsePeriod(`${m[1]}-9M`);
  if ((m = /^([a-z]+) (\d{4})$/.exec(t))) {
    const month = MONTHS_EN.findIndex((name) => name.toLowerCase() === m![1]);
    if (month >= 0) return parsePeriod(`${m[2]}-M${String(month + 1).padStart(2, "0")}`);
  }
  return invalid(text);
}

/** First and last calendar month the period covers (half = January–June). */
export function periodMonths(p: Period): { first: number; last: number } {
  switch (p.type) {
    case "year":
      return { first: 1, last: 12 };
    case "half":
      return { first: 1, last: 6 };
    case "nine_months":
      return { first: 1, last: 9 };
    case "quarter":
      return { first: p.quarter * 3 - 2, last: p.quarter * 3 };
    case "month":
      return { first: p.month, last: p.month };
  }
}

/** The period's last calendar day: 2024-6M → 30/6/2024. (Data cut-offs are another matter: see cutoffs.ts.) */
export function periodEndDate(p: Period): CalendarDate {
  const { last } = periodMonths(p);
  return { year: p.year, month: last, day: daysInMonth(p.year, last) };
}

/** True when the period runs to the end of its year (a full-year figure). */
export function coversWholeYear(p: Period): boolean {
  return p.type === "year";
}

export function samePeriod(a: Period, b: Period): boolean {
  return periodCode(a) === periodCode(b);
}
