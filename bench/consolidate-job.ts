/**
 * One consolidation, as `kehoach consolidate` does it (read every annex, merge, write the
 * province's workbook with the streaming writer), in a fresh process so that it runs cold as a
 * user's does. Prints the seconds of each phase as JSON. Used by consolidate.bench.ts.
 * Usage: consolidate-job.ts IN_DIR OUT.xlsx CATALOG.json PERIOD NOW
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadCatalogsOrThrow } from "../src/core/catalog/load";
import { consolidate } from "../src/core/consolidate/consolidate";
import { readAnnexFiles } from "../src/node/read-annexes";
import { consolidationToXlsx } from "../src/xlsx/consolidate";
import { streamingXlsxWriter } from "../src/xlsx/stream-write";

async function main(): Promise<void> {
  const [dir, out, catalogFile, period, now] = process.argv.slice(2);
  const catalog = loadCatalogsOrThrow([{ file: catalogFile, data: JSON.parse(readFileSync(catalogFile, "utf8")) }]);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => join(dir, f));
  const t0 = performance.now();
  const reads = await readAnnexFiles(files);
  const t1 = performance.now();
  const done = consolidate(catalog, reads, { period, now });
  if (!done.ok) throw new Error(done.error.en);
  const t2 = performance.now();
  writeFileSync(out, await consolidationToXlsx(done.result, streamingXlsxWriter));
  const t3 = performance.now();
  const rows = done.result.submissions.reduce((n, s) => n + s.rows.length, 0);
  const seconds = (ms: number) => Math.round(ms) / 1000;
  process.stdout.write(
    `${JSON.stringify({ files: files.length, rows, rejected: done.result.rejected.length, total: seconds(t3 - t0), read: seconds(t1 - t0), merge: seconds(t2 - t1), write: seconds(t3 - t2) })}\n`,
  );
}

void main();
