/** Numbers as people read them: vi-VN ("15.295", "14,5") or English ("15,295", "14.5"), and how many decimals a figure has. */
import type { Lang } from "../messages";
import { formatViNumber, type FormatOptions } from "./vi";

/**
 * A number in the reader's language. Both languages share one rounding (formatViNumber), so
 * a figure never shows other digits after the language switch; English only swaps the marks.
 */
export function formatNumber(value: number, lang: Lang, options: FormatOptions = { maxDecimals: 3 }): string {
  const vi = formatViNumber(value, options);
  if (lang === "vi") return vi;
  return vi.replace(/[.,]/g, (c) => (c === "." ? "," : "."));
}

/** "15–16" / "135–140"; a range of one value is that value. */
export function formatRange(min: number, max: number, lang: Lang, options: FormatOptions = { maxDecimals: 3 }): string {
  return min === max ? formatNumber(min, lang, options) : `${formatNumber(min, lang, options)}–${formatNumber(max, lang, options)}`;
}

/** A byte count in megabytes with one decimal: "2,5 MB" / "2.5 MB". */
export function formatMegabytes(bytes: number, lang: Lang): string {
  return `${formatNumber(bytes / 1024 / 1024, lang, { maxDecimals: 1 })} MB`;
}

/** Decimals a figure is written with: 14.5 → 1, 0.125 → 3, 1.5e-7 → 8, 15295 → 0 (none for undefined or non-finite). */
export function decimalsOf(value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value) || Number.isInteger(value)) return 0;
  // Read from the shortest text that gives the number back ("0.125", "1.5e-7"), without splitting it (asked per cell).
  const text = String(value);
  const e = text.indexOf("e");
  const mantissaEnd = e < 0 ? text.length : e;
  const dot = text.indexOf(".");
  const fraction = dot < 0 || dot > mantissaEnd ? 0 : mantissaEnd - dot - 1;
  return Math.max(0, fraction - (e < 0 ? 0 : Number(text.slice(e + 1))));
}

/** Decimals an Excel number format shows: "#,##0.00" → 2, "0.0%" → 1, "#,##0" → 0 (excelNumberFormat's inverse). */
export function formatDecimals(format: string): number {
  const m = /\.(0+)/.exec(format);
  return m ? m[1].length : 0;
}
