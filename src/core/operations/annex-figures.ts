/**
 * The figures already typed in the workbook's annex for a plan and period (Thực hiện, cùng kỳ, ước,
 * ghi chú; tasks' tình trạng and ghi chú), read row by target id — never by position — so a rebuilt
 * annex carries them. Figures that have no row in the new annex are listed, never dropped.
 */
import type { Catalog } from "../catalog/load";
import { DEFAULT_SHEET_NAMES, TASK_HEADERS } from "../annex/layout";
import { META_SHEET, parseMetaGrid, type MetaRecord } from "../annex/meta";
import { periodLabel, type PeriodInfo } from "../annex/calendar";
import type { ActualEntry, TaskReport } from "../annex/build";
import { cellNumber, cellText, findHeader, indexPlanTargets } from "../consolidate/submission";
import type { GridCell, SheetGrid } from "../consolidate/grid";
import { REPORTED_FIELDS, type ReportedField } from "../consolidate/types";
import type { Bilingual } from "../messages";
import { fold } from "../text/normalize";

/** How many "Phụ lục (n)" / "Nhiệm vụ (n)" copies the first read looks at (the names the add-in gives). */
const MAX_COPIES = 20;

/** The sheets the first read batch loads: the metadata and every name the add-in gives an annex's sheets. */
export function annexSheetCandidates(): string[] {
  const copies = (base: string) => [base, ...Array.from({ length: MAX_COPIES - 1 }, (_, i) => `${base} (${i + 2})`)];
  return [META_SHEET, ...copies(DEFAULT_SHEET_NAMES.targets), ...copies(DEFAULT_SHEET_NAMES.tasks)];
}

export type CarriedField = ReportedField | "note" | "state";

/** A figure the old sheet holds that the new annex has no place for, and why. */
export interface NotCarried {
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  /** The target's (or task's) id, or the name as written when the id is unknown. */
  item: string;
  field: CarriedField;
  value: string;
  reason: Bilingual;
}

export interface CarriedFigures {
  /** The sheets the figures came from (targets, then tasks); empty when the workbook had none. */
  from: string[];
  actuals: Map<string, ActualEntry>;
  taskReports: Map<string, TaskReport>;
  /** Cells carried into the new annex. */
  count: number;
  notCarried: NotCarried[];
}

export interface AnnexScope {
  plan: string;
  /** Agency id, or undefined for the whole plan. */
  agency?: string;
  info: PeriodInfo;
  /** Ids of the targets and tasks the new annex has rows for. */
  targetIds: ReadonlySet<string>;
  taskIds: ReadonlySet<string>;
}

const NOT_IN_ANNEX: Bilingual = {
  vi: "chỉ tiêu không còn trong phụ lục mới (đã bỏ khỏi kế hoạch hoặc thuộc cơ quan khác); số liệu vẫn còn trên trang cũ",
  en: "the target is no longer in the new annex (dropped from the plan or another agency's); the figure stays on the old sheet",
};
const TASK_NOT_IN_ANNEX: Bilingual = {
  vi: "nhiệm vụ không còn trong phụ lục mới; nội dung vẫn còn trên trang cũ",
  en: "the task is no longer in the new annex; the text stays on the old sheet",
};

export function noFiguresCarried(): CarriedFigures {
  return { from: [], actuals: new Map(), taskReports: new Map(), count: 0, notCarried: [] };
}

/** Read the figures of the workbook's annex sheets that match the scope. */
export function carriedFigures(catalog: Catalog, scope: AnnexScope, sheets: readonly SheetGrid[]): CarriedFigures {
  const out = noFiguresCarried();
  const records = metaRecords(sheets);
  const targets = pickSource(sheets, records, scope, "targets", (s) => findHeader(s, scope.info.year), (h) => h.columns.get("targetId"));
  if (targets) readTargets(catalog, scope, targets.sheet, targets.header, out);
  const tasks = pickSource(sheets, records, scope, "tasks", taskHeader, (h) => h.column(TASK_HEADERS[6]));
  if (tasks) readTasks(scope, tasks.sheet, tasks.header, out);
  return out;
}

function metaRecords(sheets: readonly SheetGrid[]): MetaRecord[] {
  const meta = sheets.find((s) => s.name === META_SHEET);
  if (!meta) return [];
  const parsed = parseMetaGrid(meta.rows);
  return parsed.ok ? parsed.records : [];
}

/** Same plan and period, and an agency whose rows can be in the new annex (the same, or a whole-plan annex on either side). */
function fits(record: MetaRecord, scope: AnnexScope): boolean {
  const agencyFits = record.agency === "*" || !scope.agency || record.agency === scope.agency;
  return record.kind === "agency" && record.plan === scope.plan && record.period === scope.info.code && agencyFits;
}

/**
 * The sheet to carry from, with its header row: the newest one the metadata names for this plan and period,
 * else (a workbook whose metadata was lost) the last sheet laid out as an annex whose title names the period.
 */
function pickSource<H>(
  sheets: readonly SheetGrid[],
  records: readonly MetaRecord[],
  scope: AnnexScope,
  content: MetaRecord["content"],
  headerOf: (sheet: SheetGrid) => H | null | undefined,
  idColumnOf: (header: H) => number | undefined,
): { sheet: SheetGrid; header: H } | null {
  const located = (sheet: SheetGrid | undefined) => {
    const header = sheet && headerOf(sheet);
    return sheet && header ? { sheet, header } : null;
  };
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const named = records
    .filter((r) => r.content === content && fits(r, scope) && byName.has(r.sheet))
    .sort((a, b) => (a.agency === b.agency ? 0 : a.agency === (scope.agency ?? "*") ? -1 : 1) || b.generatedAt.localeCompare(a.generatedAt));
  if (named.length) return located(byName.get(named[0].sheet));
  const described = new Set(records.map((r) => r.sheet));
  const periodLine = fold(`Kỳ báo cáo: ${periodLabel(scope.info)}`);
  const ids = content === "targets" ? scope.targetIds : scope.taskIds;
  let last: { sheet: SheetGrid; header: H } | null = null;
  for (const sheet of sheets) {
    if (sheet.name === META_SHEET || described.has(sheet.name)) continue;
    const candidate = located(sheet);
    const idColumn = candidate ? idColumnOf(candidate.header) : undefined;
    if (idColumn === undefined || idColumn < 0) continue;
    // The same period in its title, and some of the same targets (or tasks): another agency's annex is not this one.
    const titled = sheet.rows.slice(0, 12).some((cells) => cells.some((c) => typeof c === "string" && fold(c).includes(periodLine)));
    if (titled && sheet.rows.some((cells) => ids.has(cellText(cells[idColumn])))) last = candidate;
  }
  return last;
}

function readTargets(catalog: Catalog, scope: AnnexScope, sheet: SheetGrid, header: AnnexHeader, out: CarriedFigures): void {
  const index = indexPlanTargets(catalog, scope.plan);
  const at = (cells: GridCell[], key: Parameters<typeof header.columns.get>[0]) => {
    const c = header.columns.get(key);
    return c === undefined ? undefined : cells[c];
  };
  out.from.push(sheet.name);
  for (let r = header.row + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    const id = cellText(at(cells, "targetId"));
    const name = cellText(at(cells, "name"));
    const byName = id ? undefined : index.byName(fold(name));
    const targetId = id || (byName?.length === 1 ? byName[0].id : "");
    const entry: ActualEntry = {};
    const typed: [CarriedField, string][] = [];
    for (const field of REPORTED_FIELDS) {
      const cell = at(cells, field);
      const parsed = cellNumber(cell);
      if (!parsed.ok) {
        out.notCarried.push({ sheet: sheet.name, row: r + 1, item: targetId || name, field, value: parsed.text, reason: parsed.message });
        continue;
      }
      if (parsed.value === null) continue;
      entry[field] = parsed.value;
      typed.push([field, cellText(cell)]);
    }
    const note = cellText(at(cells, "note"));
    if (note) {
      entry.note = note;
      typed.push(["note", note]);
    }
    if (!typed.length) continue;
    if (targetId && scope.targetIds.has(targetId)) {
      out.actuals.set(targetId, entry);
      out.count += typed.length;
    } else {
      for (const [field, value] of typed) out.notCarried.push({ sheet: sheet.name, row: r + 1, item: targetId || name, field, value, reason: NOT_IN_ANNEX });
    }
  }
}

/** The tasks sheet's header row: the one with "Mã nhiệm vụ" among the first 40. */
type TaskHeader = { row: number; column: (header: string) => number };
type AnnexHeader = NonNullable<ReturnType<typeof findHeader>>;

function taskHeader(sheet: SheetGrid): TaskHeader | null {
  const idHeader = fold(TASK_HEADERS[6]);
  for (let r = 0; r < Math.min(40, sheet.rows.length); r++) {
    const folded = (sheet.rows[r] ?? []).map((c) => (typeof c === "string" ? fold(c.trim()) : ""));
    if (folded.includes(idHeader)) return { row: r, column: (h) => folded.indexOf(fold(h)) };
  }
  return null;
}

function readTasks(scope: AnnexScope, sheet: SheetGrid, header: TaskHeader, out: CarriedFigures): void {
  const [idAt, stateAt, noteAt] = [TASK_HEADERS[6], TASK_HEADERS[4], TASK_HEADERS[5]].map(header.column);
  const text = (cells: GridCell[], c: number) => (c < 0 ? "" : cellText(cells[c]));
  out.from.push(sheet.name);
  for (let r = header.row + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    const id = text(cells, idAt);
    const report: TaskReport = { state: text(cells, stateAt) || undefined, note: text(cells, noteAt) || undefined };
    const typed = (["state", "note"] as const).filter((f) => report[f]);
    if (!id || !typed.length) continue;
    if (scope.taskIds.has(id)) {
      out.taskReports.set(id, report);
      out.count += typed.length;
    } else {
      for (const f of typed) out.notCarried.push({ sheet: sheet.name, row: r + 1, item: id, field: f, value: report[f]!, reason: TASK_NOT_IN_ANNEX });
    }
  }
}
