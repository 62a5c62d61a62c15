import { writeFileSync, mkdirSync } from "node:fs";
import { syntheticCatalog } from "../test/core/annex/synthetic";
import { buildAnnex, planAgencies } from "../src/core/annex/build";
import { annexToXlsx } from "../src/xlsx/write";
(async () => {
  const c = syntheticCatalog({ agencies: 60, targetsPerAgency: 150 });
  mkdirSync("/tmp/gen60", { recursive: true });
  for (const a of planAgencies(c, "tinh-x-2024")) {
    const actuals = new Map(c.targets.filter(t => t.agency === a.id).map((t, i) => [t.id, { actual: 10 + i * 1.5, lastYear: 9 + i, estimateYear: 20 + i }]));
    const r = buildAnnex(c, { plan: "tinh-x-2024", agency: a.id, period: "2024-Q2", generatedAt: "2024-06-10T02:00:00Z", actuals });
    if (r.ok) writeFileSync(`/tmp/gen60/${a.id}.xlsx`, await annexToXlsx(r.annex));
  }
})();
