/**
 * A document flattened to one long line (a copied web page, a PDF read without its line breaks)
 * gets its line breaks back before headings and list items run into the text: "… năm 2023. II. MỤC
 * TIÊU CHỦ YẾU (1) Tốc độ … 8%; (2) …". Only lines that hold a heading inside them are cut, so
 * ordinary paragraphs stay as written. Each new line keeps the number of the line it came from.
 */
import { foldKeepingOffsets } from "./ocr";

export interface Reflowed {
  lines: string[];
  /** For each line: the 0-based line of the input it is part of; null when nothing was cut. */
  origin: Int32Array | null;
}

/** A line shorter than this is left alone: headings and list items already stand on lines of their own. */
const LONG_LINE = 160;

/**
 * Two or more capitalised words in a row ("MỤC TIÊU, NHIỆM VỤ", "KINH TẾ - XÃ HỘI NĂM 2024", OCR "THY'C HIEN"):
 * a heading's title, with the year that may end it. A document's number ("201/ĐA-UBND") is none.
 */
const UPPER_RUN =
  /(?<![\p{L}\p{N}/\-])\p{Lu}[\p{Lu}'’]*\p{Lu}(?:(?:[ \u00a0]+[\-–][ \u00a0]+|,?[ \u00a0]+)\p{Lu}[\p{Lu}'’]*\p{Lu})+(?:[ \u00a0]+\d{4}(?:[ \u00a0]*[-–][ \u00a0]*\d{4})?)?(?![\p{L}\p{N}])/gu;
/** "II. MỤC TIÊU", "III- NHIỆM VỤ": a Roman numeral before a capitalised title. */
const ROMAN_BEFORE = /(?:^|\s)([IVX]{1,4}[.\-–][ \u00a0]*)$/;
/** "Phần thứ hai", OCR "Phén thir nhat" (folded). */
const PART = /(?<![a-z])ph\S{1,2}n\s+th\S{1,3}\s+(?:nhat|hai|ba|tu|nam)(?![a-z])/g;
/**
 * A list marker after the end of a sentence or clause ("…; (2) Tỷ lệ", "…. - 100% số xã", "…: a) Về kinh tế"),
 * or after the year that ends a heading ("… đến năm 2030 - Tốc độ"); a footnote's body ("…. <sup>1</sup> Năm 2021").
 */
const ITEM_AFTER_STOP =
  /(?:[.;:!?]|\d{4}(?=[ \u00a0]+[-–+•][ \u00a0]+\p{Lu}))[ \u00a0]+(?=(?:\(\d{1,2}\)|[a-zđ]\)|[-–+•])[ \u00a0]+[\p{L}\d]|\d{1,2}(?:\.\d{1,2}){0,3}\.[ \u00a0]+\p{L}|<sup>\d{1,3}<\/sup>[ \u00a0]*\p{Lu})/gu;
/** "(1) Tốc độ …": the first item of a numbered list, even where no stop precedes it. */
const FIRST_ITEM = /(?<=\S[ \u00a0]+)(?=\(1\)[ \u00a0]+\p{Lu})/gu;

function headingRuns(line: string): [number, number][] {
  const runs: [number, number][] = [];
  UPPER_RUN.lastIndex = 0;
  for (let m = UPPER_RUN.exec(line); m; m = UPPER_RUN.exec(line)) {
    // "MỤC TIÊU", "KẾ HOẠCH" are words; "HĐND UBND", "GRDP FDI" are abbreviations within a sentence.
    const words = m[0].split(/[^\p{L}]+/u).filter((w) => /[aeiouy]/.test(foldKeepingOffsets(w)));
    if (words.length < 2 || m[0].replace(/[^\p{L}]/gu, "").length < 6) continue;
    const roman = ROMAN_BEFORE.exec(line.slice(Math.max(0, m.index - 8), m.index));
    const start = roman ? m.index - roman[1].length : m.index;
    runs.push([start, m.index + m[0].length]);
  }
  return runs;
}

/** Where a flattened line is cut into lines, or [] when it holds no heading inside it. */
function cutsOf(line: string): number[] {
  if (line.length < LONG_LINE) return [];
  const folded = foldKeepingOffsets(line);
  const cuts: number[] = [];
  for (const [start, end] of headingRuns(line)) cuts.push(start, end);
  PART.lastIndex = 0;
  for (let m = PART.exec(folded); m; m = PART.exec(folded)) if (line.charAt(m.index) === "P") cuts.push(m.index);
  if (!cuts.some((c) => c > 0 && c < line.length)) return [];
  ITEM_AFTER_STOP.lastIndex = 0;
  for (let m = ITEM_AFTER_STOP.exec(line); m; m = ITEM_AFTER_STOP.exec(line)) cuts.push(m.index + m[0].length);
  FIRST_ITEM.lastIndex = 0;
  for (let m = FIRST_ITEM.exec(line); m; m = FIRST_ITEM.exec(line)) {
    cuts.push(m.index);
    FIRST_ITEM.lastIndex++;
  }
  return [...new Set(cuts)].filter((c) => c > 0 && c < line.length).sort((a, b) => a - b);
}

/** The lines with flattened ones cut where their headings and items start. */
export function reflowLines(lines: string[]): Reflowed {
  let out: string[] | null = null;
  let origin: number[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const cuts = cutsOf(lines[i]);
    if (cuts.length === 0) {
      if (out) {
        out.push(lines[i]);
        origin!.push(i);
      }
      continue;
    }
    if (!out) {
      out = lines.slice(0, i);
      origin = out.map((_, k) => k);
    }
    const bounds = [0, ...cuts, lines[i].length];
    for (let k = 0; k + 1 < bounds.length; k++) {
      const piece = lines[i].slice(bounds[k], bounds[k + 1]);
      if (!/[\p{L}\p{N}]/u.test(piece)) continue; // the ", " between two headings' words
      out.push(piece);
      origin!.push(i);
    }
  }
  return out ? { lines: out, origin: Int32Array.from(origin!) } : { lines, origin: null };
}
