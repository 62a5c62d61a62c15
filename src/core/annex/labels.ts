/** Words and numbering of the annex: Roman numerals, status words, group order. */
import type { Status } from "../evaluate/types";
import { STATUS_LABELS as EVALUATION_LABELS } from "../evaluate/labels";
import { fold } from "../text/normalize";

export function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
    [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
  ];
  let rest = Math.floor(n);
  let out = "";
  for (const [value, numeral] of table) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

export function isRoman(text: string): boolean {
  return /^[IVXLC]+\.?$/.test(text.trim());
}

/** The evaluation's status words (src/core/evaluate/labels.ts) with their traffic-light tone. */
export const STATUS_LABELS: Record<Status, { vi: string; en: string; tone: Tone }> = {
  achieved: { ...EVALUATION_LABELS.achieved, tone: "good" },
  on_track: { ...EVALUATION_LABELS.on_track, tone: "good" },
  at_risk: { ...EVALUATION_LABELS.at_risk, tone: "warn" },
  off_track: { ...EVALUATION_LABELS.off_track, tone: "bad" },
  no_data: { ...EVALUATION_LABELS.no_data, tone: "none" },
};

/** Traffic-light colours, shared by both writers. */
export type Tone = "good" | "warn" | "bad" | "none";
export const TONE_COLORS: Record<Exclude<Tone, "none">, { fill: string; font: string }> = {
  good: { fill: "C6EFCE", font: "006100" },
  warn: { fill: "FFEB9C", font: "9C5700" },
  bad: { fill: "FFC7CE", font: "9C0006" },
};

/** Task states an agency picks from (tình trạng). */
export const TASK_STATES: { vi: string; tone: Tone }[] = [
  { vi: "Đã hoàn thành", tone: "good" },
  { vi: "Đang thực hiện", tone: "warn" },
  { vi: "Chưa thực hiện", tone: "bad" },
  { vi: "Quá hạn", tone: "bad" },
];

/** Groups in the order the department's reports use; others follow in catalog order. */
const GROUP_ORDER = ["kinh te", "van hoa xa hoi", "xa hoi", "moi truong", "quoc phong an ninh"];

export function groupRank(group: string): number {
  const key = fold(group).replace(/[^a-z ]+/g, " ").replace(/\s+/g, " ").trim();
  const i = GROUP_ORDER.findIndex((g) => key === g || key.startsWith(`${g} `));
  return i === -1 ? GROUP_ORDER.length : i;
}
