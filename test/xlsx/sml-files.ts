/**
 * Every kind of workbook the project writes, as sheet layouts, for the SpreadsheetML writer's proof
 * tests: an annex, an annex with tasks (protected), a per-agency annex and its tracking list, a
 * consolidated report (late, conflicting and rejected files), the catalog review sheets.
 */
import { buildAnnex, buildAgencyAnnexes, layoutAnnexWorkbook, layoutMetaSheet } from "../../src/core/annex";
import { catalogToSheets } from "../../src/core/catalog-sheets";
import { layoutConsolidation } from "../../src/core/consolidate";
import type { SheetLayout } from "../../src/core/sheet";
import { consolidateFiles } from "../../src/xlsx/consolidate";
import { exceljsXlsx } from "../../src/xlsx/write";
import { syntheticCatalog, syntheticCatalogFile } from "../core/annex/synthetic";

export const catalog = syntheticCatalog({ agencies: 4, targetsPerAgency: 6 });
const plan = "tinh-x-2024";
const period = "2024-Q2";
const generatedAt = "2024-06-10T02:00:00.000Z";
export const T1 = `${plan}.t0001`;

function annexLayouts(agency: string | undefined, actuals: Map<string, { actual?: number; lastYear?: number; note?: string }>, protect: boolean): SheetLayout[] {
  const built = buildAnnex(catalog, { plan, agency, period, generatedAt, actuals });
  if (!built.ok) throw new Error(built.error.vi);
  const layout = layoutAnnexWorkbook(built.annex, { protect });
  return [...layout.sheets, layoutMetaSheet(layout.meta)];
}

/** Each kind of file: its name and every sheet it holds (the metadata sheet included). */
export async function fileKinds(): Promise<{ name: string; sheets: SheetLayout[] }[]> {
  const actuals = new Map([
    [T1, { actual: 15295.5, lastYear: 14000, note: '=HYPERLINK("http://x","bấm") & <ghi chú>' }],
    [`${plan}.t0002`, { actual: 85.1 }],
    [`${plan}.t0003`, { actual: 0 }],
  ]);
  const each = buildAgencyAnnexes(catalog, { plan, period, generatedAt });
  if (!each.ok) throw new Error(each.error.vi);
  const agencyAnnex = layoutAnnexWorkbook(each.annexes[0].annex, { protect: true });

  // A report: so-1 on time, the whole-plan annex disagreeing on T1, so-2 late, a file that is no workbook.
  const input = async (agency: string | undefined, figures: typeof actuals) => {
    const built = buildAnnex(catalog, { plan, agency, period, generatedAt, actuals: figures });
    if (!built.ok) throw new Error(built.error.vi);
    const layout = layoutAnnexWorkbook(built.annex);
    return exceljsXlsx([...layout.sheets, layoutMetaSheet(layout.meta)]);
  };
  const files = [
    { name: "so-1.xlsx", data: await input("so-1", actuals), lastModified: Date.parse("2024-06-12T00:00:00Z") },
    { name: "ca-tinh.xlsx", data: await input(undefined, new Map([[T1, { actual: 16000 }]])), lastModified: Date.parse("2024-06-13T00:00:00Z") },
    { name: "so-2.xlsx", data: await input("so-2", new Map([[`${plan}.t0008`, { actual: 3.25 }]])), lastModified: Date.parse("2024-07-20T00:00:00Z") },
    { name: "hong.xlsx", data: new TextEncoder().encode("không phải tệp Excel") },
  ];
  const report = await consolidateFiles(catalog, files, { period, now: "2024-07-25T00:00:00Z" });
  if (!report.ok) throw new Error(report.error.vi);
  const reportLayout = layoutConsolidation(report.result);

  return [
    { name: "annex", sheets: annexLayouts("so-4", actuals, false) },
    { name: "annex-with-tasks", sheets: annexLayouts("so-1", actuals, true) },
    { name: "agency-annex", sheets: [...agencyAnnex.sheets, layoutMetaSheet(agencyAnnex.meta)] },
    { name: "tracking-list", sheets: [each.tracking, layoutMetaSheet([])] },
    { name: "report", sheets: [...reportLayout.sheets, layoutMetaSheet(reportLayout.meta)] },
    { name: "catalog", sheets: catalogToSheets(syntheticCatalogFile({ agencies: 4, targetsPerAgency: 6 })) },
  ];
}
