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

const REMOVABLE = /<sup>[^<]{0,8}<\/sup>|<\/?[a-z][^>]{0,40}>|[⁰¹²³⁴⁵⁶⁷⁸⁹®™]+|\*+|\\(?=[-.*_#()[\]])/gi;
const LIST_MARKER = /^(?:\(\s*\d{1,2}\s*\)|\d{1,2}(?:\.\d{1,2}){0,3}[.)](?=\s)|[a-zđ][.)](?=\s)|[-–+•▪●◦](?=\s)|[IVXl|1]{1,4}[.\-–](?=\s))\s*/u;

interface CleanLine {
  text: string;
  /** Column in the raw line of each character of `text`. */
  cols: Int32Array;
  footnote: boolean;
}

/** Drop markdown emphasis, heading hashes and footnote markers; keep each character's column. */
function cleanLine(raw: string): CleanLine {
  const footnote = /^\s*(?:<sup>\s*\d{1,3}\s*<\/sup>|[¹²³⁴⁵⁶⁷⁸⁹]|\[\^\d+\]:)/.test(raw);
  const segments: [number, number][] = [];
  let last = 0;
  REMOVABLE.lastIndex = 0;
  for (let m = REMOVABLE.exec(raw); m; m = REMOVABLE.exec(raw)) {
    if (m.index > last) segments.push([last, m.index]);
    last = m.index + m[0].length;
    if (m[0].length === 0) REMOVABLE.lastIndex++;
  }
  if (raw.length > last) segments.push([last, raw.length]);
  let text = segments.map(([a, b]) => raw.slice(a, b)).join("");
  const cols = new Int32Array(text.length);
  let k = 0;
  for (const [a, b] of segments) for (let i = a; i < b; i++) cols[k++] = i;
  // Leading markdown heading hashes and blockquote marks, and surrounding spaces.
  let start = /^\s*(?:#{1,6}\s+|>\s*)*/.exec(text)?.[0].length ?? 0;
  let end = text.length;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  text = text.slice(start, end);
  return { text, cols: cols.subarray(start, end), footnote };
}

const caseCache = new Map<string, 0 | 1 | 2>();

/** 0: not a letter, 1: lowercase letter, 2: capital letter. */
function letterCase(c: string): 0 | 1 | 2 {
  const code = c.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90 ? 2 : code >= 97 && code <= 122 ? 1 : 0;
  let k = caseCache.get(c);
  if (k === undefined) {
    k = c.toLowerCase() !== c ? 2 : c.toUpperCase() !== c ? 1 : /\p{L}/u.test(c) ? 1 : 0;
    caseCache.set(c, k);
  }
  return k;
}

/** A line that is mostly capital letters: a heading in plans ("II. MỤC TIÊU"). */
export function isUpperLine(text: string): boolean {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length && i < 200; i++) {
    const k = letterCase(text[i]);
    if (k) letters++;
    if (k === 2) upper++;
  }
  return letters >= 4 && upper / letters >= 0.75;
}

function isPartHeading(text: string): boolean {
  // "Phần thứ …" begins within its first five characters: most lines stop at this plain scan.
  const head = text.slice(0, 5);
  if (!head.includes("P") && !head.includes("p")) return false;
  if (!/^[^\p{L}]{0,4}[Pp]/u.test(text)) return false;
  return /^[^\p{L}]*ph\S{1,2}n\s+th\S{1,3}\s+\p{L}+/iu.test(foldKeepingOffsets(text.slice(0, 40)));
}

/** Blocks of a text, or of its lines when the caller has already normalised (NFC) and split it. */
export function splitDocument(input: string | string[]): DocumentText {
  const lines = typeof input === "string" ? input.normalize("NFC").split(/\r\n|\r|\n/) : input;
  // Every block's characters map into these two arrays; blocks keep views on them.
  let capacity = 0;
  for (const l of lines) capacity += l.length + 1;
  const allLines = new Int32Array(capacity);
  const allCols = new Int32Array(capacity);
  let used = 0;
  const blocks: Block[] = [];
  let parts: string[] = [];
  let blockStart = 0;
  let footnote = false;
  let marker = "";
  let upperRun = false;

  const flush = () => {
    const text = parts.join("");
    if (text.trim()) {
      const block = {
        text,
        folded: foldKeepingOffsets(text),
        line: allLines.subarray(blockStart, used),
        col: allCols.subarray(blockStart, used),
        footnote,
        marker,
      };
      for (const part of splitInlineItems(block)) blocks.push(part);
    }
    parts = [];
    blockStart = used;
    footnote = false;
    marker = "";
    upperRun = false;
  };

  lines.forEach((raw, index) => {
    if (raw.trim() === "") {
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
    const startsBlock = !continuesHeading && (listMarker !== "" || upper || part || clean.footnote || upperRun || looksLikeFootnote(clean.text));
    if (startsBlock) flush();
    if (parts.length === 0) {
      footnote = clean.footnote || looksLikeFootnote(clean.text);
      marker = listMarker.trim();
      upperRun = upper || part;
    } else {
      parts.push(" ");
      allLines[used] = index;
      allCols[used] = -1;
      used++;
    }
    parts.push(clean.text);
    allLines.fill(index, used, used + clean.cols.length);
    allCols.set(clean.cols, used);
    used += clean.cols.length;
  });
  flush();
  return { lines, blocks };
}

/** "1. ", and in news "1- ", "2) ": a list item's number run into the text, before a word. */
const INLINE_ITEM = /(?<=^|\s)(\d{1,2})([.)]|\s?[-–])\s+(?=\p{L})/gu;

/**
 * A numbered list run into one line ("… năm 2019 1. Tốc độ … 8%; 2. GRDP …") is cut into one block
 * per item. Only numbers that follow on (1, 2, 3 …, or on from the block's own marker) cut, and
 * at least two must, so a figure like "tăng 8. Năm" never does.
 */
function splitInlineItems(block: Block): Block[] {
  const own = /^(\d{1,2})([.)]|\s?[-–])$/.exec(block.marker);
  let expected = own ? Number(own[1]) + 1 : 1;
  /** Every item of one list is numbered alike: "1.", "2." or "1-", "2-". */
  let delimiter = own ? own[2].trim() : undefined;
  const cuts: number[] = [];
  INLINE_ITEM.lastIndex = own ? block.marker.length : 0;
  for (let m = INLINE_ITEM.exec(block.text); m; m = INLINE_ITEM.exec(block.text)) {
    if (Number(m[1]) !== expected || m.index === 0 || (delimiter !== undefined && m[2].trim() !== delimiter)) continue;
    delimiter ??= m[2].trim();
    cuts.push(m.index);
    expected++;
  }
  if (cuts.length < (own ? 1 : 2)) return [block];
  const bounds = [0, ...cuts, block.text.length];
  const parts: Block[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    let a = bounds[k];
    let b = bounds[k + 1];
    while (a < b && /\s/.test(block.text[a])) a++;
    while (b > a && /\s/.test(block.text[b - 1])) b--;
    if (a >= b) continue;
    const text = block.text.slice(a, b);
    parts.push({
      text,
      folded: block.folded.slice(a, b),
      line: block.line.subarray(a, b),
      col: block.col.subarray(a, b),
      footnote: k === 0 && block.footnote,
      marker: k === 0 ? block.marker : (/^\d{1,2}(?:[.)]|\s?[-–])/.exec(text)?.[0] ?? ""),
    });
  }
  return parts;
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
