/**
 * One annex per agency: every agency that leads targets or tasks of a plan gets its own annex file,
 * and the planning department gets a tracking list (agency, file, targets, tasks, deadline).
 * The CLI (`kehoach annex --each-agency`) and the task pane both call this; they only write the files.
 */
import type { Catalog } from "../catalog/load";
import type { Agency } from "../catalog/schema";
import type { Bilingual } from "../messages";
import { slugify } from "../text/normalize";
import type { SheetLayout } from "../sheet/layout";
import { buildAnnex, planAgencies, planFile, type BuildAnnexOptions } from "./build";
import { periodInfo, periodLabel, viDate } from "./calendar";
import { layoutTableSheet } from "./layout";
import { annexRows, type Annex } from "./model";

export interface AgencyAnnex {
  agency: Agency;
  /** File name, from the plan, the period and the agency's name (never its id). */
  file: string;
  annex: Annex;
  targets: number;
  tasks: number;
}

export type AgencyAnnexesResult = { ok: true; annexes: AgencyAnnex[]; tracking: SheetLayout } | { ok: false; error: Bilingual };

/** "phu-luc-bg-2024-2024-Q2-so-y-te.xlsx"; a second agency whose name folds alike gets "-2". */
function fileNames(plan: string, period: string, agencies: readonly Agency[]): string[] {
  const used = new Set<string>();
  return agencies.map((a) => {
    const base = `phu-luc-${slugify(plan)}-${period}-${slugify(a.name) || "co-quan"}`;
    let name = base;
    for (let i = 2; used.has(name); i++) name = `${base}-${i}`;
    used.add(name);
    return `${name}.xlsx`;
  });
}

export function buildAgencyAnnexes(catalog: Catalog, options: Omit<BuildAnnexOptions, "agency">): AgencyAnnexesResult {
  const agencies = planAgencies(catalog, options.plan);
  const whole = buildAnnex(catalog, options);
  if (!whole.ok) return whole;
  const names = fileNames(options.plan, whole.annex.meta.period, agencies);
  const annexes: AgencyAnnex[] = [];
  for (const [i, agency] of agencies.entries()) {
    const built = buildAnnex(catalog, { ...options, agency: agency.id });
    if (!built.ok) return built;
    annexes.push({ agency, file: names[i], annex: built.annex, targets: annexRows(built.annex).length, tasks: built.annex.tasks.length });
  }
  return { ok: true, annexes, tracking: trackingSheet(catalog, options.plan, whole.annex, annexes) };
}

/** The list the planning department sends from: who gets which file, what it holds, by when it comes back. */
function trackingSheet(catalog: Catalog, plan: string, whole: Annex, annexes: readonly AgencyAnnex[]): SheetLayout {
  const info = periodInfo(whole.meta.period)!;
  const deadline = whole.meta.deadline ? viDate(whole.meta.deadline) : "không quy định";
  const title = planFile(catalog, plan)?.plan.title ?? plan;
  return layoutTableSheet(
    "Danh sách gửi",
    `DANH SÁCH PHỤ LỤC GỬI CÁC CƠ QUAN, ĐƠN VỊ – ${periodLabel(info).toUpperCase()}`,
    [title, `${annexes.length} cơ quan; hạn gửi lại: ${deadline}`],
    [
      { header: "STT", width: 6 },
      { header: "Cơ quan, đơn vị", width: 40, wrap: true },
      { header: "Tệp phụ lục", width: 48, wrap: true },
      { header: "Số chỉ tiêu", width: 11 },
      { header: "Số nhiệm vụ", width: 11 },
      { header: "Hạn gửi lại", width: 14 },
    ],
    annexes.map((a, i) => [String(i + 1), a.agency.name, a.file, a.targets, a.tasks, a.annex.meta.deadline ? viDate(a.annex.meta.deadline) : "không quy định"]),
  );
}
