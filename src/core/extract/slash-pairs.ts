/**
 * One indicator written for two qualifiers at once, with its two figures in the same order, slash for slash:
 * "Tỷ lệ hộ dân sử dụng nước sạch đô thị/nông thôn đạt 100%/95%", "Số bác sĩ/giường bệnh trên 1 vạn dân đạt 14/36".
 * Each figure is a target whose name keeps the indicator's words with its own qualifier.
 */
import { foldKeepingOffsets } from "./ocr";
import { SIBLING_QUALIFIERS } from "./vocabulary";

/** The figure after a slash right where the first one ends ("/95%", "/ 36"), in folded text. */
const SECOND_FIGURE = /^\s*\/\s*(\d{1,3}(?:\.\d{3})*(?:,\d+)?|\d+(?:,\d+)?)\s*(%?)(?![\p{L}\d/])/u;

/** The second figure of a slash pair after the first (ending at `end`), if the text writes one: its value and end. */
export function secondFigure(folded: string, end: number, percent: boolean): { value: number; end: number } | undefined {
  const m = SECOND_FIGURE.exec(folded.slice(end, end + 24));
  if (!m || (m[2] === "%") !== percent) return undefined;
  const value = Number(m[1].replace(/\./g, "").replace(",", "."));
  return Number.isFinite(value) ? { value, end: end + m[0].length } : undefined;
}

/** What follows a slash as a rate's base, not a second qualifier: "/vạn dân", "/năm", "/người", "/ha". Folded. */
const PER_UNIT = /^(?:\d|van dan|nghin dan|ngan dan|nam\b|nguoi\b|ha\b|thang\b|ngay\b|lao dong\b|ho\b|km|m2|xa\b|dan\b)/;

/** An indicator's head words, which a qualifier never takes: "tỷ lệ", "tốc độ tăng", "số lượng". Folded. */
const INDICATOR_HEAD = /^(?:ty le|ty trong|toc do tang truong|toc do tang|toc do|so luong|tong so|so)(?= )/;

/** The sibling qualifiers (and any `extra`), folded, longest first: "trung hoc pho thong" before "trung hoc". */
export function qualifierKeys(extra: readonly string[] = []): string[] {
  return [...SIBLING_QUALIFIERS.flat(), ...extra].map((q) => foldKeepingOffsets(q)).sort((a, b) => b.length - a.length);
}

const QUALIFIERS = qualifierKeys();

/**
 * The two names a name written with "A/B" stands for ("… nước sạch đô thị/nông thôn" → "… nước sạch đô thị",
 * "… nước sạch nông thôn"), or undefined when it has no such pair. A and B are known sibling qualifiers where they are
 * ("mầm non/tiểu học"), else as many words each as fit on both sides, two at most ("bác sĩ/giường bệnh").
 */
export function splitSlashName(name: string): [string, string] | undefined {
  const at = name.indexOf("/");
  if (at <= 0 || name.indexOf("/", at + 1) >= 0 || /\s/.test(name.charAt(at - 1)) || /\s/.test(name.charAt(at + 1))) return undefined;
  const folded = foldKeepingOffsets(name).toLowerCase();
  // A parenthesis next to the pair ("(thể nhẹ cân/thể thấp còi)") is no part of its words; blanked, offsets kept.
  const before = folded.slice(0, at).replace(/[()]/g, " ");
  const after = folded.slice(at + 1).replace(/[()]/g, " ");
  if (PER_UNIT.test(after)) return undefined;
  let a = QUALIFIERS.find((q) => before === q || before.endsWith(` ${q}`))?.length;
  let b = QUALIFIERS.find((q) => after === q || after.startsWith(`${q} `))?.length;
  if (a === undefined || b === undefined) {
    const wordsBefore = before.split(" ");
    const wordsAfter = after.split(" ");
    // "thể nhẹ cân/thể thấp còi", "bảo hiểm y tế/bảo hiểm xã hội": B opens with a word of A, which A opens with too.
    const repeated = wordsBefore.lastIndexOf(wordsAfter[0]);
    // Else one word each side, or two where that leaves the indicator's head whole ("Số bác sĩ/giường bệnh", not "Tỷ lệ xã/phường").
    const headWords = INDICATOR_HEAD.exec(before)?.[0].split(" ").length ?? 1;
    const size = repeated > 0 ? wordsBefore.length - repeated : Math.min(2, wordsBefore.length - headWords, wordsAfter.length);
    if (size < 1 || size > wordsAfter.length) return undefined;
    a ??= wordsBefore.slice(-size).join(" ").length;
    b ??= wordsAfter.slice(0, size).join(" ").length;
  }
  if (!/^[\p{L}]/u.test(name.slice(at - a)) || !/[\p{L}]$/u.test(name.slice(0, at + 1 + b))) return undefined;
  const head = name.slice(0, at - a);
  const tail = name.slice(at + 1 + b);
  return [`${head}${name.slice(at - a, at)}${tail}`, `${head}${name.slice(at + 1, at + 1 + b)}${tail}`];
}
