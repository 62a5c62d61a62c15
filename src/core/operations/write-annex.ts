/**
 * The pane's "write the annex into the workbook" as one decision the Office.js adapter and the preview
 * share: given the workbook's annex sheets as read (see `annexSheetCandidates`), build the annex with
 * the figures already typed carried over by target id, and say what was carried and what was not.
 */
import type { Catalog } from "../catalog/load";
import { annexSubjects, buildAnnex, type BuildAnnexOptions } from "../annex/build";
import { periodInfo } from "../annex/calendar";
import type { Annex } from "../annex/model";
import type { SheetGrid } from "../consolidate/grid";
import { COLUMN_SPECS } from "../annex/columns";
import type { Bilingual } from "../messages";
import { carriedFigures, noFiguresCarried, type CarriedField, type CarriedFigures } from "./annex-figures";

export interface AnnexRequest {
  catalog: Catalog;
  /** What to build. Figures given here are the base; those typed in the workbook's annex win over them. */
  options: BuildAnnexOptions;
}

export type PreparedAnnex = { ok: true; annex: Annex; carried: CarriedFigures } | { ok: false; error: Bilingual };

export function prepareAnnex(request: AnnexRequest, sheets: readonly SheetGrid[]): PreparedAnnex {
  const { catalog, options } = request;
  const info = periodInfo(options.period);
  const subjects = annexSubjects(catalog, options.plan, options.agency, info?.year);
  const scope = {
    plan: options.plan,
    agency: options.agency,
    info: info!,
    targetIds: new Set(subjects.targets.map((t) => t.id)),
    taskIds: new Set(subjects.tasks.map((t) => t.id)),
  };
  // A bad period carries nothing: buildAnnex says what is wrong with it.
  const carried = info ? carriedFigures(catalog, scope, sheets) : noFiguresCarried();
  const actuals = carried.count ? new Map([...(options.actuals ?? []), ...carried.actuals]) : options.actuals;
  const taskReports = carried.count ? new Map([...(options.taskReports ?? []), ...carried.taskReports]) : options.taskReports;
  const built = buildAnnex(catalog, { ...options, actuals, taskReports });
  return built.ok ? { ok: true, annex: built.annex, carried } : built;
}

const FIELD_WORDS: Record<CarriedField, Bilingual> = {
  actual: { vi: COLUMN_SPECS.actual.header, en: COLUMN_SPECS.actual.headerEn },
  lastYear: { vi: COLUMN_SPECS.lastYear.header, en: COLUMN_SPECS.lastYear.headerEn },
  estimateYear: { vi: COLUMN_SPECS.estimateYear.header, en: COLUMN_SPECS.estimateYear.headerEn },
  note: { vi: COLUMN_SPECS.note.header, en: COLUMN_SPECS.note.headerEn },
  state: { vi: "Tình trạng", en: "State" },
};

/** What the pane says after writing: how many figures came from which sheet, then each one left behind and why. */
export function carriedReport(carried: CarriedFigures): { summary: Bilingual | null; notCarried: Bilingual[] } {
  const sheets = carried.from.map((s) => `"${s}"`).join(", ");
  const summary: Bilingual | null = carried.count
    ? { vi: `Đã chép ${carried.count} ô số liệu đã nhập từ trang ${sheets} sang phụ lục mới (theo mã chỉ tiêu).`, en: `Carried ${carried.count} typed cell(s) from sheet ${sheets} into the new annex (by target id).` }
    : carried.notCarried.length
      ? { vi: `Không chép được số liệu nào từ trang ${sheets}.`, en: `No figure could be carried from sheet ${sheets}.` }
      : null;
  const notCarried = carried.notCarried.map((n) => ({
    vi: `Trang "${n.sheet}", dòng ${n.row}, ${n.item}, ${FIELD_WORDS[n.field].vi} = "${n.value}": ${n.reason.vi}`,
    en: `Sheet "${n.sheet}", row ${n.row}, ${n.item}, ${FIELD_WORDS[n.field].en} = "${n.value}": ${n.reason.en}`,
  }));
  return { summary, notCarried };
}
