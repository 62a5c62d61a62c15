/**
 * Which column of a submitted sheet holds which field. Every header is scored against the
 * fields, and each field takes its best-scoring column, not the first that matches: an agency's
 * "Thực hiện tháng 6/2024" inserted beside the template's "Thực hiện kỳ báo cáo" does not take its
 * place, and a header naming an earlier year ("Thực hiện 6 tháng năm 2023") is last year's figure.
 * Two columns that score alike for one field are ambiguous: neither is used, and both are reported.
 */
import { COLUMN_SPECS, headerKey, matchHeaderKey, tooLongForHeader, type ColumnKey } from "../annex/columns";
import { ownCopy } from "../text/normalize";

export interface HeaderMatch {
  key: ColumnKey;
  /** 3: the template's own header; 2: a known wording; 1: a looser wording or a year-qualified one. */
  score: number;
}

const EXACT = new Map(Object.values(COLUMN_SPECS).map((spec) => [headerKey(spec.header), spec.key]));

/** Wordings of the fields an agency fills in that the annex's own header rules leave out (whole words, folded). */
const LOOSER_WORDS: ReadonlyArray<[ColumnKey, readonly string[]]> = [
  ["lastYear", ["nam truoc", "ky truoc", "nam ngoai"]],
  ["estimateYear", ["du kien", "du bao", "ca nam"]],
  ["note", ["dien giai", "thuyet minh"]],
];

const REPORTED: ReadonlySet<ColumnKey> = new Set(["actual", "lastYear", "estimateYear"]);

/** Scores of texts already seen, per period year: every agency's file repeats the same title and header cells. */
const scoresByYear = new Map<number | null, Map<string, HeaderMatch | null>>();
const MAX_REMEMBERED = 5_000;

/** The field a header names, and how surely; `periodYear` re-reads year-qualified headers. */
export function scoreHeader(text: string, periodYear: number | null): HeaderMatch | null {
  let known = scoresByYear.get(periodYear);
  if (!known) scoresByYear.set(periodYear, (known = new Map()));
  let match = known.get(text);
  if (match === undefined) {
    match = scoreHeaderText(text, periodYear);
    // A copy: the cell's text is cut from its file's XML, which the key would otherwise keep in memory.
    if (known.size < MAX_REMEMBERED) known.set(ownCopy(text), match);
  }
  return match;
}

function scoreHeaderText(text: string, periodYear: number | null): HeaderMatch | null {
  const key = headerKey(text);
  if (!key) return null;
  const exact = EXACT.get(key);
  if (exact) return { key: exact, score: 3 };
  let match: HeaderMatch | null = null;
  const known = tooLongForHeader(text) ? null : matchHeaderKey(key);
  if (known) match = { key: known, score: 2 };
  else {
    const padded = ` ${key} `;
    const loose = LOOSER_WORDS.find(([, words]) => words.some((w) => padded.includes(` ${w} `)));
    if (loose) match = { key: loose[0], score: 1 };
  }
  if (!match || periodYear === null || !REPORTED.has(match.key)) return match;
  const years = [...key.matchAll(/\b(19|20)\d\d\b/g)].map((m) => Number(m[0]));
  if (!years.length) return match;
  // A figure of an earlier year is last year's (the annex asks for no older one); a later year's is none of ours.
  if (years.every((y) => y < periodYear)) return { key: "lastYear", score: match.key === "lastYear" ? match.score : 1 };
  if (years.every((y) => y > periodYear)) return null;
  return match;
}

export interface ColumnChoice {
  columns: Map<ColumnKey, number>;
  /** Columns that lost their field to a better one, or tied with another: key → the column used (or null on a tie). */
  losers: Array<{ column: number; key: ColumnKey; usedColumn: number | null }>;
}

/** Best column per field among one header row's cells. */
export function chooseColumns(cells: readonly unknown[], periodYear: number | null): ColumnChoice {
  const best = new Map<ColumnKey, { column: number; score: number; tied: number[] }>();
  const scored: Array<{ column: number; match: HeaderMatch }> = [];
  cells.forEach((cell, column) => {
    if (typeof cell !== "string") return;
    const match = scoreHeader(cell, periodYear);
    if (!match) return;
    scored.push({ column, match });
    const current = best.get(match.key);
    if (!current || match.score > current.score) best.set(match.key, { column, score: match.score, tied: [] });
    else if (match.score === current.score) current.tied.push(column);
  });
  const columns = new Map<ColumnKey, number>();
  const losers: ColumnChoice["losers"] = [];
  for (const [key, choice] of best) {
    // Ambiguity and losers matter only for what agencies fill in; the other columns are ours and recomputed.
    const filled = REPORTED.has(key) || key === "note";
    const ambiguous = filled && choice.tied.length > 0;
    if (!ambiguous) columns.set(key, choice.column);
    if (!filled) continue;
    for (const { column, match } of scored) {
      if (match.key !== key || (!ambiguous && column === choice.column)) continue;
      losers.push({ column, key, usedColumn: ambiguous ? null : choice.column });
    }
  }
  return { columns, losers };
}
