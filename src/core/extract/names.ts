/**
 * Indicator names from the words around a number: strip the verbs and cue words that link
 * a name to its value, and build self-contained names ("Tỷ lệ xã …", "Số huyện …",
 * "Tỷ lệ chất thải rắn được xử lý – nông thôn").
 */
import { foldKeepingOffsets } from "./ocr";
import { COMPARATOR_WORDS, INDICATOR_HEADS, LEADING_NOISE, LINK_VERBS } from "./vocabulary";

export interface Trimmed {
  /** The name words left, as written. */
  text: string;
  /** Folded link verbs and comparators stripped from the end ("tang", "binh quan", "khoang"). */
  verbs: string[];
}

const TRAILING_WORDS = [...LINK_VERBS, ...COMPARATOR_WORDS.map((c) => c.folded), "tu", "vao nam", "den nam"].sort((a, b) => b.length - a.length);
const LEADING_WORDS = [...LEADING_NOISE].sort((a, b) => b.length - a.length);

function endsWithWord(folded: string, word: string): boolean {
  return folded.endsWith(word) && (folded.length === word.length || /[\s,;:(]/.test(folded.charAt(folded.length - word.length - 1)));
}

function startsWithWord(folded: string, word: string): boolean {
  return folded.startsWith(word) && (folded.length === word.length || /[\s,;:)]/.test(folded.charAt(word.length)));
}

const PUNCT_EDGE = /^[\s,;:.)\]–-]+|[\s,;:.(\[–-]+$/g;

/** Strip leading cue words and trailing link verbs/comparators from a name candidate. */
export function trimName(text: string): Trimmed {
  let t = text.replace(/\s+/g, " ");
  const verbs: string[] = [];
  for (let changed = true; changed; ) {
    changed = false;
    t = t.replace(PUNCT_EDGE, "");
    const folded = foldKeepingOffsets(t);
    // "năm 2030", "đến năm 2030", "thời kỳ 2021-2030" at either end say when, not what.
    const yearTail = /(?:,\s*)?(?:(?:den|vao)\s+)?(?:n\S{1,2}m|thoi ky|giai doan)\s+\d{4}(?:\s*-\s*\d{4})?$/.exec(folded);
    if (yearTail && yearTail.index > 0) {
      t = t.slice(0, yearTail.index);
      changed = true;
      continue;
    }
    const yearHead = /^(?:(?:den|vao|trong)\s+)?n\S{1,2}m\s+\d{4}\s*,?\s*/.exec(folded);
    if (yearHead && yearHead[0].length < t.length) {
      t = t.slice(yearHead[0].length);
      changed = true;
      continue;
    }
    for (const w of TRAILING_WORDS) {
      if (endsWithWord(folded, w) && folded.length > w.length) {
        t = t.slice(0, t.length - w.length);
        verbs.push(w);
        changed = true;
        break;
      }
      if (folded === w) {
        verbs.push(w);
        t = "";
        changed = true;
        break;
      }
    }
    if (changed) continue;
    for (const w of LEADING_WORDS) {
      if (startsWithWord(folded, w)) {
        t = t.slice(w.length);
        changed = true;
        break;
      }
    }
  }
  return { text: t.trim(), verbs };
}

/** Whether a name stands on its own as an indicator ("Tỷ lệ …", "Số …", "GRDP …"). */
export function isIndicatorName(name: string): boolean {
  const folded = `${foldKeepingOffsets(name)} `;
  return INDICATOR_HEADS.some((h) => folded.startsWith(h));
}

export function lowerFirst(text: string): string {
  if (/^\p{Lu}{2,}/u.test(text) || /^\p{Lu}[\p{Lu}\d&]/u.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Drop a leading "số"/"các"/"tổng số" from the noun after a percentage ("95% số xã" → "xã"). */
export function nounAfterPercent(text: string): string {
  return text.replace(/^(?:tổng số|số lượng|số|các|những)\s+/iu, "").trim();
}

export function tidy(name: string): string {
  return name
    .replace(/\s+/g, " ")
    .replace(/\s+([,;:)])/g, "$1")
    .replace(/\(\s+/g, "(")
    .replace(/[\s,;:–-]+$/u, "")
    .trim();
}
