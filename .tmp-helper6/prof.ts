import { syntheticCatalog } from "../test/core/annex/synthetic";
import { buildAnnex, planAgencies } from "../src/core/annex/build";
import { annexToXlsx } from "../src/xlsx/write";
import { readUploads, consolidationToXlsx } from "../src/xlsx/consolidate";
import { consolidate } from "../src/core/consolidate/consolidate";
(async () => {
  const c = syntheticCatalog({ agencies: 60, targetsPerAgency: 150 });
  const files = [];
  for (const a of planAgencies(c, "tinh-x-2024")) {
    const actuals = new Map(c.targets.filter(t => t.agency === a.id).map((t, i) => [t.id, { actual: 10 + i * 1.5, lastYear: 9 + i, estimateYear: 20 + i }]));
    const r = buildAnnex(c, { plan: "tinh-x-2024", agency: a.id, period: "2024-Q2", generatedAt: "2024-06-10T02:00:00Z", actuals });
    if (r.ok) files.push({ name: `${a.id}.xlsx`, data: await annexToXlsx(r.annex) });
  }
  let t = performance.now();
  const reads = await readUploads(files);
  console.log("read", performance.now() - t); t = performance.now();
  const res = consolidate(c, reads, { period: "2024-Q2", now: "2024-06-20T03:00:00Z" });
  console.log("consolidate", performance.now() - t); t = performance.now();
  if (res.ok) await consolidationToXlsx(res.result);
  console.log("write", performance.now() - t);
})();
