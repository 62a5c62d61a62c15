/**
 * One consolidation, as `kehoach consolidate` does it (the conductor reads every annex, merges and
 * writes the province's workbook with the SpreadsheetML writer), in a fresh process so that it runs cold
 * as a user's does. Prints the seconds of each phase, CPU and peak RSS as JSON. Used by consolidate.bench.ts.
 * Usage: consolidate-job.ts IN_DIR OUT.xlsx CATALOG.json PERIOD NOW
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadCatalogsOrThrow } from "../src/core/catalog/load";
import { annexInput } from "../src/node/read-annexes";
import { consolidateFiles } from "../src/xlsx/consolidate";
import { nodeXlsxWriter } from "../src/xlsx/sml-write-node";

async function main(): Promise<void> {
  const [dir, out, catalogFile, period, now] = process.argv.slice(2);
  const catalog = loadCatalogsOrThrow([{ file: catalogFile, data: JSON.parse(readFileSync(catalogFile, "utf8")) }]);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => join(dir, f));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const ends: Record<string, number> = {};
  const done = await consolidateFiles(catalog, files.map(annexInput), {
    period,
    now,
    writer: nodeXlsxWriter,
    onPhase: (phase) => {
      ends[phase] = performance.now();
      if (process.env.KEHOACH_BENCH_RSS) (globalThis as { gc?: () => void }).gc?.();
      if (process.env.KEHOACH_BENCH_RSS) process.stderr.write(`${phase}: ${Math.round(process.memoryUsage().rss / 1048576)} MB rss, heap ${Math.round(process.memoryUsage().heapUsed / 1048576)} MB\n`);
    },
  });
  if (!done.ok) throw new Error(done.error.en);
  writeFileSync(out, done.xlsx);
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const rows = done.result.submissions.reduce((n, s) => n + s.rowCount, 0);
  const seconds = (ms: number) => Math.round(ms) / 1000;
  process.stdout.write(
    `${JSON.stringify({ files: files.length, rows, rejected: done.result.rejected.length, total: seconds(t2 - t0), read: seconds(ends.read - t0), merge: seconds(ends.merge - ends.read), write: seconds(t2 - ends.merge), cpu: seconds((cpu.user + cpu.system) / 1000) })}\n`,
  );
}

void main();
