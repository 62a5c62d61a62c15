/**
 * The contract of the evaluation engine. The task pane, the KH.* functions, the annex
 * builder and the CLI all call `evaluateTarget` (src/core/evaluate/index.ts).
 */
import type { Target } from "../catalog/schema";
import type { EvaluationSettings } from "./settings";

export const STATUSES = ["achieved", "on_track", "at_risk", "off_track", "no_data"] as const;
export type Status = (typeof STATUSES)[number];

export interface StatusOverride {
  status: Status;
  reason: string;
  by?: string;
  at?: string;
}

export interface EvaluationInput {
  /** Period code: "2024", "2024-Q2", "2024-6M", "2024-9M", "2024-M03". */
  period: string;
  /** The actual value for that period, in the target's unit. Undefined/null = no data. */
  actual?: number | null;
  /**
   * Earlier yearly levels, used by `change` targets (points per year from consecutive
   * levels) and by `rate` targets given as levels. Optional.
   */
  history?: ReadonlyArray<{ year: number; value: number }>;
  override?: StatusOverride;
  /**
   * What `actual` holds for `rate` and `change` targets: "level" (the indicator's level, e.g. the
   * poverty rate 3,2%; the yearly change is computed from history or the baseline) or "per_year"
   * (the yearly rate or change itself, e.g. GRDP growth 10,94%). Default: "per_year" for rate,
   * "level" for change. Ignored by level and flow targets.
   */
  measure?: "level" | "per_year";
  /** Decimals the value is displayed with, when the caller knows (e.g. the cell's number format). */
  decimals?: number;
  /** Monthly weights (12) for a flow target, overriding settings.seasonalProfiles[target.id]. */
  seasonalProfile?: readonly number[];
}

export interface Evaluation {
  id: string;
  period: string;
  value: number | null;
  /** The value expected at this period on the path to the target (null when it cannot be said). */
  expected: number | null;
  /** "đạt X% kế hoạch", as a percentage number (85.1 means 85,1%). */
  percentOfPlan: number | null;
  status: Status;
  /** One line, Vietnamese. */
  reason: string;
  reasonEn: string;
  override?: StatusOverride;
  /** The status the rules gave, kept when an override replaces it. */
  computedStatus?: Status;
  /** Progress ratio the status was read from (1 = exactly as required), when there was one. */
  progress?: number | null;
  /** The target's year has ended at this period: a miss is final ("Không đạt"), not late. */
  final?: boolean;
}

export type EvaluateTarget = (target: Target, input: EvaluationInput, settings?: Partial<EvaluationSettings>) => Evaluation;
