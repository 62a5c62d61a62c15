/** Display precision: statuses are judged on the numbers as shown, so a cell reading 95,0% never fails 95%. */
import type { Target } from "../catalog/schema";
import { decimalsOf } from "../numbers/format";
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

/** Decimals values of this target are shown with (and compared at). */
export function displayDecimals(target: Pick<Target, "value" | "min" | "max" | "baseline">, settings: EvaluationSettings, override?: number): number {
  if (override !== undefined) return override;
  if (settings.valueDecimals !== "auto") return settings.valueDecimals;
  const own = Math.max(decimalsOf(target.value), decimalsOf(target.min), decimalsOf(target.max), decimalsOf(target.baseline?.value));
  return Math.min(settings.maxValueDecimals, Math.max(settings.minValueDecimals, own));
}

/** "14,5%" or "15.295 tỷ đồng". */
export function withUnit(text: string, unit: string): string {
  return unit.trim() === "%" ? `${text}%` : `${text} ${unit}`;
}
