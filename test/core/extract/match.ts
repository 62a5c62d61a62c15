/**
 * The rule the quality test applies: a reviewed catalog target is recalled when some extracted
 * record has the same value (or min and max), a compatible unit, and shares enough name keywords.
 */
import type { Target } from "../../../src/core/catalog/schema";
import { splitScale } from "../../../src/core/numbers/scale";
import { fold } from "../../../src/core/text/normalize";

const STOP = new Set(["ty", "le", "so", "cac", "va", "cua", "trong", "duoc", "dat", "co", "nam", "the", "tren", "theo", "nhung", "voi", "muc", "binh", "quan", "khu", "vuc", "nganh", "tinh", "ca", "nuoc"]);

export function keywords(name: string): Set<string> {
  return new Set(fold(name).split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !STOP.has(w) && !/^\d+$/.test(w)));
}

/** Overlap coefficient of the two names' keywords: shared / size of the smaller set. */
export function keywordScore(catalogName: string, extractedName: string): number {
  const want = keywords(catalogName);
  const have = keywords(extractedName);
  if (want.size === 0) return 0;
  let shared = 0;
  for (const w of want) if (have.has(w)) shared++;
  return shared / Math.min(want.size, have.size);
}

const SYNONYMS: Record<string, string> = { "10.000 dan": "van dan", "van dan": "van dan" };

/** Same scale and same head noun ("giường" ~ "giường bệnh/vạn dân"; "triệu đồng" ~ "triệu đồng/ha"). */
export function compatibleUnits(a: string, b: string): boolean {
  const fa = fold(a);
  const fb = fold(b);
  if (fa === fb) return true;
  // A rate's fall printed "giảm 1,5%" is read as points: a reviewer writes the unit as printed, the extractor "điểm %".
  const percentLike = (u: string) => u === "%" || u === "diem %";
  if (percentLike(fa) && percentLike(fb)) return true;
  if (fa === "%" || fb === "%") return false;
  const sa = splitScale(a);
  const sb = splitScale(b);
  if (sa.scale !== sb.scale) return false;
  const head = (u: string) => (SYNONYMS[u] ?? u).split(/[\s/]+/)[0];
  return head(fold(sa.baseUnit)) === head(fold(sb.baseUnit));
}

export function sameAmount(a: Target, b: Target): boolean {
  if (a.value !== undefined && b.value !== undefined) return Math.abs(a.value - b.value) < 1e-9;
  if (a.min !== undefined && b.min !== undefined) return Math.abs(a.min - b.min) < 1e-9 && Math.abs((a.max ?? NaN) - (b.max ?? NaN)) < 1e-9;
  return false;
}

export const KEYWORD_THRESHOLD = 0.6;

export interface MatchResult {
  matched: { catalog: Target; extracted: Target; score: number }[];
  missed: Target[];
  extra: Target[];
}

/** One-to-one matching, best keyword score first. */
export function matchTargets(catalog: Target[], extracted: Target[]): MatchResult {
  const pairs: { c: number; e: number; score: number }[] = [];
  catalog.forEach((c, ci) =>
    extracted.forEach((e, ei) => {
      if (!sameAmount(c, e) || !compatibleUnits(c.unit, e.unit)) return;
      const score = keywordScore(c.name, e.name);
      if (score >= KEYWORD_THRESHOLD) pairs.push({ c: ci, e: ei, score });
    }),
  );
  pairs.sort((a, b) => b.score - a.score);
  const usedC = new Set<number>();
  const usedE = new Set<number>();
  const matched: MatchResult["matched"] = [];
  for (const p of pairs) {
    if (usedC.has(p.c) || usedE.has(p.e)) continue;
    usedC.add(p.c);
    usedE.add(p.e);
    matched.push({ catalog: catalog[p.c], extracted: extracted[p.e], score: p.score });
  }
  return {
    matched,
    missed: catalog.filter((_, i) => !usedC.has(i)),
    extra: extracted.filter((_, i) => !usedE.has(i)),
  };
}

/**
 * Tasks against a reviewed catalog's, by the line they cite (reviewers split or merge a paragraph's
 * tasks differently, so lines are compared, not titles): lines found, lines extracted, lines shared.
 */
export function taskLineScore(catalog: { source: { line: number } }[], extracted: { source: { line: number } }[]): { expected: number; extracted: number; matched: number } {
  const want = new Set(catalog.map((t) => t.source.line));
  const have = new Set(extracted.map((t) => t.source.line));
  return { expected: want.size, extracted: have.size, matched: [...have].filter((l) => want.has(l)).length };
}
