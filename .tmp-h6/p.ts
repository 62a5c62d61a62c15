import { syntheticCatalog } from "../test/core/annex/synthetic";
import { buildAnnex, planAgencies } from "../src/core/annex/build";
import { annexToXlsx } from "../src/xlsx/write";
import { readUploads } from "../src/xlsx/consolidate";
import { consolidate } from "../src/core/consolidate/consolidate";
(async () => {
  const c = syntheticCatalog({ agencies: 60, targetsPerAgency: 150 });
  const files = [];
  for (const a of planAgencies(c, "tinh-x-2024").slice(0, 60)) {
    const actuals = new Map(c.targets.filter(t => t.agency === a.id).map((t, i) => [t.id, { actual: 10 + i * 1.5 }]));
    const r = buildAnnex(c, { plan: "tinh-x-2024", agency: a.id, period: "2024-Q2", generatedAt: "2024-06-10T02:00:00Z", actuals, evaluate: (t, i) => ({ id: t.id, period: i.period, value: null, expected: null, percentOfPlan: null, status: "no_data", reason: "", reasonEn: "" }) });
    if (r.ok) files.push({ name: `${a.id}.xlsx`, data: await annexToXlsx(r.annex) });
  }
  const reads = await readUploads(files);
  const t = performance.now();
  consolidate(c, reads, { period: "2024-Q2", now: "2024-06-20T03:00:00Z" });
  console.log("consolidate", performance.now() - t);
})();
