/**
 * Checks on a catalog file's raw JSON before the schema sees it: nesting too deep to walk safely
 * (reported, never a stack overflow), and text that XML (hence .xlsx) forbids — U+FFFE, U+FFFF,
 * control characters other than tab, CR and LF, and lone surrogates — named by path and position.
 * The same walk gives the data with every string in NFC, for the schema (one walk of a catalog's
 * hundred thousand values, not two).
 */
import { nfc } from "../text/normalize";
import type { Problem } from "./problems";

/** Far deeper than any catalog (the schema needs 4 levels): anything beyond is not a catalog. */
export const MAX_DEPTH = 32;

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Characters that are NFC whatever stands beside them (none decomposes, none combines with a neighbour):
 * all below the combining marks (U+0300), which covers ASCII and đ ơ ư ă â ê ô à á ã…; the Vietnamese
 * letters with two marks (U+1EA0–U+1EF9); dashes, quotes, bullet and ellipsis (U+2010–U+2027).
 * test/core/catalog/nfc-safe.test.ts proves it, pair by pair.
 */
export function isNfcSafe(c: number): boolean {
  return c < 0x300 || (c >= 0x1ea0 && c <= 0x1ef9) || (c >= 0x2010 && c <= 0x2027);
}

/** scanText found the text clean and made only of isNfcSafe characters: no need to normalise it. */
const CLEAN_NFC = -1;
/** scanText found the text clean, but it may change under NFC. */
const CLEAN = -2;

/**
 * One pass over `text`: the index of the first character XML 1.0 does not allow, else CLEAN_NFC or CLEAN.
 * A loop, not a regular expression: it costs less on a catalog's hundred thousand strings.
 */
function scanText(text: string): number {
  let nfcSafe = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 ? c === 9 || c === 10 || c === 13 : c < 0xd800 || (c >= 0xe000 && c < 0xfffe)) {
      if (nfcSafe && !isNfcSafe(c)) nfcSafe = false;
      continue;
    }
    if (c < 0xdc00 && c >= 0xd800 && isLowSurrogate(text.charCodeAt(i + 1))) {
      i++; // a surrogate pair
      nfcSafe = false;
      continue;
    }
    return i;
  }
  return nfcSafe ? CLEAN_NFC : CLEAN;
}

/** The first character XML 1.0 does not allow in `text`, or null. */
export function forbiddenCharacter(text: string): { index: number; code: string } | null {
  const index = scanText(text);
  return index < 0 ? null : forbiddenAt(text, index);
}

function forbiddenAt(text: string, index: number): { index: number; code: string } {
  return { index, code: `U+${text.charCodeAt(index).toString(16).toUpperCase().padStart(4, "0")}` };
}

function textProblem(file: string, path: string, text: string, found: { index: number; code: string }): Problem {
  // Nothing before the first forbidden character is forbidden, but for half a pair the cut left at the start.
  let near = text.slice(Math.max(0, found.index - 20), found.index);
  if (isLowSurrogate(near.charCodeAt(0))) near = near.slice(1);
  const after = near ? { vi: ` sau "${near}"`, en: ` after "${near}"` } : { vi: "", en: "" };
  return {
    file,
    path,
    message: {
      vi: `có ký tự ${found.code} không được phép trong Excel (XML) ở vị trí ${found.index + 1}${after.vi}: hãy xoá ký tự đó`,
      en: `holds the character ${found.code}, which Excel (XML) does not allow, at position ${found.index + 1}${after.en}: remove it`,
    },
  };
}

/**
 * Problems of nesting and forbidden characters; `tooDeep` says the data must not be walked further.
 * `normalized` is the data with every string NFC-normalised, so comparisons never depend on how text
 * was typed. Arrays and objects are copied only where a string in them changes: a catalog typed in NFC
 * (most are) is not copied whole, which for a province's hundred thousand targets is memory that counts.
 */
export function rawInputProblems(file: string, data: unknown): { problems: Problem[]; tooDeep: boolean; normalized: unknown } {
  const problems: Problem[] = [];
  let tooDeep = false;
  // The path to the value being looked at, written out only for a problem (a catalog has a hundred thousand values).
  const keys: Array<string | number> = [];
  const pathOf = () => keys.reduce<string>((path, key) => (typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${key}` : key), "");
  const walk = (value: unknown, depth: number): unknown => {
    if (typeof value === "string") {
      const scanned = scanText(value);
      if (scanned >= 0) problems.push(textProblem(file, pathOf(), value, forbiddenAt(value, scanned)));
      return scanned === CLEAN_NFC ? value : nfc(value);
    }
    if (!value || typeof value !== "object") return value;
    if (depth >= MAX_DEPTH) {
      if (!tooDeep) {
        problems.push({
          file,
          path: pathOf(),
          message: {
            vi: `dữ liệu lồng nhau quá sâu (hơn ${MAX_DEPTH} cấp): đây không phải tệp danh mục`,
            en: `data nested too deep (over ${MAX_DEPTH} levels): this is not a catalog file`,
          },
        });
      }
      tooDeep = true;
      return value;
    }
    if (Array.isArray(value)) {
      let copy: unknown[] | undefined;
      for (let i = 0; i < value.length; i++) {
        keys.push(i);
        const normalized = walk(value[i], depth + 1);
        if (normalized !== value[i]) (copy ??= value.slice())[i] = normalized;
        keys.pop();
      }
      return copy ?? value;
    }
    let copy: Record<string, unknown> | undefined;
    for (const key of Object.keys(value)) {
      keys.push(key);
      const found = forbiddenCharacter(key);
      if (found) problems.push(textProblem(file, pathOf(), key, found));
      const v = (value as Record<string, unknown>)[key];
      const normalized = walk(v, depth + 1);
      if (normalized !== v) (copy ??= { ...(value as Record<string, unknown>) })[key] = normalized;
      keys.pop();
    }
    return copy ?? value;
  };
  const normalized = walk(data, 0);
  return { problems, tooDeep, normalized };
}
