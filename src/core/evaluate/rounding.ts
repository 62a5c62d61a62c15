/** Display precision: statuses are judged on the numbers as shown, so a cell reading 95,0% never fails 95%. */
import type { Target } from "../catalog/schema";
import type { Lang } from "../messages";
import { formatViNumber } from "../numbers/vi";
import type { EvaluationSettings } from "./settings";

/** Round half away from zero, exact on decimal input (1.005 → 1.01). */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const sign = value < 0 ? -1 : 1;
  const scale = 10 ** decimals;
  const scaled = Math.abs(value) * scale;
  const fraction = scaled - Math.floor(scaled);
  // Binary floating point blurs exact halves (1.005 × 100 = 100.49999…): decide those in decimal text.
  const rounded = Math.abs(fraction - 0.5) > 1e-6 ? Math.round(scaled) / scale : shiftDecimal(Math.round(shiftDecimal(Math.abs(value), decimals)), -decimals);
  const result = sign * rounded;
  return result === 0 ? 0 : result;
}

function shiftDecimal(x: number, by: number): number {
  const [mantissa, exponent = "0"] = String(x).split("e");
  return Number(`${mantissa}e${Number(exponent) + by}`);
}

function decimalsOf(value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value)) return 0;
  const text = String(value);
  if (text.includes("e-")) return Number(text.split("e-")[1]);
  return text.includes(".") ? text.split(".")[1].length : 0;
}

/** Decimals values of this target are shown with (and compared at). */
export function displayDecimals(target: Pick<Target, "value" | "min" | "max" | "baseline">, settings: EvaluationSettings, override?: number): number {
  if (override !== undefined) return override;
  if (settings.valueDecimals !== "auto") return settings.valueDecimals;
  const own = Math.max(decimalsOf(target.value), decimalsOf(target.min), decimalsOf(target.max), decimalsOf(target.baseline?.value));
  return Math.min(settings.maxValueDecimals, Math.max(settings.minValueDecimals, own));
}

/** A number for a reason text: vi-VN "14,5" / "15.295", English "14.5" / "15,295". */
export function formatNumber(value: number, lang: Lang, maxDecimals = 3): string {
  const vi = formatViNumber(value, { maxDecimals });
  return lang === "vi" ? vi : vi.replace(/[.,]/g, (c) => (c === "." ? "," : "."));
}

/** "14,5%" or "15.295 tỷ đồng". */
export function withUnit(text: string, unit: string): string {
  return unit.trim() === "%" ? `${text}%` : `${text} ${unit}`;
}
