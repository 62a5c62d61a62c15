/**
 * Writing annexes (goals: a 150-target annex with formulas under 300 ms; 60 per-agency annexes under 5 s):
 * build + layout + ExcelJS bytes, medians of 5 runs after a warm-up, wall and CPU time. Peer in the same
 * run: the same 150 rows laid out as values only (a consolidated report's rows, no formulas).
 */
import { buildAnnex } from "../src/core/annex/build";
import { buildAgencyAnnexes } from "../src/core/annex/each-agency";
import { annexToXlsx } from "../src/xlsx/annex-xlsx";
import { syntheticCatalog } from "../test/core/annex/synthetic";
import { measure } from "./measure";

const ms = (m: { wall: number; cpu: number }) => `${m.wall.toFixed(0)} ms wall, ${m.cpu.toFixed(0)} ms CPU`;

export async function run(): Promise<string[]> {
  const catalog = syntheticCatalog({ agencies: 60, targetsPerAgency: 150 });
  const options = { plan: "tinh-x-2024", period: "2024-Q2", generatedAt: "2024-06-01T00:00:00Z" };
  const one = async (kind: "agency" | "consolidated") => {
    const built = buildAnnex(catalog, { ...options, agency: "so-1", kind });
    if (!built.ok) throw new Error(built.error.vi);
    return annexToXlsx(built.annex);
  };
  const withFormulas = await measure(() => one("agency"));
  const values = await measure(() => one("consolidated"));
  const each = await measure(async () => {
    const built = buildAgencyAnnexes(catalog, options);
    if (!built.ok) throw new Error(built.error.vi);
    for (const a of built.annexes) await annexToXlsx(a.annex);
  }, 3);
  return [
    `annex: 150 targets with formulas ${ms(withFormulas)} (goal < 300 ms); same rows as values ${ms(values)}`,
    `annex --each-agency: 60 agencies × 150 targets ${ms(each)} (goal < 5 s)`,
  ];
}
