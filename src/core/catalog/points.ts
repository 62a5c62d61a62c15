/**
 * A rate that falls or rises by a figure is measured in percentage points: "Tỷ lệ hộ nghèo giảm
 * 0,5 - 0,7" is "điểm %", as Vietnamese plans write it, while "giảm 10%" of an amount ("số vụ tai
 * nạn giao thông") is a share of that amount, "%". One rule for document extraction and table import.
 */
import type { TargetKind } from "./schema";
import { fold } from "../text/normalize";

export const PERCENTAGE_POINTS = "điểm %";

/** A name whose subject is itself a percentage: "Tỷ lệ …", "Tỷ trọng …", "Tỷ suất …". */
const RATE_NAME = /^(?:(?:muc )?(?:giam|tang) )?ty (?:le|trong|suat)\b/;

/**
 * The unit of a target whose name states a rate and whose figure is the change of that rate itself
 * (kind "change", written in %): "điểm %". Anything else keeps its unit. The caller only asks where
 * the rate is named before the change ("Tỷ lệ X giảm 1%"), not "giảm 1% tỷ lệ X".
 */
export function unitOfChange(name: string, unit: string, kind: TargetKind): string {
  return kind === "change" && unit.trim() === "%" && isRateName(fold(name)) ? PERCENTAGE_POINTS : unit;
}

/** Whether a folded name's subject is itself a percentage ("ty le …", "giam ty trong …"). */
export function isRateName(foldedName: string): boolean {
  return RATE_NAME.test(foldedName);
}
