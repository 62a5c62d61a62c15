/**
 * Consolidation speed: 60 agency annexes × 150 targets, generated in a temp folder, then
 * consolidated (read + merge + write the province's workbook) beside the same job done by a
 * short pandas + openpyxl script (bench/consolidate_pandas.py). Goal: ≥ 2× faster, < 3 s.
 *
 * Each run is a fresh process, so both sides run cold as a user's would, and both are timed
 * from after their libraries are loaded. The two alternate, ROUNDS times, so that a machine
 * that speeds up or slows down during the bench affects both alike; medians are compared.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildAnnex, planAgencies } from "../src/core/annex/build";
import { formatViNumber } from "../src/core/numbers/vi";
import { annexToXlsx } from "../src/xlsx/write";
import { syntheticCatalogFile } from "../test/core/annex/synthetic";
import { loadCatalogsOrThrow } from "../src/core/catalog/load";

const AGENCIES = 60;
const TARGETS = 150;
const ROUNDS = 5;
const PLAN = "tinh-x-2024";
const PERIOD = "2024-Q2";

interface JobTimes {
  total: number;
  read?: number;
  merge?: number;
  write?: number;
  rows?: number;
  rejected?: number;
  /** pandas only: seconds spent importing it. */
  import?: number;
}

/** The floor under "read": ExcelJS's own load of every file, cold, in a fresh process, nothing of ours. */
const EXCELJS_LOAD_ONLY = `
const ExcelJS = require("exceljs");
const fs = require("fs");
const path = require("path");
const dir = process.argv[1];
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".xlsx")).map((f) => fs.readFileSync(path.join(dir, f)));
(async () => {
  const t = performance.now();
  for (const bytes of files) await new ExcelJS.Workbook().xlsx.load(bytes);
  console.log(JSON.stringify({ total: Math.round(performance.now() - t) / 1000 }));
})();`;

function python(): string | null {
  for (const candidate of ["/usr/bin/python3", "python3"]) {
    if (spawnSync(candidate, ["-c", "import pandas, openpyxl"], { encoding: "utf8" }).status === 0) return candidate;
  }
  return null;
}

function runJson(command: string, args: string[]): JobTimes | string {
  const r = spawnSync(command, args, { encoding: "utf8", cwd: join(__dirname, "..") });
  const last = r.stdout.trim().split("\n").at(-1) ?? "";
  try {
    if (r.status === 0) return JSON.parse(last) as JobTimes;
  } catch {
    // fall through to the error text
  }
  return r.stderr.trim().split("\n").at(-1) ?? `exit ${r.status}`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (s: number) => `${formatViNumber(s, { decimals: 2 })} s`;
const spread = (xs: number[]) => `${seconds(Math.min(...xs))}–${seconds(Math.max(...xs))}`;

async function writeAnnexes(dir: string): Promise<string> {
  const file = syntheticCatalogFile({ agencies: AGENCIES, targetsPerAgency: TARGETS, planId: PLAN });
  const catalog = loadCatalogsOrThrow([{ file: "synthetic.json", data: file }]);
  const catalogPath = join(dir, "catalog.json");
  writeFileSync(catalogPath, JSON.stringify(file));
  mkdirSync(join(dir, "in"));
  for (const agency of planAgencies(catalog, PLAN)) {
    const actuals = new Map(
      catalog.targets.filter((t) => t.agency === agency.id).map((t, i) => [t.id, { actual: 10 + i * 1.25, lastYear: 9 + i, estimateYear: 20 + i }]),
    );
    const built = buildAnnex(catalog, { plan: PLAN, agency: agency.id, period: PERIOD, generatedAt: "2024-06-10T02:00:00.000Z", actuals });
    if (!built.ok) throw new Error(built.error.vi);
    writeFileSync(join(dir, "in", `${agency.id}.xlsx`), await annexToXlsx(built.annex));
  }
  return catalogPath;
}

export async function run(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "kehoach-bench-consolidate-"));
  try {
    const catalogPath = await writeAnnexes(dir);
    const py = python();
    const ours: JobTimes[] = [];
    const theirs: JobTimes[] = [];
    const failures: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const job = runJson(process.execPath, [
        "-r",
        "./bench/register.js",
        "bench/consolidate-job.ts",
        join(dir, "in"),
        join(dir, "tong-hop.xlsx"),
        catalogPath,
        PERIOD,
        "2024-06-20T00:00:00.000Z",
      ]);
      if (typeof job === "string") failures.push(`kehoach: ${job}`);
      else ours.push(job);
      if (!py) continue;
      const pandas = runJson(py, [join(__dirname, "consolidate_pandas.py"), join(dir, "in"), join(dir, "pandas.xlsx")]);
      if (typeof pandas === "string") failures.push(`pandas: ${pandas}`);
      else theirs.push(pandas);
    }
    if (!ours.length) return [`consolidate: could not run (${failures.join("; ")})`];
    const excelOnly: number[] = [];
    for (let round = 0; round < 3; round++) {
      const floor = runJson(process.execPath, ["-e", EXCELJS_LOAD_ONLY, join(dir, "in")]);
      if (typeof floor !== "string") excelOnly.push(floor.total);
    }

    const lines = [`consolidate: ${AGENCIES} annexes × ${TARGETS} targets (${ours[0].rows} rows, ${ours[0].rejected} rejected), ${ROUNDS} cold runs each, medians`];
    const phase = (key: "read" | "merge" | "write") => seconds(median(ours.map((o) => o[key] ?? 0)));
    const oursTotal = median(ours.map((o) => o.total));
    lines.push(`  kehoach: ${seconds(oursTotal)} (read ${phase("read")}, merge ${phase("merge")}, write ${phase("write")}); runs ${spread(ours.map((o) => o.total))}`);
    if (excelOnly.length) lines.push(`  of which ExcelJS alone, loading the 60 workbooks (nothing else): ${seconds(median(excelOnly))}`);
    if (!py) {
      lines.push("  pandas + openpyxl: not available (apt-get install python3-pandas python3-openpyxl)");
    } else if (!theirs.length) {
      lines.push(`  pandas + openpyxl: failed (${failures.join("; ")})`);
    } else {
      const pandasTotal = median(theirs.map((t) => t.total));
      const ratio = pandasTotal / oursTotal;
      lines.push(`  pandas + openpyxl: ${seconds(pandasTotal)}; runs ${spread(theirs.map((t) => t.total))} (importing pandas, not counted: ${seconds(median(theirs.map((t) => t.import ?? 0)))})`);
      lines.push(`  ratio: ${formatViNumber(ratio, { decimals: 1 })}× faster than pandas (goal ≥ 2×) ${ratio >= 2 ? "✓" : "✗"}; under 3 s ${oursTotal < 3 ? "✓" : "✗"}`);
      const withImport = median(theirs.map((t) => t.total + (t.import ?? 0))) / oursTotal;
      lines.push(`  (counting pandas' import against it, as a first draft of this bench did: ${formatViNumber(withImport, { decimals: 1 })}×)`);
    }
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void run().then((lines) => lines.forEach((l) => console.log(l)));
