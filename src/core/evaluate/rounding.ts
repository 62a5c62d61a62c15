/** Display precision: statuses are judged on the numbers as shown, so a cell reading 95,0% never fails 95%. */
import type { Target } from "../catalog/schema";
import { decimalsOf } from "../numbers/format";
import type { EvaluationSettings } from "./settings";

/**
 * Round half away from zero as spreadsheets do: the scaled value is first read to 15 significant
 * digits (binary floating point blurs exact halves: 1.005 × 100 = 100.49999…), so Excel's and
 * LibreOffice's ROUND give the same result as this on the annex's formulas.
 * Computed without making a string: only a scaled value within half a unit of its 15th digit
 * below a half (…,4999999999999x) rounds up for the blur; `spreadsheetRound` finds those exactly.
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const scale = 10 ** decimals;
  const rounded = spreadsheetRound(Math.abs(value) * scale) / scale;
  const result = value < 0 ? -rounded : rounded;
  return result === 0 ? 0 : result;
}

/** Largest scaled value whose halves 15 significant digits still tell apart (f + 0.5 has at most 15 digits below it). */
const EXACT_BELOW = 1e14;

/** Math.round of `scaled` (≥ 0) read to 15 significant digits. */
function spreadsheetRound(scaled: number): number {
  // Beyond 10¹⁴ the 15th digit is above the units: rare (figures in đồng at many decimals); read it as text.
  if (!(scaled < EXACT_BELOW)) return Math.round(Number(scaled.toPrecision(15)));
  const floor = Math.floor(scaled);
  const half = floor + 0.5;
  // Exact: the two are within a factor of two of each other when it matters (Sterbenz).
  const belowHalf = half - scaled;
  if (belowHalf <= 0) return floor + 1;
  return belowHalf <= blurBelowHalf(floor) ? floor + 1 : floor;
}

/**
 * Half a unit of the 15th significant digit of numbers from `floor` to `floor + 1`: 5·10^(e−15),
 * e the decimal exponent. A value that close below a half reads as the half. Comparing with the
 * nearest double is exact: the distance below the half is a multiple of the value's last binary
 * digit, and no such multiple lies between 5·10^(e−15) and its nearest double (it is a fraction
 * with 5^(14−e) below the line in those units, far coarser than the double's own error).
 */
function blurBelowHalf(floor: number): number {
  let exponent = -1; // 0.5 itself
  for (let power = 1; power <= floor; power *= 10) exponent++;
  return BLUR[exponent + 1];
}

/** blurBelowHalf's values for exponents −1 to 13. */
const BLUR: readonly number[] = Array.from({ length: 15 }, (_, i) => Number(`5e${i - 1 - 15}`));

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
