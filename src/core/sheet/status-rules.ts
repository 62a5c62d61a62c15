/**
 * How a status column is coloured: Excel "text contains" rules built from the evaluation's status
 * words and traffic-light tones (./status.ts), so every writer agrees.
 */
import type { Status } from "../evaluate/types";
import { MISSED_LABEL } from "../evaluate/labels";
import { STATUS_LOOKS, TONE_COLORS } from "./status";

export interface StatusRule {
  /** Text the status cell contains (Excel's "text contains" rule, case-insensitive). */
  text: string;
  fill: string;
  font: string;
}

type ColouredStatus = Exclude<Status, "no_data">;

function ruleOf(status: ColouredStatus): StatusRule {
  const { vi, tone } = STATUS_LOOKS[status];
  if (tone === "none") throw new Error(`status "${status}" has no traffic-light colour`);
  const colors = TONE_COLORS[tone];
  return { text: vi, fill: `#${colors.fill}`, font: `#${colors.font}` };
}

/** The rule of each coloured status ("Chưa có số liệu" stays uncoloured). */
export const STATUS_RULE: Readonly<Record<ColouredStatus, StatusRule>> = {
  off_track: ruleOf("off_track"),
  at_risk: ruleOf("at_risk"),
  achieved: ruleOf("achieved"),
  on_track: ruleOf("on_track"),
};

/** A final miss ("Không đạt"), red like a late one. */
export const MISSED_RULE: StatusRule = { ...STATUS_RULE.off_track, text: MISSED_LABEL.vi };

/** Red, amber, green, in the order the rules are added to a sheet and tried by ruleFor ("Không đạt" before "Đạt"). */
export const STATUS_RULES: readonly StatusRule[] = containingFirst([STATUS_RULE.off_track, MISSED_RULE, STATUS_RULE.at_risk, STATUS_RULE.achieved, STATUS_RULE.on_track]);

/**
 * Rules in the order a spreadsheet must try them: a word that contains another ("Không đạt" holds
 * "đạt") comes before it, since "text contains" rules would otherwise colour a miss green.
 */
export function containingFirst<T extends { text: string }>(rules: readonly T[]): T[] {
  const lower = rules.map((r) => r.text.toLocaleLowerCase("vi"));
  const holds = lower.map((t, i) => lower.filter((u, j) => j !== i && u !== "" && t.includes(u)).length);
  return rules.map((rule, i) => ({ rule, i })).sort((a, b) => holds[b.i] - holds[a.i] || a.i - b.i).map((x) => x.rule);
}

/** The rule a status text matches, the way Excel matches it (case-insensitive "contains"). */
export function ruleFor(text: string): StatusRule | undefined {
  const lower = text.toLocaleLowerCase("vi");
  return STATUS_RULES.find((r) => lower.includes(r.text.toLocaleLowerCase("vi")));
}
