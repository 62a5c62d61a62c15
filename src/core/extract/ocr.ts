/**
 * Text folding that keeps offsets, and repair of OCR text that lost its diacritics
 * ("Ty 1é ho nghéo" → "Tỷ lệ hộ nghèo") using the indicator vocabulary.
 */
import { upperFirst } from "../text/case";
import { ABBREVIATIONS, COMMON_WORDS, INDICATORS, OCR_ALIASES, PROVINCE_NAMES, TITLE_PHRASES } from "./vocabulary";

/** Folded code for each code point below 0x2000 (Latin, Vietnamese, punctuation); 0 = not computed yet. */
const foldTable = new Uint16Array(0x2000);

/** Fold one non-ASCII character code to a single lowercase base character (đ → d, ệ → e). */
function foldCode(code: number): number {
  if (code >= 0x2000) return code;
  let f = foldTable[code];
  if (f === 0) {
    const c = String.fromCharCode(code);
    if (c === "đ" || c === "Đ") f = 100;
    else {
      const base = c.normalize("NFD").charAt(0).toLowerCase();
      f = base.length === 1 ? base.charCodeAt(0) : code;
    }
    foldTable[code] = f;
  }
  return f;
}

/** The folded code of one UTF-16 code unit (NFC text): "Ệ" → "e", "A" → "a". */
export function foldedCharCode(code: number): number {
  return code < 0x80 ? (code >= 65 && code <= 90 ? code + 32 : code) : foldCode(code);
}

/** Texts up to this length are folded through `shortBuffer`; longer ones through a TextDecoder. */
const SHORT = 512;
const shortBuffer = new Uint16Array(SHORT);

/** Made on first use: a module that merely imports this one (through an index) needs no TextDecoder. */
let utf16: TextDecoder | undefined;

/**
 * Fold text character by character so that offsets in the result are offsets in the input:
 * "Tỷ lệ" → "ty le". The input must be NFC (one code unit per Vietnamese letter).
 */
export function foldKeepingOffsets(text: string): string {
  let plain = true;
  for (let i = 0; i < text.length && plain; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 || (code >= 65 && code <= 90)) plain = false;
  }
  if (plain) return text;
  if (text.length <= SHORT) {
    // One flat string from a reused buffer: adding characters one by one would leave a chain of
    // joined strings per call, which the block's folded text would keep alive.
    for (let i = 0; i < text.length; i++) shortBuffer[i] = foldedCharCode(text.charCodeAt(i));
    return String.fromCharCode.apply(null, shortBuffer.subarray(0, text.length) as unknown as number[]);
  }
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[i] = code < 0x80 ? (code >= 65 && code <= 90 ? code + 32 : code) : foldCode(code);
  }
  return (utf16 ??= new TextDecoder("utf-16le")).decode(out);
}

/** letterKind + 1 for each code below 0x2000 (0 = not computed yet); codes above are kept in a map. */
const markTable = new Uint8Array(0x2000);
const markCache = new Map<number, 0 | 1 | 2>();

function markOf(code: number): 0 | 1 | 2 {
  const c = String.fromCharCode(code);
  return !/\p{L}/u.test(c) ? 0 : c === "đ" || c === "Đ" || c.normalize("NFD").length > 1 ? 2 : 1;
}

/** 0: not a letter, 1: plain letter, 2: letter with a Vietnamese diacritic. */
function letterKind(code: number): 0 | 1 | 2 {
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return 1;
  if (code < 0xc0) return 0;
  if (code < 0x2000) {
    let k = markTable[code];
    if (k === 0) markTable[code] = k = markOf(code) + 1;
    return (k - 1) as 0 | 1 | 2;
  }
  let k = markCache.get(code);
  if (k === undefined) {
    k = markOf(code);
    markCache.set(code, k);
  }
  return k;
}

/** Share of letters carrying Vietnamese diacritics; OCR text without them scores near zero. */
export function diacriticShare(text: string): number {
  let letters = 0;
  let marked = 0;
  for (let i = 0; i < text.length; i++) {
    const k = letterKind(text.charCodeAt(i));
    if (k) letters++;
    if (k === 2) marked++;
  }
  return letters === 0 ? 0 : marked / letters;
}

/** Number of letters in the text. */
export function letterCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (letterKind(text.charCodeAt(i))) n++;
  return n;
}

/** Characters OCR puts in place of letters, mapped to the letter they usually stand for. */
const OCR_CHARS: Readonly<Record<string, string>> = {
  "0": "o",
  "1": "l",
  "3": "a",
  "6": "o",
  "8": "e",
  "9": "o",
  "4": "a",
  "&": "e",
  "€": "e",
  "¢": "e",
  "@": "a",
  "|": "l",
  $: "s",
};

/** Letter pairs OCR confuses; substituting one for the other costs half. */
const CONFUSABLE_PAIRS = ["d:o", "o:d", "e:c", "c:e", "b:o", "o:b", "i:l", "l:i", "e:o", "o:e", "a:i", "i:a", "y:u", "u:y", "d:a", "a:d", "q:o", "o:q", "i:u", "u:i", "m:n", "n:m"];
/** The pairs keyed by their two character codes, so the edit distance's inner loop builds no string. */
const CONFUSABLE = new Set(CONFUSABLE_PAIRS.map((p) => pairKey(p.charCodeAt(0), p.charCodeAt(2))));

function pairKey(a: number, b: number): number {
  return a * 0x10000 + b;
}

/** A token as OCR might have mangled it, normalised for comparison: "1é" → "le", "d6" → "do". */
export function ocrKey(token: string): string {
  // Vietnamese has no "ir": OCR writes it for "ư"/"ứ" ("tir" = từ, "mirc" = mức, "xir" = xử).
  const folded = foldKeepingOffsets(token.normalize("NFC")).replace(/ir/g, "u");
  let out = "";
  for (const c of folded) {
    if (/[a-z]/.test(c)) out += c;
    else if (OCR_CHARS[c] !== undefined) out += OCR_CHARS[c];
  }
  return out;
}

/** Weighted edit distance with cheap confusable substitutions; stops early past `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = new Array<number>(b.length + 1);
  let curr = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    let rowMin = curr[0];
    for (let j = 1; j <= b.length; j++) {
      const x = a.charCodeAt(i - 1);
      const y = b.charCodeAt(j - 1);
      const sub = x === y ? 0 : CONFUSABLE.has(pairKey(x, y)) ? 0.5 : 1;
      curr[j] = Math.min(prev[j] + 1, curr[j - 1] + 1, prev[j - 1] + sub);
      rowMin = Math.min(rowMin, curr[j]);
    }
    if (rowMin > limit) return limit + 1;
    [prev, curr] = [curr, prev];
  }
  return prev[b.length];
}

/** Whether an OCR token can stand for a vocabulary word (both given as ocrKey / folded). */
export function similarWord(ocr: string, word: string): boolean {
  if (ocr === word) return true;
  if (word.length <= 1 || ocr.length === 0) return false;
  const limit = word.length >= 4 ? 1 : 0.5;
  return distance(ocr, word, limit) <= limit;
}

interface Entry {
  words: string[];
  keys: string[];
}

function tokenize(text: string): string[] {
  return text.match(/[^\s,;:()/]+|[,;:()/]/g) ?? [];
}

let buckets: Map<string, Entry[]> | null = null;
/** Vocabulary entries by the first letter of their first word, longest first. */
function vocabulary(): Map<string, Entry[]> {
  if (!buckets) {
    buckets = new Map();
    const entries = [...INDICATORS.map((i) => i.phrase), ...TITLE_PHRASES].map((phrase) => {
      const words = tokenize(phrase);
      return { words, keys: words.map((w) => (/[\p{L}\p{N}]/u.test(w) ? foldKeepingOffsets(w) : w)) };
    }).sort((a, b) => b.words.length - a.words.length);
    for (const e of entries) {
      const first = e.keys[0].charAt(0);
      if (!buckets.has(first)) buckets.set(first, []);
      buckets.get(first)!.push(e);
    }
  }
  return buckets;
}

function isPunct(token: string): boolean {
  return /^[,;:()/]$/.test(token);
}

/** Try to match a vocabulary entry at tokens[i..]; returns how many tokens it covers. */
function matchAt(tokens: string[], keys: string[], i: number, entry: Entry): number {
  if (i + entry.words.length > tokens.length) return 0;
  let fuzzy = 0;
  for (let k = 0; k < entry.words.length; k++) {
    const want = entry.keys[k];
    const have = keys[i + k];
    if (isPunct(want) || isPunct(tokens[i + k])) {
      if (want !== tokens[i + k]) return 0;
      continue;
    }
    if (have === want) continue;
    // Pure digits stand in for letters only inside a phrase that otherwise matches.
    if (!similarWord(have, want)) return 0;
    fuzzy++;
  }
  const wordCount = entry.words.filter((w) => !isPunct(w)).length;
  if (wordCount === 1 && fuzzy > 0 && entry.keys[0].length < 5) return 0;
  return fuzzy <= Math.max(1, Math.ceil(wordCount * 0.6)) ? entry.words.length : 0;
}

/** Vietnamese words open with "ph", never "p" and a vowel: OCR writes "Đ" as "P" ("PANH GIA" = "ĐÁNH GIÁ"), so such a word is looked up under "d" too. */
function entriesFor(vocab: Map<string, Entry[]>, key: string): Entry[] {
  const own = vocab.get(key.charAt(0)) ?? [];
  return key.charAt(0) === "p" && key.charAt(1) !== "h" ? [...own, ...(vocab.get("d") ?? [])] : own;
}

/**
 * Repair a name taken from OCR text: vocabulary phrases matched on folded text with OCR
 * confusions allowed replace what OCR wrote; unambiguous common words are restored;
 * the rest is kept as written.
 */
export function repairOcrName(name: string): string {
  const tokens = tokenize(name.normalize("NFC"));
  const keys = tokens.map(ocrKey);
  const out: string[] = [];
  const vocab = vocabulary();
  for (let i = 0; i < tokens.length; ) {
    let used = 0;
    for (const entry of entriesFor(vocab, keys[i])) {
      used = matchAt(tokens, keys, i, entry);
      if (used) {
        const words = [...entry.words];
        if (/^\p{Lu}/u.test(tokens[i])) words[0] = upperFirst(words[0]);
        else words[0] = /^\p{Lu}\p{Ll}/u.test(words[0]) && !/^[A-Z]{2,}/.test(words[0]) ? words[0].toLowerCase() : words[0];
        out.push(...words);
        break;
      }
    }
    if (used) {
      i += used;
      continue;
    }
    const token = tokens[i];
    const common = /\p{L}/u.test(token) ? commonWord(keys[i]) : undefined;
    out.push(common ? (/^\p{Lu}/u.test(token) ? upperFirst(common) : common) : token);
    i++;
  }
  return joinTokens(out);
}

/** A common word OCR may have damaged ("dugc" → "được"); exact for short words. */
function commonWord(key: string): string | undefined {
  if (!key) return undefined;
  if (COMMON_WORDS[key]) return COMMON_WORDS[key];
  if (OCR_ALIASES[key]) return OCR_ALIASES[key];
  if (key.length < 4) return undefined;
  for (const [word, written] of Object.entries(COMMON_WORDS)) if (word.length >= 4 && similarWord(key, word)) return written;
  return undefined;
}

/** Join tokens back into text with Vietnamese spacing around punctuation. */
export function joinTokens(tokens: string[]): string {
  let text = "";
  for (const t of tokens) {
    if (text === "") text = t;
    else if (/^[,;:)]$/.test(t)) text += t;
    else if (t === "/" || text.endsWith("/") || text.endsWith("(")) text += t;
    else text += ` ${t}`;
  }
  return text;
}

/** Expand abbreviations ("KCN" → "khu công nghiệp") so a name stands on its own. */
export function expandAbbreviations(name: string): string {
  if (!/[A-Z]{2}/.test(name)) return name; // every abbreviation starts with two capitals
  return name.replace(/[\p{L}&]+/gu, (word) => ABBREVIATIONS[word] ?? word);
}

/** A place name's consonants, its vowels one mark each: "Bic Giang", "Bắc Giang" → "b*c g*ng". */
function placeSkeleton(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => ocrKey(w).replace(/[aeiouy]+/g, "*"))
    .join(" ");
}

let placesBySkeleton: Map<string, string[]> | null = null;

/**
 * A province's name as OCR wrote it, restored from the list of provinces: "Bic Giang" → "Bắc Giang". Among
 * provinces written with the same consonants, the one nearest in letters; a name no province matches is kept.
 */
export function repairOcrPlace(name: string): string {
  if (!placesBySkeleton) {
    placesBySkeleton = new Map();
    for (const place of PROVINCE_NAMES) {
      const key = placeSkeleton(place);
      placesBySkeleton.set(key, [...(placesBySkeleton.get(key) ?? []), place]);
    }
  }
  const candidates = placesBySkeleton.get(placeSkeleton(name));
  if (!candidates) return name;
  const written = name.split(/[\s-]+/).map(ocrKey).join("");
  let best = candidates[0];
  let bestDistance = Infinity;
  for (const place of candidates) {
    const d = distance(written, place.split(/[\s-]+/).map((w) => foldKeepingOffsets(w)).join(""), 4);
    if (d < bestDistance) [best, bestDistance] = [place, d];
  }
  return best;
}

/**
 * A plan's title as OCR wrote it, repaired: its phrases from the vocabulary, then the words every title
 * has — "kinh tế - xã hội", "năm" before a year — that OCR damages ("XA HQI", "NAM 2023").
 */
export function repairOcrTitle(title: string): string {
  return repairOcrName(title)
    .replace(/(kinh tế\s*[-–]\s*)x\S{1,2}\s+h\S{1,3}(?![\p{L}])/giu, (_, lead: string) => `${lead}xã hội`)
    .replace(/(?<![\p{L}])n\S{1,2}m(?=\s+\d{4}\b)/gu, "năm");
}
