/** Display precision: statuses are judged on the numbers as shown, so a cell reading 95,0% never fails 95%. */
import type { Target } from "../catalog/schema";
import { decimalsOf } from "../numbers/format";
import type { EvaluationSettings } from "./settings";

/**
 * Round half away from zero as spreadsheets do: the scaled value is first read to 15 significant
 * digits (binary floating point blurs exact halves: 1.005 × 100 = 100.49999…), so Excel's and
 * LibreOffice's ROUND give the same result as this on the annex's formulas.
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const scale = 10 ** decimals;
  const scaled = Number((Math.abs(value) * scale).toPrecision(15));
  const rounded = Math.round(scaled) / scale;
  const result = value < 0 ? -rounded : rounded;
  return result === 0 ? 0 : result;
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
