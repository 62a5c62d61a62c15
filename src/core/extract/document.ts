/**
 * From document text to blocks (paragraphs and list items) ready for analysis. Markdown marks
 * and footnote markers are dropped, lines wrapped mid-sentence are joined, and every character
 * keeps the line and column it came from, so a target can cite its source line verbatim.
 */
import { foldKeepingOffsets } from "./ocr";

export interface Block {
  /** Cleaned text: lines joined with one space. NFC. */
  text: string;
  /** `text` folded (lowercase, no diacritics); same length and offsets as `text`. */
  folded: string;
  /** For each character of `text`: the 0-based line it came from. */
  line: Int32Array;
  /** For each character of `text`: its column in that line, or -1 for a joining space. */
  col: Int32Array;
  /** A footnote's body ("¹ Năm 2021, …"): holds baselines, never targets. */
  footnote: boolean;
  /** The block starts with a list marker: "(1)", "1.", "a)", "-", "+", "•". */
  marker: string;
}

export interface DocumentText {
  lines: string[];
  blocks: Block[];
}

const SUPERSCRIPTS = /[⁰¹²³⁴⁵⁶⁷⁸⁹®™]/;
const REMOVABLE = /<sup>[^<]{0,8}<\/sup>|<\/?[a-z][^>]{0,40}>|[⁰¹²³⁴⁵⁶⁷⁸⁹®™]+|\*+|\\(?=[-.*_#()[\]])/gi;
const LIST_MARKER = /^(?:\(\s*\d{1,2}\s*\)|\d{1,2}(?:\.\d{1,2}){0,3}[.)](?=\s)|[a-zđ][.)](?=\s)|[-–+•▪●◦](?=\s)|[IVXl|1]{1,4}[.\-–](?=\s))\s*/u;

interface CleanLine {
  text: string;
  cols: number[];
  footnote: boolean;
}

/** Drop markdown emphasis, heading hashes and footnote markers; keep each character's column. */
function cleanLine(raw: string): CleanLine {
  const footnote = /^\s*(?:<sup>\s*\d{1,3}\s*<\/sup>|[¹²³⁴⁵⁶⁷⁸⁹]|\[\^\d+\]:)/.test(raw);
  let text = "";
  const cols: number[] = [];
  let last = 0;
  const keep = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      text += raw[i];
      cols.push(i);
    }
  };
  REMOVABLE.lastIndex = 0;
  for (let m = REMOVABLE.exec(raw); m; m = REMOVABLE.exec(raw)) {
    keep(last, m.index);
    last = m.index + m[0].length;
    if (m[0].length === 0) REMOVABLE.lastIndex++;
  }
  keep(last, raw.length);
  // Leading markdown heading hashes and blockquote marks.
  const lead = /^\s*(?:#{1,6}\s+|>\s*)*/.exec(text)?.[0].length ?? 0;
  let start = lead;
  let end = text.length;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { text: text.slice(start, end), cols: cols.slice(start, end), footnote };
}

/** A line that is mostly capital letters: a heading in plans ("II. MỤC TIÊU"). */
export function isUpperLine(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < 4) return false;
  const upper = letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length;
  return upper / letters.length >= 0.75;
}

function isPartHeading(text: string): boolean {
  return /^[^\p{L}]*ph\S{1,2}n\s+th\S{1,3}\s+\p{L}+/iu.test(foldKeepingOffsets(text.normalize("NFC")));
}

export function splitDocument(input: string): DocumentText {
  const lines = input.normalize("NFC").split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let text = "";
  let lineOf: number[] = [];
  let colOf: number[] = [];
  let footnote = false;
  let marker = "";
  let upperRun = false;

  const flush = () => {
    if (text.trim()) {
      blocks.push({
        text,
        folded: foldKeepingOffsets(text),
        line: Int32Array.from(lineOf),
        col: Int32Array.from(colOf),
        footnote,
        marker,
      });
    }
    text = "";
    lineOf = [];
    colOf = [];
    footnote = false;
    marker = "";
    upperRun = false;
  };

  lines.forEach((raw, index) => {
    if (SUPERSCRIPTS.test(raw) === false && raw.trim() === "") {
      flush();
      return;
    }
    const clean = cleanLine(raw);
    if (clean.text === "") {
      flush();
      return;
    }
    const listMarker = LIST_MARKER.exec(clean.text)?.[0] ?? "";
    const upper = isUpperLine(clean.text);
    const part = isPartHeading(clean.text);
    // A heading's title may run over several capitalised lines ("Phần thứ hai" / "KẾ HOẠCH …").
    const continuesHeading = upperRun && upper && !listMarker;
    const startsBlock = !continuesHeading && (listMarker !== "" || upper || part || clean.footnote || upperRun || /^\d{1,2}\s+\p{Lu}/u.test(clean.text) && looksLikeFootnote(clean.text));
    if (startsBlock) flush();
    if (text === "") {
      footnote = clean.footnote || looksLikeFootnote(clean.text);
      marker = listMarker.trim();
      upperRun = upper || part;
    } else {
      text += " ";
      lineOf.push(index);
      colOf.push(-1);
    }
    text += clean.text;
    for (const c of clean.cols) {
      lineOf.push(index);
      colOf.push(c);
    }
  });
  flush();
  return { lines, blocks };
}

/** OCR footnotes lose their superscript: "1 Đã ban hành 06 Chỉ thị, …" at a line start. */
function looksLikeFootnote(text: string): boolean {
  return /^\d{1,2}\s+\p{Lu}\p{Ll}/u.test(text) && !/^\d{1,2}\s+\p{Lu}\p{Ll}*\s*:/u.test(text);
}

/** The verbatim part of the source line holding `at`, limited to [from, to) of the block. */
export function sourceText(doc: DocumentText, block: Block, from: number, to: number, at: number): { line: number; text: string } {
  const lineIndex = block.line[Math.min(Math.max(at, 0), block.line.length - 1)];
  let lo = -1;
  let hi = -1;
  for (let i = Math.max(from, 0); i < Math.min(to, block.text.length); i++) {
    if (block.line[i] !== lineIndex || block.col[i] < 0) continue;
    if (lo < 0) lo = block.col[i];
    hi = block.col[i] + 1;
  }
  const raw = doc.lines[lineIndex];
  let text = lo >= 0 ? raw.slice(lo, hi).trim() : "";
  if (text.length < 1) text = raw.trim();
  return { line: lineIndex + 1, text };
}
