/**
 * Build an agency's annex (or the whole plan's) for a period, as data: title block,
 * groups with Roman numerals, targets numbered continuously, and the tasks annex.
 */
import type { Catalog } from "../catalog/load";
import type { Agency, CatalogFile, Target, Task } from "../catalog/schema";
import type { EvaluateTarget } from "../evaluate/types";
import { type Bilingual, failure } from "../messages";
import { formatRange } from "../numbers/format";
import { cutoffWindow, annexDeadline, periodInfo, periodLabel, viDate, type AnnexDeadline, type PeriodInfo } from "./calendar";
import { resolveColumns, type ColumnKey } from "./columns";
import { groupRank, toRoman } from "./labels";
import type { Annex, AnnexGroup, AnnexMeta, AnnexRow, AnnexTaskRow } from "./model";
import { defaultExpected, judgeRow } from "./evaluation";
import { planTitle } from "../catalog/describe";
import type { EvaluationSettings } from "../evaluate";
import { DEFAULT_WORDS, percentLastYear, type EvaluationWords } from "./formulas";
import { STATUS_LABELS } from "../evaluate/labels";
import { issuerLine } from "./official";
import { targetsForYear } from "./milestones";

/** What an agency reported for one target (all optional). */
export interface ActualEntry {
  actual?: number | null;
  lastYear?: number | null;
  estimateYear?: number | null;
  note?: string;
}

export interface TaskReport {
  state?: string;
  note?: string;
}

export interface BuildAnnexOptions {
  plan: string;
  /** Agency id; omitted = every agency of the plan. */
  agency?: string;
  period: string;
  /** ISO timestamp written into the metadata (passed in: the core has no clock). */
  generatedAt: string;
  actuals?: ReadonlyMap<string, ActualEntry>;
  taskReports?: ReadonlyMap<string, TaskReport>;
  columns?: readonly ColumnKey[];
  kind?: AnnexMeta["kind"];
  /** Overrides the deadline from the plan's reporting rules. */
  deadline?: AnnexDeadline;
  /** Rows without data say "Chưa có số liệu" (consolidated reports) instead of staying blank (templates). */
  showNoData?: boolean;
  evaluate?: EvaluateTarget;
  /** Settings the status formulas are written with (the default engine's when omitted). */
  settings?: Partial<EvaluationSettings>;
  /** Words of the status column, replacing the official defaults one by one. */
  words?: Partial<EvaluationWords>;
}

export type BuildAnnexResult = { ok: true; annex: Annex } | { ok: false; error: Bilingual };


export function planFile(catalog: Catalog, planId: string): CatalogFile | undefined {
  return catalog.files.find((f) => f.plan.id === planId);
}

/** The agencies a plan gives targets or tasks to, in the catalog's order. */
export function planAgencies(catalog: Catalog, planId: string): Agency[] {
  const used = new Set<string>();
  for (const t of catalog.targets) if (t.plan === planId && t.agency) used.add(t.agency);
  for (const task of catalog.tasks) if (task.plan === planId) task.agencies.forEach((a) => used.add(a));
  const own = planFile(catalog, planId)?.agencies ?? [];
  const ordered = own.filter((a) => used.has(a.id));
  for (const id of used) if (!ordered.some((a) => a.id === id)) {
    const a = catalog.agencyById.get(id);
    if (a) ordered.push(a);
  }
  return ordered;
}

/**
 * The targets and tasks an annex of the plan has rows for: the agency's own (its targets, the tasks it shares), or all;
 * for a period of `year`, an indicator's milestone of that year and its final one only (targetsForYear).
 */
export function annexSubjects(catalog: Catalog, planId: string, agencyId: string | undefined, year: number | undefined): { targets: Target[]; tasks: Task[] } {
  const targets = catalog.targets.filter((t) => t.plan === planId && (!agencyId || t.agency === agencyId));
  return {
    targets: year === undefined ? targets : targetsForYear(targets, year),
    tasks: catalog.tasks.filter((t) => t.plan === planId && (!agencyId || t.agencies.includes(agencyId))),
  };
}

export function buildAnnex(catalog: Catalog, options: BuildAnnexOptions): BuildAnnexResult {
  const file = planFile(catalog, options.plan);
  if (!file) {
    return failure(
      `Không có kế hoạch "${options.plan}". Các kế hoạch: ${catalog.plans.map((p) => p.id).join(", ")}`,
      `Unknown plan "${options.plan}". Plans: ${catalog.plans.map((p) => p.id).join(", ")}`,
    );
  }
  const info = periodInfo(options.period);
  if (!info) {
    return failure(
      `Kỳ báo cáo "${options.period}" không hợp lệ; ví dụ: 2024, 2024-Q2, 2024-6M, 2024-9M, 2024-M03`,
      `Invalid period "${options.period}"; e.g. 2024, 2024-Q2, 2024-6M, 2024-9M, 2024-M03`,
    );
  }
  let agency: Agency | null = null;
  if (options.agency) {
    agency = planAgencies(catalog, options.plan).find((a) => a.id === options.agency) ?? null;
    if (!agency) {
      return failure(
        `Cơ quan "${options.agency}" không chủ trì chỉ tiêu hay nhiệm vụ nào của kế hoạch ${options.plan}`,
        `Agency "${options.agency}" leads no target or task of plan ${options.plan}`,
      );
    }
  }
  const plan = file.plan;
  const { targets, tasks } = annexSubjects(catalog, plan.id, agency?.id, info.year);
  const agencyName = (id: string | undefined): string => (id ? catalog.agencyById.get(id)?.name ?? id : "");

  const words: EvaluationWords = { ...DEFAULT_WORDS, ...(options.showNoData ? { noData: STATUS_LABELS.no_data.vi } : {}), ...options.words };
  const rowFor = (t: Target, stt: string): AnnexRow => {
    const reported = options.actuals?.get(t.id) ?? NOTHING_REPORTED;
    const actual = finite(reported.actual);
    const lastYear = finite(reported.lastYear);
    // One judgement gives the row's status, the rule of its formulas and its word, all under options.settings.
    const { evaluation, rule: judging, word } = judgeRow(t, info.code, actual, words, options.settings, options.evaluate);
    return {
      stt,
      targetId: t.id,
      name: t.name,
      unit: t.unit,
      agencyId: t.agency ?? null,
      agencyName: agencyName(t.agency),
      planYear: planForYear(t, info, options.evaluate, options.settings),
      targetFinal: t.year > info.year ? targetText(t) : null,
      lastYear,
      actual,
      estimateYear: finite(reported.estimateYear),
      percentPlan: evaluation?.percentOfPlan ?? null,
      percentLastYear: percentLastYear(actual, lastYear),
      status: evaluation ? evaluation.status : options.showNoData ? "no_data" : null,
      statusText: word || null,
      judging,
      note: noteFor(reported.note, evaluation),
      isSubTarget: false,
    };
  };

  let counter = 0;
  const groups = groupTargets(targets).map((g, gi): AnnexGroup => {
    const rows: AnnexRow[] = [];
    for (const { target, children } of nestTargets(g.targets)) {
      counter++;
      rows.push(rowFor(target, String(counter)));
      children.forEach((child, ci) => rows.push({ ...rowFor(child, `${counter}.${ci + 1}`), isSubTarget: true }));
    }
    return { numeral: toRoman(gi + 1), name: g.name, rows };
  });

  const deadline = options.deadline ?? annexDeadline(plan, info);
  const cutoff = cutoffWindow(info);
  const meta: AnnexMeta = {
    format: "kehoach-annex",
    version: 1,
    kind: options.kind ?? "agency",
    plan: plan.id,
    agency: agency?.id ?? "*",
    period: info.code,
    catalogVersion: file.version,
    generatedAt: options.generatedAt,
    ...(deadline ? { deadline: deadline.date } : {}),
  };
  const planLine = `${planTitle(plan)}${plan.number ? ` (số ${plan.number})` : ""} của ${plan.issuer}`;
  const recipient = deadline?.recipient ? catalog.agencyById.get(deadline.recipient)?.name ?? deadline.recipient : "";
  const laterYears = new Set(targets.filter((t) => t.year > info.year).map((t) => t.year));
  const issuer = [plan.issuer, agency?.name ?? (meta.kind === "consolidated" ? recipient : "")].filter(Boolean).map(issuerLine);
  const annex: Annex = {
    meta,
    issuer,
    heading:
      meta.kind === "consolidated"
        ? `BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU ${periodLabel(info).toUpperCase()}`
        : `PHỤ LỤC KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU ${periodLabel(info).toUpperCase()}`,
    titleLines: [
      planLine,
      `Cơ quan báo cáo: ${agency ? agency.name : meta.kind === "consolidated" ? "Tổng hợp các cơ quan, đơn vị" : "Các cơ quan, đơn vị chủ trì"}`,
      `Kỳ báo cáo: ${periodLabel(info)}; số liệu tính từ ngày ${viDate(cutoff.from)} đến ngày ${viDate(cutoff.to)}`,
      `Hạn gửi báo cáo: ${deadline ? `${deadline.text}${recipient ? ` – gửi ${recipient}` : ""}` : "kế hoạch không quy định"}`,
    ],
    columns: resolveColumns(options.columns, !agency, laterYears.size > 0),
    headers: laterYears.size === 1 ? { targetFinal: `Mục tiêu đến năm ${[...laterYears][0]}` } : {},
    words,
    groups,
    tasks: tasks.map((task, i) => taskRow(task, i, catalog, options.taskReports)),
  };
  return { ok: true, annex };
}

function taskRow(task: Task, i: number, catalog: Catalog, reports?: ReadonlyMap<string, TaskReport>): AnnexTaskRow {
  const report = reports?.get(task.id) ?? {};
  return {
    stt: String(i + 1),
    taskId: task.id,
    title: task.title,
    agencies: task.agencies.map((a) => catalog.agencyById.get(a)?.name ?? a).join("; "),
    deadline: task.deadline?.text ?? "",
    state: report.state ?? "",
    note: report.note ?? "",
  };
}

const NOTHING_REPORTED: ActualEntry = Object.freeze({});

function finite(v: number | null | undefined): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

/**
 * The plan for the period's year: the target itself when it is set for that year (or is a
 * yearly rate), else the level expected that year on the path to the target.
 */
function planForYear(t: Target, info: PeriodInfo, evaluate?: EvaluateTarget, settings?: Partial<EvaluationSettings>): number | string {
  const perYear = t.kind === "rate" || t.kind === "change";
  if (perYear || t.year <= info.year) return targetText(t);
  const period = String(info.year);
  const expected = evaluate ? evaluate(t, { period, actual: null }, settings).expected : defaultExpected(t, period, settings);
  // The column is never empty without a word why: with no baseline, no value on the path can be said.
  return expected === null ? NO_PATH_PLAN : Math.round(expected * 1000) / 1000;
}

/** Why a target set for a later year has no plan for this year. */
export const NO_PATH_PLAN = "Chưa tính được: thiếu năm gốc";

/** The target as written: its figure, or its range ("15–16"). */
function targetText(t: Target): number | string {
  return t.value !== undefined ? t.value : formatRange(t.min ?? NaN, t.max ?? NaN, "vi", { maxDecimals: 3 });
}

function groupTargets(targets: Target[]): { name: string; targets: Target[] }[] {
  const groups = new Map<string, Target[]>();
  for (const t of targets) {
    const list = groups.get(t.group) ?? [];
    list.push(t);
    groups.set(t.group, list);
  }
  return [...groups.entries()]
    .map(([name, list], order) => ({ name, targets: list, order }))
    .sort((a, b) => groupRank(a.name) - groupRank(b.name) || a.order - b.order);
}

/**
 * Sub-targets go right under their parent when the parent is in the same group.
 * One level is nested; a deeper sub-target is listed as a row of its own, so no target is dropped.
 */
function nestTargets(targets: Target[]): { target: Target; children: Target[] }[] {
  const byId = new Map(targets.map((t) => [t.id, t]));
  const isChild = (t: Target): boolean => {
    const parent = t.parent ? byId.get(t.parent) : undefined;
    return parent !== undefined && !(parent.parent && byId.has(parent.parent));
  };
  const childrenOf = new Map<string, Target[]>();
  for (const t of targets) if (isChild(t)) childrenOf.set(t.parent!, [...(childrenOf.get(t.parent!) ?? []), t]);
  return targets.filter((t) => !isChild(t)).map((target) => ({ target, children: childrenOf.get(target.id) ?? [] }));
}

/**
 * The agency's own note, then why the row is flagged; rows on track need no explanation. A note
 * carried back from an earlier annex already holds the reason: it is not written twice.
 */
function noteFor(own: string | undefined, evaluation: { status: string; reason: string } | null): string {
  const note = own?.trim() ?? "";
  const flagged = evaluation && (evaluation.status === "at_risk" || evaluation.status === "off_track");
  const reason = flagged ? evaluation.reason : "";
  if (!reason || note.includes(reason)) return note;
  return note ? `${note} — ${reason}` : reason;
}
