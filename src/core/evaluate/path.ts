/** Where a target should be at a given time: the path from a baseline, and pro-rating within a year. */
import type { Target } from "../catalog/schema";
import { periodMonths, type Period } from "../periods/codes";
import { fold } from "../text/normalize";
import type { EvaluationSettings } from "./settings";

/** The end of a period on a continuous year scale: end of 2023 = 2023, end of 2024-6M = 2023.5. */
export function periodTime(p: Period): number {
  return p.year - 1 + periodMonths(p).last / 12;
}

const MONEY = /\b(dong|usd|vnd|ty|trieu)\b/
const LINEAR_UNITS = /^(diem(?: %| phan tram)?|tuoi|nam|bac|hang|chi so|he so|lan)$/;

/** "linear" for percentages, per-unit ratios and indices; "compound" for money and counts. */
export function pathShape(target: Pick<Target, "unit">, settings: EvaluationSettings): "linear" | "compound" {
  if (settings.path !== "auto") return settings.path;
  let shape = shapeOfUnit.get(target.unit);
  if (!shape) {
    shape = unitShape(fold(target.unit));
    if (shapeOfUnit.size < 1000) shapeOfUnit.set(target.unit, shape);
  }
  return shape;
}

/** Catalogs use a few dozen units over thousands of targets: each is read once. */
const shapeOfUnit = new Map<string, "linear" | "compound">();

function unitShape(unit: string): "linear" | "compound" {
  if (unit === "%" || unit.startsWith("% ")) return "linear";
  if (MONEY.test(unit)) return "compound";
  if (unit.includes("/") || LINEAR_UNITS.test(unit)) return "linear";
  return "compound";
}

/** The value on the path from `from` to `to` after `fraction` (0–1) of the way. Compound needs both ends positive. */
export function onPath(from: number, to: number, fraction: number, shape: "linear" | "compound"): number {
  const f = Math.min(1, Math.max(0, fraction));
  if (shape === "compound" && from > 0 && to > 0) return from * Math.pow(to / from, f);
  return from + (to - from) * f;
}

/**
 * The share of a year's flow a period should hold (DHIS2: target × periodInYear / yearlyPeriodCount).
 * Year to date: 2024-6M → 6/12, 2024-Q3 → 9/12. Period only: 2024-Q3 → 3/12. A seasonal profile
 * (12 monthly weights) replaces the equal months.
 */
export function shareOfYear(p: Period, settings: EvaluationSettings, profile?: readonly number[]): number {
  const { first, last } = periodMonths(p);
  const from = settings.flowActuals === "year_to_date" ? 1 : first;
  const weights = profile && profile.length === 12 ? profile : Array.from({ length: 12 }, () => 1);
  const total = weights.reduce((a, b) => a + b, 0);
  let part = 0;
  for (let m = from; m <= last; m++) part += weights[m - 1];
  return total > 0 ? part / total : (last - from + 1) / 12;
}
