/**
 * Consolidation speed and memory: 60, 250 and 1,000 agency annexes × 150 targets, generated in a
 * temp folder, consolidated by `kehoach consolidate` (the built CLI, lib/cli) and by a short
 * pandas + openpyxl script (bench/consolidate_pandas.py) on the same files, alternating, in one run.
 *
 * Each run is a fresh process. "Whole" is the process as a user runs it, start-up included: wall,
 * CPU (user + system of the child, from /usr/bin/time) and peak RSS. "Job" leaves start-up out: the
 * child's own timing after its libraries load (bench/consolidate-job.ts; the pandas script's own).
 * The machine is shared: CPU ratios within one run are the figure of record. Medians of ROUNDS.
 * Usage: bench/run.ts consolidate [SIZES, e.g. 60,250]
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildAnnex, planAgencies } from "../src/core/annex/build";
import { formatViNumber } from "../src/core/numbers/vi";
import { annexToXlsx } from "../src/xlsx/annex-xlsx";
import { syntheticCatalogFile } from "../test/core/annex/synthetic";
import { loadCatalogsOrThrow } from "../src/core/catalog/load";
import { median } from "./measure";

const TARGETS = 150;
const PLAN = "tinh-x-2024";
const PERIOD = "2024-Q2";
const ROOT = join(__dirname, "..");
/** Rounds per size, at least three (a median): 1,000 files take about a minute per pair on a 2-core machine. */
const ROUNDS: Record<number, number> = { 60: 5, 250: 3, 1000: 3 };

interface Run {
  wall: number;
  cpu: number;
  rssMB: number;
}

/** `/usr/bin/time` around a child: wall, user + system CPU, peak RSS; plus the child's last stdout line. */
function timed(command: string, args: string[]): { run: Run; last: string } | string {
  const r = spawnSync("/usr/bin/time", ["-f", "TIME %e %U %S %M", command, ...args], { encoding: "utf8", cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  const line = r.stderr.split("\n").find((l) => l.startsWith("TIME "));
  if (r.status !== 0 && r.status !== 3) return (r.stderr.trim().split("\n").filter((l) => !l.startsWith("TIME ")).at(-1) ?? `exit ${r.status}`).slice(0, 300);
  if (!line) return "no timing";
  const [, wall, user, sys, rss] = line.split(" ").map(Number);
  return { run: { wall, cpu: user + sys, rssMB: rss / 1024 }, last: r.stdout.trim().split("\n").at(-1) ?? "" };
}

export async function writeAnnexes(dir: string, agencies: number): Promise<{ catalog: string; files: string[] }> {
  const file = syntheticCatalogFile({ agencies, targetsPerAgency: TARGETS, planId: PLAN });
  const catalog = loadCatalogsOrThrow([{ file: "synthetic.json", data: file }]);
  const catalogPath = join(dir, "catalog.json");
  writeFileSync(catalogPath, JSON.stringify(file));
  mkdirSync(join(dir, "in"));
  const files: string[] = [];
  for (const agency of planAgencies(catalog, PLAN)) {
    const actuals = new Map(
      catalog.targets.filter((t) => t.agency === agency.id).map((t, i) => [t.id, { actual: 10 + i * 1.25, lastYear: 9 + i, estimateYear: 20 + i }]),
    );
    const built = buildAnnex(catalog, { plan: PLAN, agency: agency.id, period: PERIOD, generatedAt: "2024-06-10T02:00:00.000Z", actuals });
    if (!built.ok) throw new Error(built.error.vi);
    const path = join(dir, "in", `${agency.id}.xlsx`);
    writeFileSync(path, await annexToXlsx(built.annex));
    files.push(path);
  }
  return { catalog: catalogPath, files };
}

function python(): string | null {
  for (const candidate of ["/usr/bin/python3", "python3"]) {
    if (spawnSync(candidate, ["-c", "import pandas, openpyxl"], { encoding: "utf8" }).status === 0) return candidate;
  }
  return null;
}

const s2 = (x: number) => formatViNumber(x, { decimals: 2 });
const ratio = (a: number, b: number) => `${formatViNumber(a / b, { decimals: 2 })}×`;

async function benchSize(size: number, py: string | null): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), `kehoach-bench-consolidate-${size}-`));
  try {
    const { catalog, files } = await writeAnnexes(dir, size);
    const ours: Run[] = [];
    const oursJob: Array<{ wall: number; cpu: number }> = [];
    const theirs: Run[] = [];
    const theirsJob: Array<{ wall: number; cpu: number }> = [];
    const failures: string[] = [];
    let rows = 0;
    for (let round = 0; round < (ROUNDS[size] ?? 3); round++) {
      const whole = timed(process.execPath, [join(ROOT, "lib/cli/kehoach.cjs"), "consolidate", ...files, "--catalog", catalog, "--period", PERIOD, "--out", join(dir, "tong-hop.xlsx"), "--force"]);
      if (typeof whole === "string") failures.push(`kehoach: ${whole}`);
      else ours.push(whole.run);
      const job = timed(process.execPath, ["-r", "./bench/register.js", "bench/consolidate-job.ts", join(dir, "in"), join(dir, "job.xlsx"), catalog, PERIOD, "2024-06-20T00:00:00.000Z"]);
      if (typeof job === "string") failures.push(`job: ${job}`);
      else {
        const j = JSON.parse(job.last) as { total: number; cpu: number; rows: number };
        oursJob.push({ wall: j.total, cpu: j.cpu });
        rows = j.rows;
      }
      if (!py) continue;
      const pandas = timed(py, [join(__dirname, "consolidate_pandas.py"), join(dir, "in"), join(dir, "pandas.xlsx")]);
      if (typeof pandas === "string") failures.push(`pandas: ${pandas}`);
      else {
        theirs.push(pandas.run);
        const j = JSON.parse(pandas.last) as { total: number; cpu: number };
        theirsJob.push({ wall: j.total, cpu: j.cpu });
      }
    }
    const n = ROUNDS[size] ?? 3;
    const lines = [`consolidate ${size} annexes × ${TARGETS} targets (${rows} rows), ${n} round${n > 1 ? "s" : ""} alternating, medians${failures.length ? `; failures: ${failures.join("; ")}` : ""}`];
    if (!ours.length) return lines;
    const m = (runs: Array<{ wall: number; cpu: number }>, k: "wall" | "cpu") => median(runs.map((r) => r[k]));
    lines.push(`  kehoach whole process: wall ${s2(m(ours, "wall"))} s, CPU ${s2(m(ours, "cpu"))} s, peak RSS ${Math.round(median(ours.map((r) => r.rssMB)))} MB`);
    if (oursJob.length) lines.push(`  kehoach job (start-up not counted): wall ${s2(m(oursJob, "wall"))} s, CPU ${s2(m(oursJob, "cpu"))} s`);
    if (!py) lines.push("  pandas + openpyxl: not available (apt-get install python3-pandas python3-openpyxl)");
    else if (theirs.length) {
      lines.push(`  pandas whole process: wall ${s2(m(theirs, "wall"))} s, CPU ${s2(m(theirs, "cpu"))} s, peak RSS ${Math.round(median(theirs.map((r) => r.rssMB)))} MB`);
      lines.push(`  pandas job (import not counted): wall ${s2(m(theirsJob, "wall"))} s, CPU ${s2(m(theirsJob, "cpu"))} s`);
      lines.push(
        `  pandas ÷ kehoach, CPU: whole ${ratio(m(theirs, "cpu"), m(ours, "cpu"))}, job ${ratio(m(theirsJob, "cpu"), m(oursJob, "cpu"))}; wall: whole ${ratio(m(theirs, "wall"), m(ours, "wall"))}, job ${ratio(m(theirsJob, "wall"), m(oursJob, "wall"))}`,
      );
    }
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<string[]> {
  if (!existsSync(join(ROOT, "lib/cli/kehoach.cjs"))) require(join(ROOT, "scripts/build-cli.cjs")).buildCli();
  const sizes = (process.argv[3] ?? "60,250,1000").split(",").map(Number);
  const py = python();
  const lines: string[] = [];
  for (const size of sizes) lines.push(...(await benchSize(size, py)));
  return lines;
}

if (require.main === module) void run().then((lines) => lines.forEach((l) => console.log(l)));
