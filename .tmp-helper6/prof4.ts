import { syntheticCatalog } from "../test/core/annex/synthetic";
import { buildAnnex, planAgencies } from "../src/core/annex/build";
import { annexToXlsx } from "../src/xlsx/write";
import { readUploads } from "../src/xlsx/consolidate";
import { consolidate } from "../src/core/consolidate/consolidate";
import { parseWorkbook, indexPlanTargets } from "../src/core/consolidate/submission";
(async () => {
  const c = syntheticCatalog({ agencies: 60, targetsPerAgency: 150 });
  const files = [];
  for (const a of planAgencies(c, "tinh-x-2024").slice(0, 10)) {
    const actuals = new Map(c.targets.filter(t => t.agency === a.id).map((t, i) => [t.id, { actual: 10 + i * 1.5 }]));
    const r = buildAnnex(c, { plan: "tinh-x-2024", agency: a.id, period: "2024-Q2", generatedAt: "2024-06-10T02:00:00Z", actuals });
    if (r.ok) files.push({ name: `${a.id}.xlsx`, data: await annexToXlsx(r.annex) });
  }
  const reads = await readUploads(files);
  let t = performance.now();
  const idx = indexPlanTargets(c, "tinh-x-2024");
  console.log("index", performance.now() - t); t = performance.now();
  for (const r of reads) if (r.ok) parseWorkbook(r.file, r.sheets, idx, (m) => m.agency);
  console.log("parse 10", performance.now() - t); t = performance.now();
  const b = buildAnnex(c, { plan: "tinh-x-2024", period: "2024-Q2", generatedAt: "x", showNoData: true });
  console.log("build all", performance.now() - t); t = performance.now();
  consolidate(c, reads, { period: "2024-Q2", now: "2024-06-20T03:00:00Z" });
  console.log("consolidate 10", performance.now() - t);
})();
