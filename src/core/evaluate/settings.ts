/**
 * Every threshold and tolerance of the evaluation engine, in one object.
 * Documented for users in docs/evaluation.md; change them there and here together.
 */
import { z } from "zod";

export interface EvaluationSettings {
  /**
   * Progress ratio at or above which a target is "Đúng tiến độ" (on track).
   * sdg-build's "substantial progress" threshold. Default 0.95.
   */
  onTrackRatio: number;
  /**
   * Progress ratio at or above which a target is "Có nguy cơ" (at risk); below it, "Chậm tiến độ".
   * sdg-build's "moderate progress" threshold. Default 0.6.
   */
  atRiskRatio: number;
  /**
   * Tolerance of "~" (khoảng), as a fraction of the target figure: a result this close on the
   * worse side still reaches "khoảng X". Default 0.02: "khoảng 14,5%" is reached from 14,21%.
   */
  approxTolerance: number;
  /**
   * Decimals values are rounded to before any comparison (the display precision).
   * "auto": as many as the target's own figures have, within minValueDecimals…maxValueDecimals.
   */
  valueDecimals: "auto" | number;
  /** Fewest decimals for "auto" (default 1: 94,96% shows as 95,0% and reaches 95%). */
  minValueDecimals: number;
  /** Most decimals for "auto" (default 3). */
  maxValueDecimals: number;
  /** Decimals of percentOfPlan and of progress ratios in %, before thresholds apply (default 1: 85,1%). */
  percentDecimals: number;
  /**
   * What a flow actual for a part of the year holds: "year_to_date" (lũy kế từ đầu năm, default;
   * pro-rated as DHIS2 does: target × months elapsed / 12) or "period_only" (that period alone).
   */
  flowActuals: "year_to_date" | "period_only";
  /** Seasonal profiles for flows, by target id: 12 monthly weights (any scale). Without one, months weigh the same. */
  seasonalProfiles: Readonly<Record<string, readonly number[]>>;
  /**
   * Path from baseline to a multi-year target. "auto": linear for percentages, shares, per-capita
   * ratios and indices; compound for money and counts (and whenever the unit is not recognised).
   */
  path: "auto" | "linear" | "compound";
}

export const DEFAULT_SETTINGS: EvaluationSettings = Object.freeze({
  onTrackRatio: 0.95,
  atRiskRatio: 0.6,
  approxTolerance: 0.02,
  valueDecimals: "auto",
  minValueDecimals: 1,
  maxValueDecimals: 3,
  percentDecimals: 1,
  flowActuals: "year_to_date",
  seasonalProfiles: Object.freeze({}),
  path: "auto",
});

export const EvaluationSettingsSchema = z
  .object({
    onTrackRatio: z.number().min(0).max(2),
    atRiskRatio: z.number().min(0).max(2),
    approxTolerance: z.number().min(0).max(0.5),
    valueDecimals: z.union([z.literal("auto"), z.number().int().min(0).max(6)]),
    minValueDecimals: z.number().int().min(0).max(6),
    maxValueDecimals: z.number().int().min(0).max(6),
    percentDecimals: z.number().int().min(0).max(4),
    flowActuals: z.enum(["year_to_date", "period_only"]),
    seasonalProfiles: z.record(z.string(), z.array(z.number().min(0)).length(12).refine((w) => w.some((x) => x > 0), "cần ít nhất một trọng số dương")),
    path: z.enum(["auto", "linear", "compound"]),
  })
  .strict()
  .refine((s) => s.atRiskRatio <= s.onTrackRatio, { message: "atRiskRatio phải nhỏ hơn hoặc bằng onTrackRatio", path: ["atRiskRatio"] })
  .refine((s) => s.minValueDecimals <= s.maxValueDecimals, { message: "minValueDecimals lớn hơn maxValueDecimals", path: ["minValueDecimals"] });

const resolved = new WeakMap<object, EvaluationSettings>();

/** The defaults overlaid with the caller's settings; throws a zod error naming the bad field. */
export function resolveSettings(partial?: Partial<EvaluationSettings>): EvaluationSettings {
  if (!partial || partial === DEFAULT_SETTINGS) return DEFAULT_SETTINGS;
  const cached = resolved.get(partial);
  if (cached) return cached;
  const merged = { ...DEFAULT_SETTINGS, ...partial };
  EvaluationSettingsSchema.parse(JSON.parse(JSON.stringify(merged)));
  resolved.set(partial, merged);
  return merged;
}
