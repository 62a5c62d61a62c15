/** How each evaluation status reads in a cell and in the pane, and how the sheet colours it. */
import { STATUS_LABELS } from "../core/evaluate/labels";
import { TONE_COLORS } from "../core/annex/labels";

export { STATUS_LABELS };

export interface StatusRule {
  /** Text the status cell contains (Excel's "text contains" rule, case-insensitive). */
  text: string;
  fill: string;
  font: string;
}

const tone = (text: string, colors: { fill: string; font: string }): StatusRule => ({ text, fill: `#${colors.fill}`, font: `#${colors.font}` });

/** Red, amber, green: the same colours the annex writers use. */
export const STATUS_RULES: readonly StatusRule[] = [
  tone(STATUS_LABELS.off_track.vi, TONE_COLORS.bad),
  tone(STATUS_LABELS.at_risk.vi, TONE_COLORS.warn),
  tone(STATUS_LABELS.achieved.vi, TONE_COLORS.good),
  tone(STATUS_LABELS.on_track.vi, TONE_COLORS.good),
];

/** The rule a status text matches, the way Excel matches it (case-insensitive "contains"). */
export function ruleFor(text: string): StatusRule | undefined {
  const lower = text.toLocaleLowerCase("vi");
  return STATUS_RULES.find((r) => lower.includes(r.text.toLocaleLowerCase("vi")));
}
