/** Test helpers: a submission as the grids a reader would give, built from the annex layout. */
import { buildAnnex, type ActualEntry } from "../../../src/core/annex/build";
import { isFormula } from "../../../src/core/sheet/layout";
import { layoutAnnexWorkbook, layoutMetaSheet } from "../../../src/core/annex/layout";
import type { MetaRecord } from "../../../src/core/annex/meta";
import type { Catalog } from "../../../src/core/catalog/load";
import type { FileRead, GridCell, SheetGrid } from "../../../src/core/consolidate/grid";

export interface SubmissionSpec {
  agency?: string;
  period?: string;
  plan?: string;
  actuals?: Map<string, ActualEntry>;
  generatedAt?: string;
  meta?: (m: MetaRecord) => MetaRecord;
}

export function annexGrids(catalog: Catalog, spec: SubmissionSpec): SheetGrid[] {
  const built = buildAnnex(catalog, {
    plan: spec.plan ?? "tinh-x-2024",
    agency: spec.agency,
    period: spec.period ?? "2024-Q2",
    generatedAt: spec.generatedAt ?? "2024-06-10T02:00:00.000Z",
    actuals: spec.actuals,
  });
  if (!built.ok) throw new Error(built.error.vi);
  const layout = layoutAnnexWorkbook(built.annex);
  const meta = layout.meta.map(spec.meta ?? ((m) => m));
  return [...layout.sheets, layoutMetaSheet(meta)].map((s) => ({
    name: s.name,
    hidden: s.visibility !== "visible",
    rows: s.rows.map((r) => r.cells.map((c): GridCell => (isFormula(c) ? (c.result === "" ? null : c.result) : c))),
  }));
}

export function fileOf(name: string, sheets: SheetGrid[], modifiedAt?: string): FileRead {
  return { file: name, ok: true, sheets, modifiedAt };
}
