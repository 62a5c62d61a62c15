/** How each evaluation status reads in a cell and in the pane, and how the sheet colours it. */
import { STATUS_LABELS } from "../core/evaluate/labels";

export { STATUS_LABELS };


export interface StatusRule {
  /** Text the status cell contains (Excel's "text contains" rule, case-insensitive). */
  text: string;
  fill: string;
  font: string;
}

/** Red, amber, green: the Office "bad / neutral / good" cell style colours. */
export const STATUS_RULES: readonly StatusRule[] = [
  { text: STATUS_LABELS.off_track.vi, fill: "#FFC7CE", font: "#9C0006" },
  { text: STATUS_LABELS.at_risk.vi, fill: "#FFEB9C", font: "#9C5700" },
  { text: STATUS_LABELS.achieved.vi, fill: "#C6EFCE", font: "#006100" },
  { text: STATUS_LABELS.on_track.vi, fill: "#C6EFCE", font: "#006100" },
];

/** The rule a status text matches, the way Excel matches it (case-insensitive "contains"). */
export function ruleFor(text: string): StatusRule | undefined {
  const lower = text.toLocaleLowerCase("vi");
  return STATUS_RULES.find((r) => lower.includes(r.text.toLocaleLowerCase("vi")));
}
