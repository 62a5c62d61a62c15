/**
 * Merge agency submissions into the province's annex, and say what is missing, late,
 * contradictory or unusable. Nothing submitted is dropped silently: every value is in the
 * consolidated annex, in the conflicts, or among the rejections with its reason.
 */
import type { Catalog } from "../catalog/load";
import { agencyMatcher } from "../catalog/agency-match";
import { planTitle } from "../catalog/describe";
import type { Agency, Target } from "../catalog/schema";
import type { EvaluateTarget } from "../evaluate/types";
import type { Bilingual } from "../messages";
import { buildAnnex, planAgencies, type ActualEntry, type BuildAnnexOptions, type TaskReport } from "../annex/build";
import { periodInfo, annexDeadline, type AnnexDeadline, type PeriodInfo } from "../annex/calendar";
import { targetsForYear } from "../annex/milestones";
import type { ColumnKey } from "../annex/columns";
import { META_SHEET, type MetaRecord } from "../annex/meta";
import type { Annex } from "../annex/model";
import { isoDaysBetween } from "../periods";
import type { FileRead } from "./grid";
import { indexPlanTargets, parseWorkbook, type ParsedWorkbook, type PlanContext } from "./submission";
import { REPORTED_FIELDS, type AcceptedFile, type ReportedField, type Rejection, type Submission, type SubmittedRow, type SubmissionDate } from "./types";

export interface ConsolidateOptions {
  period: string;
  /** Plan id; when omitted, the plan most files name. */
  plan?: string;
  /** Now, ISO (the core has no clock): the report's date and what "overdue" is measured against. */
  now: string;
  columns?: readonly ColumnKey[];
  evaluate?: EvaluateTarget;
  deadline?: AnnexDeadline;
  /** The evaluation words of the report (the annex's `words`). */
  words?: BuildAnnexOptions["words"];
}

export interface CompletenessRow {
  agencyId: string;
  agencyName: string;
  expected: number;
  reported: number;
  missing: string[];
  files: string[];
  status: "complete" | "partial" | "missing";
}

export interface TimelinessRow {
  agencyId: string;
  agencyName: string;
  file: string | null;
  submittedAt: string | null;
  /** Submission date in Vietnam (ISO date). */
  submittedOn: string | null;
  source: SubmissionDate["source"] | null;
  deadline: string | null;
  daysLate: number | null;
  status: "on_time" | "late" | "missing" | "overdue" | "no_deadline" | "no_date";
}

export interface ConflictRow {
  targetId: string;
  targetName: string;
  field: ReportedField;
  agencyId: string;
  agencyName: string;
  file: string;
  sheet: string;
  row: number;
  value: number;
  chosen: boolean;
  rule: Bilingual;
}

export interface ConsolidationResult {
  plan: string;
  /** The plan's title, as the report's sheets name it ("Kế hoạch phát triển kinh tế - xã hội năm 2024"). */
  planTitle: string;
  period: string;
  now: string;
  annex: Annex;
  /** The files merged, in the order given. */
  submissions: AcceptedFile[];
  completeness: CompletenessRow[];
  timeliness: TimelinessRow[];
  conflicts: ConflictRow[];
  rejected: Rejection[];
  /** The value used in the consolidated annex, per target and field. */
  merged: ReadonlyMap<string, ActualEntry>;
}

export type ConsolidateResult = { ok: true; result: ConsolidationResult } | { ok: false; error: Bilingual };

const ALL_AGENCIES = "*";

/** Everything `consolidate` needs from one file once it is parsed: the grids themselves are not kept. */
type Received = { file: string; ok: false; reason: Bilingual } | { file: string; ok: true; workbook: ParsedWorkbook; modifiedAt?: string };

/** A consolidation fed file by file: `add` parses a file and keeps only its rows, `finish` merges. */
export interface Consolidation {
  add(file: FileRead): void;
  finish(): ConsolidateResult;
}

export function consolidate(catalog: Catalog, files: FileRead[], options: ConsolidateOptions): ConsolidateResult {
  const run = startConsolidation(catalog, options);
  if (!run.ok) return run;
  for (const file of files) run.consolidation.add(file);
  return run.consolidation.finish();
}

export function startConsolidation(catalog: Catalog, options: ConsolidateOptions): { ok: true; consolidation: Consolidation } | { ok: false; error: Bilingual } {
  const info = periodInfo(options.period);
  if (!info) {
    return { ok: false, error: { vi: `Kỳ báo cáo "${options.period}" không hợp lệ; ví dụ: 2024-Q2`, en: `Invalid period "${options.period}"; e.g. 2024-Q2` } };
  }
  const contexts = new Map<string, PlanContext>();
  const contextFor = (planId: string): PlanContext => {
    let context = contexts.get(planId);
    if (!context) contexts.set(planId, (context = planContext(catalog, planId)));
    return context;
  };
  const received: Received[] = [];
  return {
    ok: true,
    consolidation: {
      add(file) {
        if (!file.ok) {
          received.push(file);
          return;
        }
        // Each file is read against the plan it names; files of another plan are refused at the end.
        const parsed = parseWorkbook(file.file, file.sheets, (plan) => contextFor(options.plan ?? plan));
        received.push(parsed.ok ? { file: file.file, ok: true, workbook: parsed.workbook, modifiedAt: file.modifiedAt } : { file: file.file, ok: false, reason: parsed.reason });
      },
      finish: () => finishConsolidation(catalog, options, info, received),
    },
  };
}

function planContext(catalog: Catalog, planId: string): PlanContext {
  // The one agency matcher (core/catalog/agency-match), once per distinct cell text.
  const match = agencyMatcher(planAgencies(catalog, planId));
  const agencyByCell = new Map<string, string | undefined>();
  const agencyOfRow = (meta: MetaRecord, target: Target | undefined, cell: string): string => {
    if (meta.agency !== ALL_AGENCIES) return meta.agency;
    if (!agencyByCell.has(cell)) {
      const found = cell.trim() ? match(cell) : undefined;
      agencyByCell.set(cell, found?.kind === "found" ? found.agency.id : undefined);
    }
    return agencyByCell.get(cell) ?? target?.agency ?? ALL_AGENCIES;
  };
  return { index: indexPlanTargets(catalog, planId), agencyOfRow };
}

/** No file names its plan: say so, and why the files that were refused were refused, so the sender can be told. */
function noPlanNamed(received: Received[]): Bilingual {
  const refused = received.flatMap((r) => (r.ok ? [] : [r]));
  const shown = refused.slice(0, 5);
  const more = refused.length - shown.length;
  const files: Bilingual = {
    vi: shown.map((r) => `${r.file}: ${r.reason.vi}`).join("; ") + (more > 0 ? `; và ${more} tệp khác` : ""),
    en: shown.map((r) => `${r.file}: ${r.reason.en}`).join("; ") + (more > 0 ? `; and ${more} more` : ""),
  };
  const list = (lang: keyof Bilingual) => (shown.length ? ` (${files[lang]})` : "");
  return {
    vi: `Không xác định được kế hoạch: không tệp nào có trang _kehoach hợp lệ${list("vi")}; hãy chỉ rõ --plan`,
    en: `Cannot tell the plan: no file has a valid _kehoach sheet${list("en")}; give --plan`,
  };
}

function finishConsolidation(catalog: Catalog, options: ConsolidateOptions, info: PeriodInfo, received: Received[]): ConsolidateResult {
  const planId = options.plan ?? guessPlan(received);
  if (!planId || !catalog.planById.has(planId)) {
    return {
      ok: false,
      error: planId
        ? { vi: `Không có kế hoạch "${planId}" trong danh mục`, en: `Unknown plan "${planId}"` }
        : noPlanNamed(received),
    };
  }
  const plan = catalog.planById.get(planId)!;
  const agencies = planAgencies(catalog, planId);
  const agencyIds = new Set(agencies.map((a) => a.id));
  const rejected: Rejection[] = [];
  const submissions: Submission[] = [];
  for (const file of received) {
    if (!file.ok) {
      rejected.push({ file: file.file, reason: file.reason });
      continue;
    }
    const meta = file.workbook.records.find((r) => r.content === "targets")!;
    const problem = checkIdentity(meta, planId, info.code, agencyIds, catalog);
    if (problem) {
      rejected.push({ file: file.file, agency: meta.agency, reason: problem });
      continue;
    }
    // One by one: a file may bring tens of thousands of rejections, too many for push(...spread).
    for (const r of file.workbook.rejections) rejected.push(r);
    const submitted = submissionDate(file.file, meta, file.modifiedAt, rejected);
    submissions.push({ file: file.file, meta, submitted, rows: file.workbook.rows, tasks: file.workbook.tasks });
  }
  const { merged, conflicts } = mergeValues(catalog, submissions);
  const taskReports = mergeTasks(catalog, submissions);
  const deadline = options.deadline ?? annexDeadline(plan, info) ?? undefined;
  const built = buildAnnex(catalog, {
    plan: planId,
    period: info.code,
    generatedAt: options.now,
    kind: "consolidated",
    actuals: merged,
    taskReports,
    columns: options.columns,
    showNoData: true,
    deadline,
    evaluate: options.evaluate,
    words: options.words,
  });
  if (!built.ok) return built;
  const result: ConsolidationResult = {
    plan: planId,
    planTitle: planTitle(plan),
    period: info.code,
    now: options.now,
    annex: built.annex,
    submissions: submissions.map(({ file, meta, submitted, rows }) => ({ file, meta, submitted, rowCount: rows.length })),
    completeness: completeness(catalog, planId, info.year, agencies, submissions),
    timeliness: timeliness(agencies, submissions, deadline?.date ?? null, options.now),
    conflicts,
    rejected,
    merged,
  };
  return { ok: true, result };
}

/**
 * When the file was submitted: the date recorded in _kehoach, else the file's modification time,
 * else when the annex was generated. A recorded date that cannot be read is reported, never
 * taken as "no date" (which would hide lateness).
 */
function submissionDate(file: string, meta: MetaRecord, modifiedAt: string | undefined, rejected: Rejection[]): SubmissionDate {
  const candidates: Array<[string | undefined, SubmissionDate["source"]]> = [
    [meta.submittedAt, "metadata"],
    [modifiedAt, "file"],
    [meta.generatedAt, "generated"],
  ];
  for (const [at, source] of candidates) {
    if (!at) continue;
    if (vietnamDate(at) !== null) return { at, source };
    if (source === "file") continue;
    const field = source === "metadata" ? "submittedAt" : "generatedAt";
    rejected.push({
      file,
      sheet: META_SHEET,
      field,
      agency: meta.agency,
      value: at,
      reason: {
        vi: `ngày ${source === "metadata" ? "nộp" : "lập phụ lục"} "${at}" trong trang ${META_SHEET} không đọc được: dùng ngày khác để xét đúng hạn`,
        en: `the ${source === "metadata" ? "submission" : "generation"} date "${at}" in ${META_SHEET} cannot be read: another date is used for timeliness`,
      },
    });
  }
  return { at: "", source: "generated" };
}

/** The plan most files' metadata names. */
function guessPlan(files: Received[]): string | undefined {
  const counts = new Map<string, number>();
  for (const f of files) {
    if (!f.ok) continue;
    for (const record of f.workbook.records) counts.set(record.plan, (counts.get(record.plan) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function checkIdentity(meta: MetaRecord, planId: string, period: string, agencyIds: Set<string>, catalog: Catalog): Bilingual | null {
  if (meta.kind !== "agency") {
    return { vi: "đây là tệp tổng hợp, không phải phụ lục của một cơ quan", en: "this is a consolidated report, not an agency's annex" };
  }
  if (meta.plan !== planId) {
    return { vi: `phụ lục của kế hoạch "${meta.plan}", không phải "${planId}"`, en: `annex of plan "${meta.plan}", not "${planId}"` };
  }
  const filePeriod = periodInfo(meta.period)?.code ?? meta.period;
  if (filePeriod !== period) {
    return { vi: `phụ lục kỳ ${meta.period}, không phải kỳ ${period} đang tổng hợp`, en: `annex for period ${meta.period}, not the period ${period} being consolidated` };
  }
  if (meta.agency !== ALL_AGENCIES && !agencyIds.has(meta.agency)) {
    return catalog.agencyById.has(meta.agency)
      ? { vi: `cơ quan "${meta.agency}" không chủ trì chỉ tiêu hay nhiệm vụ nào của kế hoạch ${planId}`, en: `agency "${meta.agency}" leads nothing in plan ${planId}` }
      : { vi: `cơ quan "${meta.agency}" không có trong danh mục`, en: `unknown agency "${meta.agency}"` };
  }
  return null;
}

const same = (a: number, b: number) => Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

interface Report {
  row: SubmittedRow;
  value: number;
  order: number;
  at: number;
}

/** Per target and field: one value, or a conflict with every candidate listed. */
function mergeValues(catalog: Catalog, submissions: Submission[]): { merged: Map<string, ActualEntry>; conflicts: ConflictRow[] } {
  const merged = new Map<string, ActualEntry>();
  const conflicts: ConflictRow[] = [];
  const notes = new Map<string, string[]>();
  // Most targets have one report: it stays the row itself; Report records only where there are several.
  const atOf = submissions.map((s) => {
    const at = Date.parse(s.submitted.at);
    return Number.isNaN(at) ? 0 : at;
  });
  const firstRow = new Map<string, SubmittedRow>();
  const firstOrder = new Map<string, number>();
  const several = new Map<string, Report[]>();
  for (let order = 0; order < submissions.length; order++) {
    for (const row of submissions[order].rows) {
      const first = firstRow.get(row.targetId);
      if (first === undefined) {
        firstRow.set(row.targetId, row);
        firstOrder.set(row.targetId, order);
      } else {
        let list = several.get(row.targetId);
        if (!list) {
          const o = firstOrder.get(row.targetId)!;
          several.set(row.targetId, (list = [{ row: first, value: NaN, order: o, at: atOf[o] }]));
        }
        list.push({ row, value: NaN, order, at: atOf[order] });
      }
      if (row.note) {
        const agency = catalog.agencyById.get(row.agency);
        const text = `${agency?.shortName ?? agency?.name ?? row.agency}: ${row.note}`;
        const list = notes.get(row.targetId);
        if (!list) notes.set(row.targetId, [text]);
        else if (!list.includes(text)) list.push(text);
      }
    }
  }

  for (const [targetId, first] of firstRow) {
    const entry: ActualEntry = {};
    const rows = several.get(targetId);
    if (!rows) {
      // One report (the usual case): nothing to choose between.
      for (const field of REPORTED_FIELDS) {
        const value = first.values[field];
        if (value !== null) entry[field] = value;
      }
      const own = notes.get(targetId);
      if (own) entry.note = own.join("; ");
      merged.set(targetId, entry);
      continue;
    }
    const target = catalog.targetById.get(targetId)!;
    const conflictNotes: string[] = [];
    for (const field of REPORTED_FIELDS) {
      const reports = rows.filter((r) => r.row.values[field] !== null).map((r) => ({ ...r, value: r.row.values[field] as number }));
      if (!reports.length) continue;
      const conflict = (r: Report, chosen: boolean, rule: Bilingual): ConflictRow => ({
        targetId,
        targetName: target.name,
        field,
        agencyId: r.row.agency,
        agencyName: catalog.agencyById.get(r.row.agency)?.name ?? r.row.agency,
        file: r.row.file,
        sheet: r.row.sheet,
        row: r.row.row,
        value: r.value,
        chosen,
        rule,
      });
      // Within one agency, the latest submission counts.
      const latest = new Map<string, Report>();
      for (const r of [...reports].sort((a, b) => a.at - b.at || a.order - b.order)) latest.set(r.row.agency, r);
      const superseded = reports.filter((r) => latest.get(r.row.agency) !== r && !same(r.value, latest.get(r.row.agency)!.value));
      const candidates = [...latest.values()];
      const distinct = candidates.filter((c, i) => candidates.findIndex((d) => same(c.value, d.value)) === i);
      let chosen: Report | undefined;
      let rule: Bilingual;
      if (distinct.length === 1) {
        chosen = candidates[0];
        rule = { vi: "các cơ quan báo cáo cùng số liệu", en: "all agencies report the same figure" };
      } else {
        chosen = candidates.find((c) => c.row.agency === target.agency);
        rule = chosen
          ? { vi: "các cơ quan báo cáo khác nhau: dùng số của cơ quan chủ trì", en: "agencies differ: the lead agency's figure is used" }
          : { vi: "các cơ quan báo cáo khác nhau, không có số của cơ quan chủ trì: chưa chọn, cần đối chiếu", en: "agencies differ and the lead agency reported none: nothing chosen, needs checking" };
        if (!chosen) conflictNotes.push("các cơ quan báo cáo khác nhau, xem trang Xung đột");
      }
      if (chosen) entry[field] = chosen.value;
      if (distinct.length > 1) {
        for (const c of candidates) conflicts.push(conflict(c, c === chosen || (chosen !== undefined && same(c.value, chosen.value)), rule));
      }
      if (superseded.length) {
        const resubmitted: Bilingual = { vi: "cơ quan nộp nhiều lần với số liệu khác nhau: dùng bản nộp sau cùng", en: "the agency submitted several times with different figures: the latest is used" };
        for (const r of superseded) conflicts.push(conflict(r, false, resubmitted));
        if (distinct.length === 1) for (const c of candidates) conflicts.push(conflict(c, true, resubmitted));
      }
    }
    const allNotes = [...(notes.get(targetId) ?? []), ...new Set(conflictNotes)];
    if (allNotes.length) entry.note = allNotes.join("; ");
    merged.set(targetId, entry);
  }
  return { merged, conflicts };
}

function mergeTasks(catalog: Catalog, submissions: Submission[]): Map<string, TaskReport> {
  const reports = new Map<string, { state: string[]; note: string[] }>();
  for (const s of submissions) {
    for (const t of s.tasks) {
      if (!catalog.taskById.has(t.taskId)) continue;
      const r = reports.get(t.taskId) ?? { state: [], note: [] };
      const who = t.agency === ALL_AGENCIES ? "" : `${catalog.agencyById.get(t.agency)?.shortName ?? catalog.agencyById.get(t.agency)?.name ?? t.agency}: `;
      if (t.state && !r.state.includes(t.state)) r.state.push(t.state);
      if (t.note) r.note.push(`${who}${t.note}`);
      reports.set(t.taskId, r);
    }
  }
  return new Map([...reports].map(([id, r]) => [id, { state: r.state.join("; "), note: r.note.join("; ") }]));
}

function completeness(catalog: Catalog, planId: string, year: number, agencies: readonly Agency[], submissions: Submission[]): CompletenessRow[] {
  const arrived = new Set<string>();
  const filesOf = new Map<string, string[]>();
  for (const s of submissions) {
    for (const r of s.rows) if (r.values.actual !== null) arrived.add(r.targetId);
    const ids = s.meta.agency === ALL_AGENCIES ? [...new Set(s.rows.map((r) => r.agency))] : [s.meta.agency];
    for (const id of ids) filesOf.set(id, [...(filesOf.get(id) ?? []), s.file]);
  }
  const targetsOf = new Map<string, Target[]>();
  for (const t of catalog.targets) {
    if (t.plan !== planId || !t.agency) continue;
    const list = targetsOf.get(t.agency) ?? [];
    list.push(t);
    targetsOf.set(t.agency, list);
  }
  return agencies.map((agency) => {
    const expected = targetsForYear(targetsOf.get(agency.id) ?? [], year);
    const missing = expected.filter((t) => !arrived.has(t.id));
    const files = [...new Set(filesOf.get(agency.id) ?? [])];
    return {
      agencyId: agency.id,
      agencyName: agency.name,
      expected: expected.length,
      reported: expected.length - missing.length,
      missing: missing.map((t) => t.name),
      files,
      status: !files.length ? "missing" : missing.length ? "partial" : "complete",
    };
  });
}

/** The calendar day in Vietnam (UTC+7) of an ISO timestamp; a bare date stays as it is. */
export function vietnamDate(at: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(at)) return at;
  const t = Date.parse(at);
  if (Number.isNaN(t)) return null;
  return new Date(t + 7 * 3600 * 1000).toISOString().slice(0, 10);
}


function timeliness(planAgencies: readonly Agency[], submissions: Submission[], deadline: string | null, now: string): TimelinessRow[] {
  const rows: TimelinessRow[] = [];
  const today = vietnamDate(now);
  const agencies = planAgencies.map((a) => ({ id: a.id, name: a.name }));
  if (submissions.some((s) => s.meta.agency === ALL_AGENCIES)) agencies.push({ id: ALL_AGENCIES, name: "Tất cả cơ quan (phụ lục chung)" });
  for (const agency of agencies) {
    const own = submissions.filter((s) => s.meta.agency === agency.id);
    if (!own.length) {
      if (agency.id === ALL_AGENCIES) continue;
      const overdue = deadline !== null && today !== null && today > deadline;
      rows.push({
        agencyId: agency.id,
        agencyName: agency.name,
        file: null,
        submittedAt: null,
        submittedOn: null,
        source: null,
        deadline,
        daysLate: overdue && today ? isoDaysBetween(deadline!, today) : null,
        status: overdue ? "overdue" : "missing",
      });
      continue;
    }
    for (const s of own) {
      const on = vietnamDate(s.submitted.at);
      const days = deadline && on ? isoDaysBetween(deadline, on) : null;
      const daysLate = days === null ? null : Math.max(0, days);
      rows.push({
        agencyId: agency.id,
        agencyName: agency.name,
        file: s.file,
        submittedAt: s.submitted.at,
        submittedOn: on,
        source: s.submitted.source,
        deadline,
        daysLate,
        status: deadline === null ? "no_deadline" : daysLate === null ? "no_date" : daysLate > 0 ? "late" : "on_time",
      });
    }
  }
  return rows;
}
