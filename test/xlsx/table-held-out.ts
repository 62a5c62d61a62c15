/**
 * Scores table import on the held-out tables (test/fixtures/tables/held-out): each file is read as a
 * user would give it (.csv or .xlsx bytes) and its targets matched with the extraction rule
 * (test/core/extract/match.ts); lead agencies and offered actuals are counted too. Used by the bench.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Target } from "../../src/core/catalog/schema";
import { fold } from "../../src/core/text/normalize";
import { importTableFile } from "../../src/xlsx/import-table-file";
import { matchTargets } from "../core/extract/match";
import { f1, formatScore, precision, recall, type Score } from "../core/extract/real-shapes";

export const TABLE_HELD_OUT = join(__dirname, "../fixtures/tables/held-out");

type ExpectedTarget = Target & { agency?: string };

export interface TableHeldOutScore {
  file: string;
  /** What the import answered: "catalog", "question" or "error" (with its message). */
  outcome: string;
  targets: Score;
  agencies: { expected: number; right: number };
  actuals: { expected: number; offered: number; matched: number };
  missed: ExpectedTarget[];
  extra: Target[];
}

function countShared(want: number[], have: number[]): number {
  const left = [...have];
  let n = 0;
  for (const v of want) {
    const i = left.findIndex((x) => Math.abs(x - v) < 1e-9);
    if (i >= 0) {
      left.splice(i, 1);
      n++;
    }
  }
  return n;
}

export async function scoreTableFile(name: string): Promise<TableHeldOutScore> {
  const spec = JSON.parse(readFileSync(join(TABLE_HELD_OUT, name.replace(/\.(csv|xlsx)$/, ".expected.json")), "utf8")) as {
    targets: ExpectedTarget[];
    actuals: { values: number[] };
  };
  const result = await importTableFile({ name, data: readFileSync(join(TABLE_HELD_OUT, name)) }, { plan: "held-out" });
  const expectedAgencies = spec.targets.filter((t) => t.agency).length;
  if (result.kind !== "catalog") {
    const outcome = `${result.kind}: ${result.kind === "error" ? result.message.vi : result.question.message.vi}`;
    return { file: name, outcome, targets: { expected: spec.targets.length, extracted: 0, matched: 0 }, agencies: { expected: expectedAgencies, right: 0 }, actuals: { expected: spec.actuals.values.length, offered: 0, matched: 0 }, missed: spec.targets, extra: [] };
  }
  const { targets, agencies } = result.catalog;
  const match = matchTargets(spec.targets, targets);
  const leadOf = (t: Target) => agencies.find((a) => a.id === t.agency)?.name ?? "";
  const right = match.matched.filter((m) => (m.catalog as ExpectedTarget).agency && fold(leadOf(m.extracted)) === fold((m.catalog as ExpectedTarget).agency!)).length;
  const offered = result.actuals.map((a) => a.value);
  return {
    file: name,
    outcome: "catalog",
    targets: { expected: spec.targets.length, extracted: targets.length, matched: match.matched.length },
    agencies: { expected: expectedAgencies, right },
    actuals: { expected: spec.actuals.values.length, offered: offered.length, matched: countShared(spec.actuals.values, offered) },
    missed: match.missed as ExpectedTarget[],
    extra: match.extra,
  };
}

export function tableHeldOutFiles(): string[] {
  return readdirSync(TABLE_HELD_OUT).filter((f) => /\.(csv|xlsx)$/.test(f)).sort();
}

/** Report lines: one per file, the total, then what was missed or extra. */
export async function tableHeldOutReport(): Promise<{ lines: string[]; total: Score }> {
  const lines: string[] = [];
  let total: Score = { expected: 0, extracted: 0, matched: 0 };
  const details: string[] = [];
  for (const file of tableHeldOutFiles()) {
    const s = await scoreTableFile(file);
    total = { expected: total.expected + s.targets.expected, extracted: total.extracted + s.targets.extracted, matched: total.matched + s.targets.matched };
    const agencies = s.agencies.expected ? `; lead agencies ${s.agencies.right}/${s.agencies.expected}` : "";
    const actuals = s.actuals.expected || s.actuals.offered ? `; actuals ${s.actuals.matched}/${s.actuals.expected} (offered ${s.actuals.offered})` : "";
    lines.push(`${formatScore(`table held-out · ${file}`, s.targets)}${agencies}${actuals}${s.outcome === "catalog" ? "" : ` — ${s.outcome}`}`);
    for (const t of s.missed) details.push(`    ${file}: missed ${t.name} (${t.value ?? `${t.min}-${t.max}`} ${t.unit})`);
    for (const t of s.extra) details.push(`    ${file}: extra  ${t.name} (${t.value ?? `${t.min}-${t.max}`} ${t.unit})`);
  }
  lines.push(`${formatScore("table held-out · ALL", total)}  (F1 ${f1(total).toFixed(2)}, P ${precision(total).toFixed(2)}, R ${recall(total).toFixed(2)})`, ...details);
  return { lines, total };
}
