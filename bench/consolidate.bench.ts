/**
 * Consolidation speed: 60 agency annexes × 150 targets, generated in a temp folder, then
 * consolidated (read + merge + write the province's workbook), beside the same job done by
 * a short pandas + openpyxl script (bench/consolidate_pandas.py). Goal: ≥ 2× faster, < 3 s.
 * Reading and writing are ExcelJS (in-memory load; streaming WorkbookWriter, as the CLI uses).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildAnnex, planAgencies } from "../src/core/annex/build";
import { consolidate } from "../src/core/consolidate/consolidate";
import { formatViNumber } from "../src/core/numbers/vi";
import { readFilesForConsolidation } from "../src/cli/consolidate";
import { annexToXlsx } from "../src/xlsx/write";
import { consolidationToXlsx } from "../src/xlsx/consolidate";
import { streamingXlsxWriter } from "../src/xlsx/stream-write";
import { syntheticCatalog } from "../test/core/annex/synthetic";

const AGENCIES = 60;
const TARGETS = 150;

function python(): string | null {
  for (const candidate of ["python3", "/usr/bin/python3"]) {
    if (spawnSync(candidate, ["-c", "import pandas, openpyxl"], { encoding: "utf8" }).status === 0) return candidate;
  }
  return null;
}

const seconds = (ms: number) => `${formatViNumber(ms / 1000, { decimals: 2 })} s`;

export async function run(): Promise<string[]> {
  const lines: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), "kehoach-bench-consolidate-"));
  try {
    const catalog = syntheticCatalog({ agencies: AGENCIES, targetsPerAgency: TARGETS });
    const files: string[] = [];
    mkdirSync(join(dir, "in"));
    for (const agency of planAgencies(catalog, "tinh-x-2024")) {
      const actuals = new Map(
        catalog.targets.filter((t) => t.agency === agency.id).map((t, i) => [t.id, { actual: 10 + i * 1.25, lastYear: 9 + i, estimateYear: 20 + i }]),
      );
      const built = buildAnnex(catalog, { plan: "tinh-x-2024", agency: agency.id, period: "2024-Q2", generatedAt: "2024-06-10T02:00:00.000Z", actuals });
      if (!built.ok) throw new Error(built.error.vi);
      const path = join(dir, "in", `${agency.id}.xlsx`);
      writeFileSync(path, await annexToXlsx(built.annex));
      files.push(path);
    }

    const t0 = performance.now();
    const reads = await readFilesForConsolidation(files);
    const t1 = performance.now();
    const done = consolidate(catalog, reads, { period: "2024-Q2", now: "2024-06-20T00:00:00.000Z" });
    if (!done.ok) throw new Error(done.error.vi);
    const t2 = performance.now();
    writeFileSync(join(dir, "tong-hop.xlsx"), await consolidationToXlsx(done.result, streamingXlsxWriter));
    const t3 = performance.now();
    const ours = t3 - t0;
    const merged = done.result.submissions.reduce((n, s) => n + s.rows.length, 0);

    lines.push(`consolidate: ${files.length} annexes × ${TARGETS} targets (${merged} rows), ${done.result.rejected.length} rejected`);
    lines.push(`  kehoach: ${seconds(ours)} (read ${seconds(t1 - t0)}, merge ${seconds(t2 - t1)}, write ${seconds(t3 - t2)})`);
    const py = python();
    if (!py) {
      lines.push("  pandas + openpyxl: not available (apt-get install python3-pandas python3-openpyxl)");
    } else {
      const r = spawnSync(py, [join(__dirname, "consolidate_pandas.py"), join(dir, "in"), join(dir, "pandas.xlsx")], { encoding: "utf8" });
      const pandasSeconds = Number(r.stdout.trim().split("\n").at(-1));
      if (r.status !== 0 || !Number.isFinite(pandasSeconds)) {
        lines.push(`  pandas + openpyxl: failed (${r.stderr.trim().split("\n").at(-1) ?? ""})`);
      } else {
        const ratio = (pandasSeconds * 1000) / ours;
        lines.push(`  pandas + openpyxl: ${seconds(pandasSeconds * 1000)} (import included)`);
        lines.push(`  ratio: ${formatViNumber(ratio, { decimals: 1 })}× faster than pandas (goal ≥ 2×) ${ratio >= 2 ? "✓" : "✗"}; under 3 s ${ours < 3000 ? "✓" : "✗"}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}

if (require.main === module) void run().then((lines) => lines.forEach((l) => console.log(l)));
