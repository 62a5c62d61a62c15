/**
 * Proof by a real client: random targets of every kind × comparator × direction (ranges, baselines,
 * multi-year targets) and random figures are typed into annex templates; LibreOffice recalculates
 * the formulas; every "% so kế hoạch", "% so cùng kỳ" and "Đánh giá" must equal what `evaluate`
 * says. All files go through one soffice call. Skipped, with a message, where soffice is missing.
 */
import fc from "fast-check";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildAnnex } from "../../src/core/annex/build";
import { DEFAULT_WORDS, judgedWord } from "../../src/core/annex/formulas";
import { layoutAnnexWorkbook, layoutMetaSheet } from "../../src/core/annex/layout";
import { loadCatalogsOrThrow } from "../../src/core/catalog/load";
import { COMPARATORS, DIRECTIONS, TARGET_KINDS, type CatalogFile, type Target } from "../../src/core/catalog/schema";
import { evaluateTarget, judgingRuleFor, type Status } from "../../src/core/evaluate";
import { parseViNumber } from "../../src/core/numbers/vi";
import { writeSpreadsheetML } from "../../src/xlsx/sml-write";
import { csvRows, CSV_FILTER, hasSoffice, soffice } from "./soffice";

if (!hasSoffice) console.warn("soffice (libreoffice-calc) not found: formula agreement test skipped");
const d = hasSoffice ? describe : describe.skip;

const SEED = 20241128;
const TARGETS = 250;
const PERIODS = ["2024-M02", "2024-Q1", "2024-Q2", "2024-6M", "2024-9M", "2024", "2025-Q3", "2026"];
const PLAN = "tinh-p";

/** Figures as plans write them: 0 to 3 decimals. */
const figure = (max: number) =>
  fc.tuple(fc.integer({ min: 0, max: max * 1000 }), fc.integer({ min: 0, max: 3 })).map(([n, dec]) => Number((n / 1000).toFixed(dec)));

const arbitraryTarget = fc
  .record({
    kind: fc.constantFrom(...TARGET_KINDS),
    comparator: fc.constantFrom(...COMPARATORS),
    direction: fc.constantFrom(...DIRECTIONS),
    unit: fc.constantFrom("%", "tỷ đồng", "xã", "giường bệnh/vạn dân"),
    year: fc.constantFrom(2024, 2025, 2026, 2030),
    a: figure(100),
    b: figure(100),
    range: fc.boolean(),
    baseline: fc.option(fc.record({ year: fc.integer({ min: 2018, max: 2023 }), value: figure(100) }), { nil: undefined }),
  })
  .map(({ a, b, range, ...rest }) => ({ ...rest, ...(range && a !== b ? { min: Math.min(a, b), max: Math.max(a, b) } : { value: a }) }));

type Spec = typeof arbitraryTarget extends fc.Arbitrary<infer T> ? T : never;

function catalogOf(specs: Spec[]) {
  const source = { file: "p.txt", line: 1, text: "chỉ tiêu" };
  const targets = specs.map((s, i) => ({ id: `${PLAN}.t${i + 1}`, plan: PLAN, name: `Chỉ tiêu thử số ${i + 1}`, agency: "so-a", group: "Kinh tế", source, ...s }));
  const file: CatalogFile = {
    version: "1",
    plan: { id: PLAN, type: "Kế hoạch", title: "Kế hoạch thử công thức", issuer: "UBND Tỉnh P", date: "2024-01-05", province: "Tỉnh P", sourceFile: "p.txt" },
    agencies: [{ id: "so-a", name: "Sở A", level: "province" }],
    targets: targets as Target[],
    tasks: [],
  } as CatalogFile;
  return loadCatalogsOrThrow([{ file: "p.json", data: file }]);
}

/** A figure worth trying: on the thresholds the rule uses, just beside them, anywhere, or none. */
function figuresFor(t: Target, period: string, pick: number[], noise: number[]): { actual: number | null; lastYear: number | null } {
  const rule = judgingRuleFor(t, { period });
  const step = 10 ** -rule.decimals;
  const around = [rule.figure, rule.reach ?? rule.figure, rule.progress.pace, rule.progress.mode === "path" ? rule.progress.base : rule.figure];
  const [kind, which, offset] = pick;
  const centre = around[which % around.length];
  let actual: number | null;
  if (kind === 0) actual = null;
  else if (kind < 4) actual = centre + (offset - 2) * step * 0.5; // exactly on a threshold, or half a shown step beside it
  else actual = noise[0];
  if (actual !== null && rule.measure.kind === "change") actual = rule.measure.reference + actual / 3; // levels near the reference
  const lastYear = noise[1] < 10 ? null : noise[1] < 15 ? 0 : noise[1];
  return { actual: actual === null ? null : Number(actual.toFixed(4)), lastYear };
}

/** Words back to evaluate's statuses; Vượt and Không đạt only at year end, Chậm tiến độ only before it. */
function statusOfWord(word: string, final: boolean): Status | "?" {
  if (word === DEFAULT_WORDS.exceeded || word === DEFAULT_WORDS.achieved) return "achieved";
  if (word === DEFAULT_WORDS.missed) return final ? "off_track" : "?";
  if (word === DEFAULT_WORDS.offTrack) return final ? "?" : "off_track";
  if (word === DEFAULT_WORDS.onTrack) return "on_track";
  if (word === DEFAULT_WORDS.atRisk) return "at_risk";
  if (word === "" || word === DEFAULT_WORDS.noReference) return "no_data";
  return "?";
}

const number = (text: string): number | null => {
  if (text === "") return null;
  const parsed = parseViNumber(text);
  return parsed.ok ? parsed.value : NaN;
};

d("annex formulas recalculated by LibreOffice agree with evaluate", () => {
  test("every % so kế hoạch, % so cùng kỳ and Đánh giá, for random targets and figures", async () => {
    const specs = fc.sample(arbitraryTarget, { seed: SEED, numRuns: TARGETS });
    const catalog = catalogOf(specs);
    const picks = fc.sample(fc.tuple(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.nat(3), fc.integer({ min: 0, max: 4 })), fc.tuple(figure(150), figure(150))), {
      seed: SEED + 1,
      numRuns: TARGETS * PERIODS.length,
    });
    const dir = mkdtempSync(join(tmpdir(), "kehoach-formulas-"));
    const cases: { target: Target; period: string; actual: number | null; lastYear: number | null }[] = [];
    const files: string[] = [];
    let next = 0;
    for (const period of PERIODS) {
      const built = buildAnnex(catalog, { plan: PLAN, period, generatedAt: "2024-01-01T00:00:00Z" });
      if (!built.ok) throw new Error(built.error.vi);
      const { annex } = built;
      const layout = layoutAnnexWorkbook(annex);
      const col = (k: string) => annex.columns.indexOf(k as never) + 1;
      layout.sheets[0].rows.forEach((row) => {
        const id = row.cells[col("targetId") - 1];
        const target = typeof id === "string" ? catalog.targetById.get(id) : undefined;
        if (!target || row.style === "header") return;
        const [pick, noise] = picks[next++];
        const figures = figuresFor(target, period, pick, noise);
        // Typed as an agency types them: the template's cached results are for empty cells.
        if (figures.actual !== null) row.cells[col("actual") - 1] = figures.actual;
        if (figures.lastYear !== null) row.cells[col("lastYear") - 1] = figures.lastYear;
        cases.push({ target, period, ...figures });
      });
      const name = `p-${period}.xlsx`;
      // Written by the writer every annex goes through (the SpreadsheetML writer).
      writeFileSync(join(dir, name), writeSpreadsheetML([...layout.sheets, layoutMetaSheet(layout.meta)]));
      files.push(name);
    }
    soffice(dir, ["--convert-to", CSV_FILTER, "--outdir", join(dir, "csv"), ...files], { recalculate: true });

    const disagreements: string[] = [];
    const statuses = new Map<string, number>();
    for (const period of PERIODS) {
      const built = buildAnnex(catalog, { plan: PLAN, period, generatedAt: "2024-01-01T00:00:00Z" });
      if (!built.ok) throw new Error(built.error.vi);
      const cols = built.annex.columns;
      const at = (k: string) => cols.indexOf(k as never);
      const rows = new Map(csvRows(readFileSync(join(dir, "csv", `p-${period}.csv`), "utf8")).map((r) => [r[at("targetId")], r]));
      for (const c of cases.filter((x) => x.period === period)) {
        const row = rows.get(c.target.id);
        const ev = evaluateTarget(c.target, { period, actual: c.actual });
        const final = judgingRuleFor(c.target, { period }).final;
        const word = row?.[at("status")] ?? "(missing row)";
        const got = { status: statusOfWord(word, final), percent: number(row?.[at("percentPlan")] ?? "x"), lastYear: number(row?.[at("percentLastYear")] ?? "x") };
        const want = {
          status: ev.status,
          percent: ev.percentOfPlan,
          lastYear: c.actual !== null && c.lastYear ? Math.round((c.actual / c.lastYear) * 1000) / 10 : null,
        };
        statuses.set(`${word || "(trống)"}`, (statuses.get(word || "(trống)") ?? 0) + 1);
        const lastYearOff = want.lastYear !== null && got.lastYear !== null ? Math.abs(want.lastYear - got.lastYear) > 0.1 + 1e-9 : want.lastYear !== got.lastYear;
        if (got.status !== want.status || got.percent !== want.percent || lastYearOff) {
          disagreements.push(`${c.target.id} ${JSON.stringify({ ...c.target, source: undefined })} @${period} actual=${c.actual} lastYear=${c.lastYear}: LibreOffice ${JSON.stringify({ word, ...got })}, evaluate ${JSON.stringify(want)}`);
        }
      }
    }
    console.log(`formula agreement: ${cases.length} cases (${TARGETS} targets × ${PERIODS.length} periods), ${disagreements.length} disagreements; words seen: ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(disagreements.slice(0, 10)).toEqual([]);
    expect(cases.length).toBe(TARGETS * PERIODS.length);
  });

  test("configured evaluation words: LibreOffice shows them, never the defaults, as the core words them", async () => {
    const words = { exceeded: "Vượt mức", achieved: "Hoàn thành", missed: "Chưa hoàn thành", onTrack: "Bảo đảm tiến độ", atRisk: "Cần cố gắng", offTrack: "Chậm" };
    const actuals = [130, 100, 99, 90, 75, 50, 10, null];
    const catalog = catalogOf(actuals.map(() => ({ kind: "level", comparator: ">=", direction: "increase", unit: "%", year: 2024, value: 100 }) as Spec));
    const dir = mkdtempSync(join(tmpdir(), "kehoach-words-"));
    const periods = ["2024-Q2", "2024"];
    for (const period of periods) {
      const built = buildAnnex(catalog, { plan: PLAN, period, generatedAt: "2024-01-01T00:00:00Z", words });
      if (!built.ok) throw new Error(built.error.vi);
      const layout = layoutAnnexWorkbook(built.annex);
      const col = (k: string) => built.annex.columns.indexOf(k as never) + 1;
      layout.sheets[0].rows.forEach((row) => {
        const id = row.cells[col("targetId") - 1];
        const i = typeof id === "string" && id.startsWith(`${PLAN}.t`) ? Number(id.slice(PLAN.length + 2)) - 1 : -1;
        if (i >= 0 && actuals[i] !== null) row.cells[col("actual") - 1] = actuals[i];
      });
      writeFileSync(join(dir, `w-${period}.xlsx`), writeSpreadsheetML([...layout.sheets, layoutMetaSheet(layout.meta)]));
    }
    soffice(dir, ["--convert-to", CSV_FILTER, "--outdir", join(dir, "csv"), ...periods.map((p) => `w-${p}.xlsx`)], { recalculate: true });
    const seen = new Set<string>();
    for (const period of periods) {
      const built = buildAnnex(catalog, { plan: PLAN, period, generatedAt: "2024-01-01T00:00:00Z", words });
      if (!built.ok) throw new Error(built.error.vi);
      const at = (k: string) => built.annex.columns.indexOf(k as never);
      const rows = new Map(csvRows(readFileSync(join(dir, "csv", `w-${period}.csv`), "utf8")).map((r) => [r[at("targetId")], r]));
      actuals.forEach((actual, i) => {
        const target = catalog.targetById.get(`${PLAN}.t${i + 1}`)!;
        const word = rows.get(target.id)?.[at("status")];
        expect([period, actual, word]).toEqual([period, actual, judgedWord(judgingRuleFor(target, { period }), actual, built.annex.words)]);
        if (word) seen.add(word);
      });
    }
    // Every configured word shows somewhere; no default word does.
    expect([...seen].sort()).toEqual(Object.values(words).sort());
  });
});
