/**
 * Scores the extractor on the real-shape fixtures (test/fixtures/extract/real-shapes): precision,
 * recall and F1 per shape, for the tuned set and the held-out sets (the first held-out set beside the
 * tuned snippets, the later ones in held-out-2/, held-out-3/, …, each from provinces used nowhere else).
 * Shared by the test and the bench.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Target } from "../../../src/core/catalog/schema";
import { extractTargets } from "../../../src/core/extract";
import { matchTargets } from "./match";

export const REAL_SHAPES = join(__dirname, "../../fixtures/extract/real-shapes");
/** Later held-out sets live in folders held-out-2/, held-out-3/, …: snippets modelled on provinces no earlier set used. */
export const HELD_OUT_FOLDER = /^held-out-\d+$/;

export interface ShapeFixture {
  /** Path under real-shapes/, e.g. "news-prose.txt" or "held-out-2/run-on-2030.txt". */
  file: string;
  shape: string;
  heldOut: boolean;
  /** "tuned", "held-out" (first set) or the folder of a later set ("held-out-2", "held-out-3", …). */
  set: string;
  text: string;
  expected: Target[];
}

function loadFolder(folder: string): ShapeFixture[] {
  const dir = join(REAL_SHAPES, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((name) => {
      const file = folder ? `${folder}/${name}` : name;
      const spec = JSON.parse(readFileSync(join(dir, name.replace(/\.txt$/, ".expected.json")), "utf8")) as { shape: string; heldOut: boolean; targets: Target[] };
      const set = folder || (spec.heldOut ? "held-out" : "tuned");
      return { file, shape: spec.shape, heldOut: spec.heldOut, set, text: readFileSync(join(dir, name), "utf8"), expected: spec.targets };
    });
}

export function loadShapeFixtures(): ShapeFixture[] {
  const laterSets = readdirSync(REAL_SHAPES)
    .filter((name) => HELD_OUT_FOLDER.test(name) && statSync(join(REAL_SHAPES, name)).isDirectory())
    .sort((a, b) => Number(a.split("-").pop()) - Number(b.split("-").pop()));
  return [...loadFolder(""), ...laterSets.flatMap((folder) => loadFolder(folder))];
}

export interface Score {
  expected: number;
  extracted: number;
  matched: number;
}

export const precision = (s: Score): number => (s.extracted ? s.matched / s.extracted : s.expected ? 0 : 1);
export const recall = (s: Score): number => (s.expected ? s.matched / s.expected : 1);
export const f1 = (s: Score): number => {
  const p = precision(s);
  const r = recall(s);
  return p + r ? (2 * p * r) / (p + r) : 0;
};

export interface FixtureScore extends Score {
  fixture: ShapeFixture;
  missed: Target[];
  extra: Target[];
}

export function scoreFixture(fixture: ShapeFixture): FixtureScore {
  const result = extractTargets(fixture.text, { file: fixture.file, plan: "snip" });
  const match = matchTargets(fixture.expected, result.targets);
  return { fixture, expected: fixture.expected.length, extracted: result.targets.length, matched: match.matched.length, missed: match.missed, extra: match.extra };
}

export function add(a: Score, b: Score): Score {
  return { expected: a.expected + b.expected, extracted: a.extracted + b.extracted, matched: a.matched + b.matched };
}

export function formatScore(label: string, s: Score): string {
  return `${label.padEnd(44)} expected ${String(s.expected).padStart(3)}  extracted ${String(s.extracted).padStart(3)}  P ${precision(s).toFixed(2)}  R ${recall(s).toFixed(2)}  F1 ${f1(s).toFixed(2)}`;
}

/** Lines for a report: one per shape, then the held-out and tuned totals. */
export function scoreReport(verbose = false): { lines: string[]; heldOut: Score; tuned: Score; bySet: Map<string, Score> } {
  const zero: Score = { expected: 0, extracted: 0, matched: 0 };
  const scores = loadShapeFixtures().map(scoreFixture);
  const lines: string[] = [];
  let heldOut = zero;
  let tuned = zero;
  const byShape = new Map<string, Score>();
  const bySet = new Map<string, Score>();
  for (const s of scores) {
    const key = `${s.fixture.set} · ${s.fixture.shape}`;
    byShape.set(key, add(byShape.get(key) ?? zero, s));
    bySet.set(s.fixture.set, add(bySet.get(s.fixture.set) ?? zero, s));
    if (s.fixture.heldOut) heldOut = add(heldOut, s);
    else tuned = add(tuned, s);
  }
  for (const [k, s] of [...byShape].sort()) lines.push(formatScore(k, s));
  for (const [set, s] of [...bySet].filter(([set]) => set !== "tuned").sort()) lines.push(formatScore(`SET ${set}`, s));
  lines.push(formatScore("ALL HELD-OUT", heldOut), formatScore("ALL TUNED", tuned));
  if (verbose) {
    for (const s of scores) {
      lines.push(formatScore(s.fixture.file, s));
      for (const t of s.missed) lines.push(`    missed ${t.name} (${t.value ?? `${t.min}-${t.max}`} ${t.unit})`);
      for (const t of s.extra) lines.push(`    extra  ${t.name} (${t.value ?? `${t.min}-${t.max}`} ${t.unit})`);
    }
  }
  return { lines, heldOut, tuned, bySet };
}
