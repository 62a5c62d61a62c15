/** Words and numbering of the annex: Roman numerals, status words, group order. */
import type { Tone } from "../sheet/status";
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
