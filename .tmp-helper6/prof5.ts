import { syntheticCatalog } from "../test/core/annex/synthetic";
import { buildAnnex, planAgencies } from "../src/core/annex/build";
import { annexToXlsx } from "../src/xlsx/write";
import { readUploads, consolidationToXlsx } from "../src/xlsx/consolidate";
import { consolidate } from "../src/core/consolidate/consolidate";
import { writeFileSync, readFileSync, readdirSync } from "node:fs";
(async () => {
  const c = syntheticCatalog({ agencies: 60, targetsPerAgency: 150 });
  const files = readdirSync("/tmp/gen60").map(n => ({ name: n, data: new Uint8Array(readFileSync("/tmp/gen60/" + n)) }));
  const t0 = process.cpuUsage();
  let t = performance.now();
  const reads = await readUploads(files);
  console.log("read", performance.now() - t); t = performance.now();
  const res = consolidate(c, reads, { period: "2024-Q2", now: "2024-06-20T03:00:00Z" });
  console.log("consolidate", performance.now() - t); t = performance.now();
  if (res.ok) writeFileSync("/tmp/h6-cons.xlsx", await consolidationToXlsx(res.result));
  console.log("write", performance.now() - t);
  const u = process.cpuUsage(t0); console.log("cpu user+sys ms", (u.user + u.system) / 1000);
})();
