/** Scale words in Vietnamese quantities: "640 nghìn tỷ đồng", "9.800 USD", "1,2 triệu lượt". */
import { parseViNumber, type NumberMode } from "./vi";
import type { Bilingual } from "../messages";

export const SCALE_WORDS: ReadonlyArray<{ words: string[]; factor: number }> = [
  { words: ["triệu tỷ", "triệu tỉ"], factor: 1e15 },
  { words: ["nghìn tỷ", "ngàn tỷ", "nghìn tỉ", "ngàn tỉ"], factor: 1e12 },
  { words: ["tỷ", "tỉ"], factor: 1e9 },
  { words: ["triệu"], factor: 1e6 },
  { words: ["nghìn", "ngàn"], factor: 1e3 },
];

export interface Quantity {
  /** The number as written: 640 in "640 nghìn tỷ đồng". */
  value: number;
  /** The scale word's factor (1e12 for nghìn tỷ), 1 when there is none. */
  scale: number;
  scaleWord: string;
  /** What follows the scale word: "đồng", "USD", "lượt", "giường bệnh/vạn dân". */
  baseUnit: string;
  /** value × scale, in base units. */
  absolute: number;
}

export type QuantityResult = ({ ok: true } & Quantity) | { ok: false; error: Bilingual };

/** Split a unit as written into its scale word and base unit: "nghìn tỷ đồng" → 1e12, "đồng". */
export function splitScale(unit: string): { scale: number; scaleWord: string; baseUnit: string } {
  const text = unit.normalize("NFC").trim();
  const lower = text.toLowerCase();
  for (const { words, factor } of SCALE_WORDS) {
    for (const word of words) {
      if (lower === word || lower.startsWith(`${word} `)) {
        return { scale: factor, scaleWord: text.slice(0, word.length), baseUnit: text.slice(word.length).trim() };
      }
    }
  }
  return { scale: 1, scaleWord: "", baseUnit: text };
}

export function parseViQuantity(input: string, mode: NumberMode = "vi"): QuantityResult {
  const text = input.normalize("NFC").trim();
  const match = /^([-−+]?[\d.,]+)\s*(.*)$/.exec(text);
  if (!match) return { ok: false, error: { vi: `"${input}" không bắt đầu bằng một số`, en: `"${input}" does not start with a number` } };
  const number = parseViNumber(match[1], mode);
  if (!number.ok) return number;
  const { scale, scaleWord, baseUnit } = splitScale(match[2]);
  return { ok: true, value: number.value, scale, scaleWord, baseUnit, absolute: number.value * scale };
}

/** Convert a value between units that differ only in scale word ("tỷ đồng" → "triệu đồng"); null when the base units differ. */
export function convertScale(value: number, fromUnit: string, toUnit: string): number | null {
  const from = splitScale(fromUnit);
  const to = splitScale(toUnit);
  if (from.baseUnit.toLowerCase() !== to.baseUnit.toLowerCase()) return null;
  return (value * from.scale) / to.scale;
}
