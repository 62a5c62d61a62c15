/**
 * Numbers with their unit in folded text: "khoảng 15-16%", "trên 18%/năm", "8/9 huyện",
 * "640 nghìn tỷ đồng", "03 khu du lịch". Dates, document numbers and years are not quantities.
 */
import { parseViNumber } from "../numbers/vi";
import { similarWord } from "./ocr";
import { COMPARATOR_WORDS, NOT_QUANTITY_BEFORE, PLAIN_UNITS, SCALED_BASES, SCALE_WORDS } from "./vocabulary";
import type { Comparator } from "../catalog/schema";

export interface Quantity {
  /** Offsets in the folded text: the number starts at `start`, the unit ends at `end`. */
  start: number;
  end: number;
  min: number;
  max: number;
  /** "8/9 huyện": the whole the value is part of. */
  of?: number;
  unit: string;
  money: boolean;
  perYear: boolean;
  /** A unit that is only a noun after a zero-padded count ("03 khu du lịch"). */
  looseCount: boolean;
  /** Written zero-padded ("03"): how plans count things they will do. */
  padded: boolean;
  comparator: Comparator;
  /** Where the comparator word starts (≤ start). */
  comparatorStart: number;
}

const NUM = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?`;
const NUMBER = new RegExp(String.raw`(?<![\p{L}\p{N}.,/+\-])(${NUM})(?:\s*(?:-|–|—)\s*(${NUM})|\s+den\s+(${NUM}))?(?:\s*\/\s*(\d+)(?![\d/.,]))?`, "gu");

function parseNumber(text: string): number | null {
  // Documents follow vi-VN ("9.800" = 9800); a stray decimal point ("8.5") is read as one.
  const strict = parseViNumber(text, "vi");
  if (strict.ok) return strict.value;
  const loose = parseViNumber(text, "auto");
  return loose.ok ? loose.value : null;
}

interface Word {
  word: string;
  end: number;
}

/** Words of the folded text after `at`, up to `count` of them, with their end offsets. */
function wordsAfter(folded: string, at: number, count: number): Word[] {
  const out: Word[] = [];
  const re = /[^\s,;:()]+/gy;
  let i = at;
  while (out.length < count) {
    while (i < folded.length && /\s/.test(folded[i])) i++;
    re.lastIndex = i;
    const m = re.exec(folded);
    if (!m) break;
    out.push({ word: m[0], end: m.index + m[0].length });
    i = m.index + m[0].length;
  }
  return out;
}

interface Phrase {
  words: string[];
  written: string;
  money: boolean;
}

const split = (list: readonly { folded: string; written: string; money?: boolean }[]): Phrase[] =>
  list.map((p) => ({ words: p.folded.split(" "), written: p.written, money: Boolean(p.money) }));
const SCALES = split(SCALE_WORDS);
const BASES = split(SCALED_BASES);
const PLAINS = split(PLAIN_UNITS);

/** Match a phrase against `words` from index `from` (exact, or OCR-tolerant); returns the end offset. */
function matchWords(words: Word[], from: number, phrase: string[], ocr: boolean): { end: number; next: number } | null {
  if (from + phrase.length > words.length) return null;
  for (let k = 0; k < phrase.length; k++) {
    const word = words[from + k].word;
    const want = phrase[k];
    if (word === want) continue;
    if (k === phrase.length - 1 && word.startsWith(want) && !/[\p{L}\p{N}]/u.test(word.charAt(want.length))) {
      // "usd." or "%)": the unit ends inside the token.
      return { end: words[from + k].end - (word.length - want.length), next: from + k + 1 };
    }
    if (!(ocr && want.length >= 3 && word[0] === want[0] && similarWord(word, want))) return null;
  }
  return { end: words[from + phrase.length - 1].end, next: from + phrase.length };
}

interface UnitMatch {
  unit: string;
  end: number;
  money: boolean;
}

function matchUnit(folded: string, at: number, ocr: boolean): UnitMatch | null {
  const words = wordsAfter(folded, at, 5);
  if (words.length === 0) return null;
  for (const scale of SCALES) {
    const afterScale = matchWords(words, 0, scale.words, false);
    if (!afterScale) continue;
    for (const base of BASES) {
      const end = matchWords(words, afterScale.next, base.words, ocr);
      if (end) return { unit: `${scale.written} ${base.written}`, end: end.end, money: base.money };
    }
  }
  for (const plain of PLAINS) {
    const end = matchWords(words, 0, plain.words, ocr);
    if (end) return { unit: plain.written, end: end.end, money: plain.money };
  }
  return null;
}

/** The comparator written right before the number ("khoảng", "trên", "tối thiểu"), if any. */
function comparatorBefore(folded: string, start: number): { comparator: Comparator; at: number } {
  const before = folded.slice(Math.max(0, start - 24), start).replace(/\s+$/, "");
  const offset = Math.max(0, start - 24);
  for (const { folded: word, comparator } of COMPARATOR_WORDS) {
    if (before.endsWith(word) && !/[\p{L}\p{N}]/u.test(before.charAt(before.length - word.length - 1))) {
      return { comparator, at: offset + before.length - word.length };
    }
  }
  return { comparator: "=", at: start };
}

/** "công nghệ số", "chuyển đổi số", "kinh tế số": "số" meaning digital, before the figure that counts it. Folded, before "số". */
const DIGITAL_BEFORE = /(?:cong nghe|chuyen doi|kinh te|chinh quyen|ha tang|nen tang|doanh nghiep|thiet bi)\s+$/;

function precededByExcluded(folded: string, start: number, text: string): boolean {
  const before = folded.slice(Math.max(0, start - 16), start);
  if (/\/\s*$/.test(before) || /\d\s*[-–]\s*$/.test(before)) return true;
  const trimmed = before.replace(/\s+$/, "");
  const word = NOT_QUANTITY_BEFORE.find((w) => trimmed.endsWith(w) && !/[\p{L}]/u.test(trimmed.charAt(trimmed.length - w.length - 1)));
  if (!word) return false;
  // "năm 2026" names a year; "cây hằng năm 158.000 ha", "cây lâu năm 20.000 ha" end a name.
  if (word === "nam" && /\b(?:hang|lau|moi)\s+nam$/.test(trimmed)) return false;
  // "số 5" is a number's label; "cơ sở 90,5%" is not ("sở" folds to "so" too), nor digital "công nghệ số 300 doanh nghiệp".
  const at = Math.max(0, start - 16) + trimmed.length - word.length;
  if (word === "so" && DIGITAL_BEFORE.test(folded.slice(Math.max(0, at - 14), at))) return false;
  return !(word === "so" && text.slice(at, at + 2).toLowerCase() === "sở");
}

/** A generic count noun after a zero-padded number: the head word, two for "khu", "cụm", "cơ sở"… */
function looseCountUnit(text: string, folded: string, at: number): UnitMatch | null {
  const words = wordsAfter(folded, at, 3);
  if (words.length === 0 || !/^\p{L}+$/u.test(words[0].word)) return null;
  const twoWordHeads = ["khu", "cum", "co", "trung", "nha", "cong", "du", "benh", "mo", "diem", "tuyen", "van", "san"];
  const take = twoWordHeads.includes(words[0].word) && words.length > 1 && /^\p{L}+$/u.test(words[1].word) ? 2 : 1;
  const end = words[take - 1].end;
  const tail = folded.slice(end, end + 40);
  if (/^[^,;.]*:/.test(tail)) return null; // "03 trọng tâm: …" announces a list, not a target
  return { unit: text.slice(words[0].end - words[0].word.length, end), end, money: false };
}

/** An index named in the clause before a bare decimal: "chỉ số …", HDI. */
const INDEX_BEFORE = /\b(?:chi so|hdi)\b[^,;.:\d]{0,50}$/;

/** A count per vạn dân named right before a bare figure ("số giường bệnh trên 1 vạn dân đạt 33"). Folded. */
const PER_POPULATION_BEFORE = /\b(bac si|giuong benh|duoc si|dieu duong)\s*(?:\/|tren)\s*(?:0?1\s+)?(?:van|10\.000)\s+dan\b[^,;.:\d]{0,24}$/;
const PER_POPULATION_THINGS: Record<string, string> = { "bac si": "bác sĩ", "giuong benh": "giường bệnh", "duoc si": "dược sĩ", "dieu duong": "điều dưỡng" };

/** "/năm" after a unit (OCR may read "năm" as "ndm", "nim"): a figure per year. Folded. */
const PER_YEAR = /^\s*\/\s*(?:nam|ndm|nim)\b/;

const RANGE_TAIL = new RegExp(String.raw`^\s*(?:den|-|–)\s*(${NUM})(?![\d.,])`);

/** The unit right after a number ending at `at`: "%", "%/năm", or a unit word ("triệu đồng"). */
function unitAfterNumber(folded: string, at: number, ocr: boolean): (UnitMatch & { perYear: boolean }) | null {
  const pct = /^\s*%/.exec(folded.slice(at, at + 4));
  const unit = pct ? { unit: "%", end: at + pct[0].length, money: false } : matchUnit(folded, at, ocr);
  if (!unit) return null;
  const year = PER_YEAR.exec(folded.slice(unit.end, unit.end + 8));
  return year ? { ...unit, end: unit.end + year[0].length, perYear: true } : { ...unit, perYear: false };
}

export function findQuantities(text: string, folded: string, ocr: boolean): Quantity[] {
  const found: Quantity[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(folded); m; m = NUMBER.exec(folded)) {
    const start = m.index;
    if (precededByExcluded(folded, start, text)) continue;
    const first = parseNumber(m[1]);
    if (first === null) continue;
    const secondText = m[2] ?? m[3];
    const second = secondText !== undefined ? parseNumber(secondText) : null;
    const of = m[4] !== undefined ? Number(m[4]) : undefined;
    let end = start + m[0].length;
    let unit: UnitMatch | null = null;
    let perYear = false;
    let looseCount = false;
    const pct = /^\s*%/.exec(folded.slice(end));
    if (pct && of === undefined) {
      end += pct[0].length;
      const year = PER_YEAR.exec(folded.slice(end));
      if (year) {
        end += year[0].length;
        perYear = true;
      }
      unit = { unit: "%", end, money: false };
    } else {
      unit = matchUnit(folded, end, ocr);
      if (unit?.unit.startsWith("tấn") && !ocr && !/^\s*tấn/iu.test(text.slice(end, end + 8))) unit = null;
      if (!unit && /^0\d$/.test(m[1]) && second === null && of === undefined) {
        unit = looseCountUnit(text, folded, end);
        looseCount = unit !== null;
      }
      if (unit) {
        const year = PER_YEAR.exec(folded.slice(unit.end));
        if (year) {
          unit = { ...unit, end: unit.end + year[0].length };
          perYear = true;
        }
      }
    }
    // "04 sản phẩm du lịch chính: (1) …" announces a list; it sets no target.
    if (unit && /^0\d$/.test(m[1]) && /^[^,;.()]{0,40}:/.test(folded.slice(unit.end))) continue;
    // "số năm sống khỏe tối thiểu 68 năm": years counted, where the name says it counts years.
    if (!unit && second === null && of === undefined && /^\s*n\S{1,2}m(?![\p{L}\d])(?!\s+\d)/u.test(folded.slice(end, end + 8)) && /\bso n\S{1,2}m\b[^,;.]{0,40}$/.test(folded.slice(Math.max(0, start - 50), start))) {
      const year = /^\s*n\S{1,2}m/.exec(folded.slice(end))!;
      unit = { unit: "năm", end: end + year[0].length, money: false };
    }
    // "Số bác sĩ/vạn dân đạt 11,5": the unit is in the name before the figure.
    const nearBefore = !unit && second === null && of === undefined ? folded.slice(Math.max(0, start - 40), start) : "";
    const perPopulation = nearBefore.includes(" dan") ? PER_POPULATION_BEFORE.exec(nearBefore) : null;
    if (perPopulation) unit = { unit: `${PER_POPULATION_THINGS[perPopulation[1]]}/vạn dân`, end, money: false };
    if (!unit) {
      // A bare decimal after "đạt" (an index such as HDI 0,85) is kept with no unit yet.
      // So is one after an index's name ("Chỉ số hạnh phúc 0,72", "HDI đạt khoảng 0,78").
      if (!/,/.test(m[1]) || second !== null || of !== undefined) continue;
      const before = folded.slice(Math.max(0, start - 60), start);
      if (!/\bdat(?:\s+(?:khoang|tren|tu|it nhat|toi thieu|hon))?\s*$/.test(before) && !INDEX_BEFORE.test(before)) continue;
      unit = { unit: "", end, money: false };
    }
    // "từ 80,4 triệu đồng đến 80,8 triệu đồng", "7,6% - 7,8%": the unit written on both ends.
    let upper = second;
    if (upper === null && of === undefined) {
      const again = RANGE_TAIL.exec(folded.slice(unit.end, unit.end + 40));
      const tail = again ? unitAfterNumber(folded, unit.end + again[0].length, ocr) : null;
      if (again && tail && tail.unit === unit.unit) {
        const value = parseNumber(again[1]);
        if (value !== null && value >= first) {
          upper = value;
          unit = { ...unit, end: tail.end };
          perYear ||= tail.perYear;
        }
      }
    }
    if (upper !== null && upper < first) continue;
    // "bầu 27 đồng chí vào Ban Chấp hành": comrades, not money.
    if (unit.unit === "đồng" && /^\s+chi(?![a-z])/.test(folded.slice(unit.end, unit.end + 6))) continue;
    // "trên 1 ha", "mỗi 01 ha" say what a value is per, not how much land.
    if (unit.unit === "ha" && first === 1 && upper === null && /(?:tren|moi|\/)\s*$/.test(folded.slice(Math.max(0, start - 6), start))) continue;
    // An age qualifies a group ("trẻ em 5 tuổi", "từ 15 tuổi trở lên") unless a verb links it ("tuổi thọ đạt 75 tuổi").
    // "tuổi thọ bình quân trên 75,5 tuổi": life expectancy is measured in years of age, whatever word links it.
    if (unit.unit === "tuổi" && !/\b(?:dat|la|khoang|len|muc)\s*$/.test(folded.slice(Math.max(0, start - 8), start)) && !/\btuoi tho\b[^,;.\d]{0,30}$/.test(folded.slice(Math.max(0, start - 50), start))) continue;
    if (of !== undefined && (unit.unit === "%" || of < first)) continue;
    const { comparator, at } = comparatorBefore(folded, start);
    let finalComparator: Comparator = comparator;
    let finalEnd = unit.end;
    const orMore = /^\s*tr\S{1,2}\s+[l1]\S{1,2}n(?![\p{L}])/u.exec(folded.slice(finalEnd));
    if (orMore && /\b(?:tu|den)\s*$/.test(folded.slice(Math.max(0, at - 4), at) + folded.slice(at, start))) {
      finalComparator = ">=";
      finalEnd += orMore[0].length;
    } else if (orMore && comparator === "=") {
      finalComparator = ">=";
      finalEnd += orMore[0].length;
    }
    found.push({
      start,
      end: finalEnd,
      min: first,
      max: upper ?? first,
      of,
      unit: unit.unit,
      money: unit.money,
      perYear,
      looseCount,
      padded: /^0\d$/.test(m[1]),
      comparator: finalComparator,
      comparatorStart: at,
    });
    NUMBER.lastIndex = Math.max(NUMBER.lastIndex, finalEnd);
  }
  return dropAdjustedFrom(folded, found);
}

/** "từ 4.100 tỷ đồng lên 4.650 tỷ đồng", "từ 3,2% xuống 2,5%": the value changed from (before "lên" / "xuống" / "thành"). */
const ADJUSTED_TO = /^\s*,?\s*(?:len|xuong|thanh)(?:\s+(?:muc|con))?\s*$/;

/**
 * A value adjusted or moved "từ X lên Y" states the old value X and the new one Y: only Y is a figure to read, and it
 * is named from the words before "từ" (its comparator start moves there).
 */
function dropAdjustedFrom(folded: string, found: Quantity[]): Quantity[] {
  for (let i = found.length - 2; i >= 0; i--) {
    const [old, now] = [found[i], found[i + 1]];
    if (old.comparator !== "=" || old.min !== old.max || !ADJUSTED_TO.test(folded.slice(old.end, now.comparatorStart))) continue;
    const from = /\btu\s*$/.exec(folded.slice(Math.max(0, old.start - 8), old.start));
    if (!from) continue;
    found[i + 1] = { ...now, comparatorStart: old.start - (folded.slice(Math.max(0, old.start - 8), old.start).length - from.index) };
    found.splice(i, 1);
  }
  return found;
}
