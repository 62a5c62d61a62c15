/**
 * The marks a table numbers its rows with in the STT column (I, II., A, 1, 1.1, a), -, +, *): one
 * answer both for finding the STT column and for grouping and nesting the rows.
 */

const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;

/** A row's place: a group heading (I, II, A, B), or a level to nest by (a higher rank nests under a lower). */
export type Marker = { kind: "group" } | { kind: "level"; rank: number };

/** What an STT mark says of its row ("II." a group; "1.2" level 2; "a)" 10; "-" 11; "+" 12; "*" 13); null: the text is no mark. */
export function sttMark(text: string): Marker | null {
  const s = text.replace(/[.)]+$/, "").trim();
  if (!s) return null;
  if (ROMAN.test(s) || /^[A-H]$/.test(s)) return { kind: "group" };
  if (/^\d+$/.test(s)) return { kind: "level", rank: 1 };
  if (/^\d+(?:\.\d+)+$/.test(s)) return { kind: "level", rank: s.split(".").length };
  if (/^[a-zđ]$/.test(s)) return { kind: "level", rank: 10 };
  if (/^[-–—•]$/.test(s)) return { kind: "level", rank: 11 };
  if (s === "+") return { kind: "level", rank: 12 };
  if (s === "*") return { kind: "level", rank: 13 };
  // Other letters and Roman-like runs ("K", "iv", "LX"): marks still, numbered as a first level.
  if (/^(?:[ivxlc]+|[a-zđ])$/iu.test(s)) return { kind: "level", rank: 1 };
  return null;
}
