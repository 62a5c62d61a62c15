/**
 * Read one submitted workbook (as grids) into target rows. Columns are found by their
 * headers (folded, diacritic-insensitive), not by position, so an agency may move,
 * insert or rename columns within reason. Every cell that cannot be used is reported.
 */
import type { Catalog } from "../catalog/load";
import type { Target } from "../catalog/schema";
import { COLUMN_SPECS, type ColumnKey } from "../annex/columns";
import { periodInfo } from "../annex/calendar";
import { isRoman } from "../annex/labels";
import { META_SHEET, parseMetaGrid, type MetaRecord } from "../annex/meta";
import { TASK_HEADERS } from "../annex/layout";
import { parseViNumber } from "../numbers/vi";
import { formatNumber } from "../numbers/format";
import { unescapeFormulaText } from "../text/escape";
import { fold, nfc, ownCopy } from "../text/normalize";
import { isUncomputed, MAX_SHEET_ROWS, type GridCell, type SheetGrid } from "./grid";
import { chooseColumns, scoreHeader, type ColumnChoice } from "./headers";
import { REPORTED_FIELDS, type Rejection, type SubmittedRow, type SubmittedTask } from "./types";

export interface ParsedWorkbook {
  records: MetaRecord[];
  rows: SubmittedRow[];
  tasks: SubmittedTask[];
  rejections: Rejection[];
}

export type ParseResult = { ok: true; workbook: ParsedWorkbook } | { ok: false; reason: { vi: string; en: string } };

export function cellText(cell: GridCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return cell.toISOString();
  if (isUncomputed(cell)) return `=${cell.formula}`;
  return unescapeFormulaText(nfc(String(cell))).trim();
}

/** A number cell: a number, or text in vi-VN ("15.295", "14,5"). */
export function cellNumber(cell: GridCell | undefined): { ok: true; value: number | null } | { ok: false; text: string; message: { vi: string; en: string } } {
  if (cell === null || cell === undefined || cell === "") return { ok: true, value: null };
  if (typeof cell === "number") return Number.isFinite(cell) ? { ok: true, value: cell } : { ok: false, text: String(cell), message: NOT_FINITE };
  if (isUncomputed(cell)) return { ok: false, text: cellText(cell), message: UNCOMPUTED };
  const text = cellText(cell);
  if (text === "" || text === "-" || text === "–") return { ok: true, value: null };
  const parsed = parseViNumber(text, "vi");
  if (!parsed.ok) return { ok: false, text, message: parsed.error };
  // A number too large for a double ("1" and 400 zeros) would read as Infinity and outweigh every real figure.
  return Number.isFinite(parsed.value) ? { ok: true, value: parsed.value } : { ok: false, text: text.length > 60 ? `${text.slice(0, 57)}…` : text, message: NOT_FINITE };
}

const NOT_FINITE = { vi: "số quá lớn, không phải số hữu hạn", en: "number too large: not a finite number" };
const UNCOMPUTED = {
  vi: "ô có công thức chưa tính giá trị (tệp được lưu bằng chương trình không tính công thức): hãy mở bằng Excel, lưu lại rồi gửi",
  en: "the cell has a formula that was never calculated (saved by a program that does not calculate): open it in Excel, save and send it again",
};

/** A cell that holds a figure: a number, a formula, or text that reads as one. */
function isFigure(cell: GridCell | undefined): boolean {
  if (typeof cell === "number" || isUncomputed(cell)) return true;
  if (typeof cell !== "string" || !/\d/.test(cell)) return false;
  return parseViNumber(cellText(cell), "vi").ok;
}

/** Which agency a row is booked to, from its record, its target and the agency cell. */
type AgencyOfRow = (meta: MetaRecord, target: Target | undefined, agencyCell: string) => string;

type Header = ColumnChoice & { row: number; /** Columns whose header names something we know (used or not). */ named: Set<number>; titles: readonly GridCell[] };

/**
 * The header row: the row among the first 40 that names the most known columns (name or id
 * among them). The two rows after the first usable one are looked at too (two-row headers).
 * `periodYear` reads year-qualified headers ("Thực hiện 6 tháng năm 2023").
 */
export function findHeader(sheet: SheetGrid, periodYear: number | null = null): Header | null {
  let best: Header | null = null;
  const limit = Math.min(sheet.rows.length, 40);
  for (let r = 0; r < limit; r++) {
    if (best && r > best.row + 2) break;
    const cells = sheet.rows[r] ?? [];
    const choice = chooseColumns(cells, periodYear);
    const { columns } = choice;
    const usable = (columns.has("name") || columns.has("targetId")) && (columns.has("actual") || choice.losers.some((l) => l.key === "actual"));
    if (usable && columns.size >= 3 && (!best || columns.size > best.columns.size)) {
      const named = new Set<number>();
      cells.forEach((cell, c) => {
        if (typeof cell === "string" && scoreHeader(cell, periodYear)) named.add(c);
      });
      best = { row: r, ...choice, named, titles: cells };
    }
  }
  return best;
}

function metaOf(sheets: SheetGrid[]): { ok: true; records: MetaRecord[] } | { ok: false; reason: { vi: string; en: string } } {
  const sheet = sheets.find((s) => s.name === META_SHEET);
  if (!sheet) {
    return {
      ok: false,
      reason: {
        vi: `không có trang ẩn "${META_SHEET}": tệp không phải phụ lục do Kế hoạch tạo ra (hãy dùng mẫu phụ lục được gửi)`,
        en: `no hidden sheet "${META_SHEET}": not an annex made by Kế hoạch (use the annex template sent to you)`,
      },
    };
  }
  const parsed = parseMetaGrid(sheet.rows);
  return parsed.ok ? parsed : { ok: false, reason: parsed.message };
}

export interface TargetIndex {
  byId: ReadonlyMap<string, Target>;
  /** Targets by folded name: for rows whose id cell was lost or edited. */
  byName(folded: string): Target[] | undefined;
}

export function indexPlanTargets(catalog: Catalog, planId: string): TargetIndex {
  const byId = new Map<string, Target>();
  for (const t of catalog.targets) if (t.plan === planId) byId.set(t.id, t);
  // Folding every name costs more than reading a file: done only when some row needs it.
  let names: Map<string, Target[]> | undefined;
  const byName = (folded: string) => {
    if (!names) {
      names = new Map();
      for (const t of byId.values()) {
        const key = fold(t.name);
        const list = names.get(key);
        if (list) list.push(t);
        else names.set(key, [t]);
      }
    }
    return names.get(folded);
  };
  return { byId, byName };
}

/** What reading a plan's rows needs: its targets, and how a row's agency is found. */
export interface PlanContext {
  index: TargetIndex;
  agencyOfRow: AgencyOfRow;
}

/**
 * Parse the annex sheets of a workbook, against the plan its metadata names (`contextFor`).
 * `agencyOfRow` resolves the agency of a row (the file's agency, or for an all-agencies annex
 * the row's agency column / the lead agency).
 */
export function parseWorkbook(file: string, sheets: SheetGrid[], contextFor: (plan: string) => PlanContext): ParseResult {
  const huge = sheets.find((s) => s.truncated || s.rows.length > MAX_SHEET_ROWS);
  if (huge) {
    return {
      ok: false,
      reason: {
        vi: `trang "${huge.name}" có hơn ${formatNumber(MAX_SHEET_ROWS, "vi")} dòng, quá nhiều cho một phụ lục: không đọc tệp này (hãy xoá các dòng thừa rồi gửi lại)`,
        en: `sheet "${huge.name}" has more than ${formatNumber(MAX_SHEET_ROWS, "en")} rows, too many for an annex: file not read (delete the extra rows and send it again)`,
      },
    };
  }
  const meta = metaOf(sheets);
  if (!meta.ok) return meta;
  const out: ParsedWorkbook = { records: meta.records, rows: [], tasks: [], rejections: [] };
  const targetRecords = meta.records.filter((r) => r.content === "targets");
  if (!targetRecords.length) {
    return { ok: false, reason: { vi: `trang ${META_SHEET} không chỉ ra trang chỉ tiêu nào`, en: `${META_SHEET} names no targets sheet` } };
  }
  const { index, agencyOfRow } = contextFor(targetRecords[0].plan);
  const used = new Set<string>();
  for (const record of targetRecords) {
    const year = periodInfo(record.period)?.year ?? null;
    const picked = pickSheet(sheets, record.sheet, used, (s) => findHeader(s, year));
    if (!picked) {
      out.rejections.push({
        file,
        sheet: record.sheet,
        reason: {
          vi: `không tìm thấy trang "${record.sheet}" hay trang nào có dòng tiêu đề nhận ra được (Chỉ tiêu, Thực hiện kỳ báo cáo…)`,
          en: `no sheet "${record.sheet}" nor any sheet with a recognisable header row (Chỉ tiêu, Thực hiện kỳ báo cáo…)`,
        },
      });
      continue;
    }
    readTargetRows(file, picked.sheet, picked.header, record, index, agencyOfRow, out);
  }
  for (const record of meta.records.filter((r) => r.content === "tasks")) {
    const picked = pickSheet(sheets, record.sheet, used, findTaskHeader);
    if (picked) readTaskRows(file, picked.sheet, picked.header, record, out);
  }
  for (const sheet of sheets) {
    if (sheet.name !== META_SHEET && !used.has(sheet.name)) rejectUnusedSheet(file, sheet, targetRecords[0], index, agencyOfRow, out);
  }
  copyTextsOut(out);
  return { ok: true, workbook: out };
}

/**
 * A string cut from a larger one keeps the larger one in memory (V8's sliced and joined strings): a
 * note read from a sheet holds the whole sheet's XML. The texts a consolidation keeps of a file are
 * copied out once it is parsed, so that the file's text goes with the file, and memory grows with
 * the rows kept, not with the files read.
 */
function copyTextsOut(workbook: ParsedWorkbook): void {
  const copies = new Map<string, string>();
  const own = (text: string): string => {
    if (!text) return text;
    let copy = copies.get(text);
    if (copy === undefined) copies.set(text, (copy = ownCopy(text)));
    return copy;
  };
  const ownOrUndefined = (text: string | undefined) => (text === undefined ? text : own(text));
  for (const record of workbook.records) {
    const fields = record as unknown as Record<string, unknown>;
    for (const key of Object.keys(fields)) {
      const value = fields[key];
      if (typeof value === "string") fields[key] = own(value);
    }
  }
  for (const row of workbook.rows) {
    row.sheet = own(row.sheet);
    row.agency = own(row.agency);
    row.note = own(row.note);
  }
  for (const task of workbook.tasks) {
    task.agency = own(task.agency);
    task.taskId = own(task.taskId);
    task.state = own(task.state);
    task.note = own(task.note);
  }
  for (const r of workbook.rejections) {
    r.sheet = ownOrUndefined(r.sheet);
    r.field = ownOrUndefined(r.field);
    r.agency = ownOrUndefined(r.agency);
    r.targetId = ownOrUndefined(r.targetId);
    r.value = ownOrUndefined(r.value);
    r.reason = { vi: own(r.reason.vi), en: own(r.reason.en) };
  }
}

/**
 * A sheet no metadata record names (a copy "Phụ lục (2)", a sheet the agency added): its figures
 * are not merged, but each is listed with where it was, so nothing submitted vanishes.
 */
function rejectUnusedSheet(
  file: string,
  sheet: SheetGrid,
  meta: MetaRecord,
  index: TargetIndex,
  agencyOfRow: AgencyOfRow,
  out: ParsedWorkbook,
): void {
  const reason = {
    vi: `trang "${sheet.name}" không phải trang phụ lục đã gửi ("${meta.sheet}"): số liệu trên đó không được tổng hợp; hãy chép vào trang "${meta.sheet}"`,
    en: `sheet "${sheet.name}" is not the annex sheet sent ("${meta.sheet}"): its figures are not consolidated; copy them into "${meta.sheet}"`,
  };
  const header = findHeader(sheet, periodInfo(meta.period)?.year ?? null);
  if (header) {
    const copy: ParsedWorkbook = { records: [], rows: [], tasks: [], rejections: [] };
    readTargetRows(file, sheet, header, meta, index, agencyOfRow, copy);
    for (const row of copy.rows) {
      for (const field of REPORTED_FIELDS) {
        const value = row.values[field];
        if (value !== null) out.rejections.push({ file, sheet: sheet.name, row: row.row, agency: row.agency, targetId: row.targetId, field, value: String(value), reason });
      }
      if (row.note) out.rejections.push({ file, sheet: sheet.name, row: row.row, agency: row.agency, targetId: row.targetId, field: "note", value: row.note, reason });
    }
    for (const r of copy.rejections) out.rejections.push(r);
    return;
  }
  sheet.rows.forEach((cells, r) => {
    cells.forEach((cell, c) => {
      if (isFigure(cell)) out.rejections.push({ file, sheet: sheet.name, row: r + 1, field: columnWord(c), value: cellText(cell), reason });
    });
  });
}

const columnWord = (c: number) => `cột ${c + 1}`;

/** The sheet a record names, else the first visible one not yet used, among those `headerOf` finds a header in. */
function pickSheet<H>(sheets: SheetGrid[], wanted: string, used: Set<string>, headerOf: (s: SheetGrid) => H | null): { sheet: SheetGrid; header: H } | undefined {
  const candidates = [(s: SheetGrid) => s.name === wanted, (s: SheetGrid) => !s.hidden && s.name !== META_SHEET];
  const tried = new Set<SheetGrid>();
  for (const candidate of candidates) {
    for (const sheet of sheets) {
      if (used.has(sheet.name) || tried.has(sheet) || !candidate(sheet)) continue;
      tried.add(sheet);
      const header = headerOf(sheet);
      if (header === null) continue;
      used.add(sheet.name);
      return { sheet, header };
    }
  }
  return undefined;
}

function readTargetRows(
  file: string,
  sheet: SheetGrid,
  header: Header,
  meta: MetaRecord,
  index: TargetIndex,
  agencyOfRow: AgencyOfRow,
  out: ParsedWorkbook,
): void {
  const col = (key: ColumnKey) => header.columns.get(key);
  const at = (cells: GridCell[], key: ColumnKey): GridCell | undefined => {
    const c = col(key);
    return c === undefined ? undefined : cells[c];
  };
  const titleOf = (c: number) => cellText(header.titles[c]) || columnWord(c);
  for (let r = header.row + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    if (cells.length === 0) continue;
    const id = cellText(at(cells, "targetId"));
    let target = id ? index.byId.get(id) : undefined;
    let name = "";
    if (!target) {
      if (!id && isRoman(cellText(at(cells, "stt")))) continue;
      // Messages quote the name as written ("+ Tỷ lệ…" keeps its "+"); a bullet mark is dropped only to match.
      name = cellText(at(cells, "name"));
      const bare = name.replace(/^[-–+•]\s*/, "");
      const candidates = name ? (index.byName(fold(name)) ?? index.byName(fold(bare))) : undefined;
      target = candidates?.length === 1 ? candidates[0] : undefined;
    }
    const agencyCell = cellText(at(cells, "agency"));
    const row = r + 1;
    const agency = agencyOfRow(meta, target, agencyCell);
    // Figures in a column that names no field, and values in a column another one was preferred to (or tied with).
    for (let c = 0; c < cells.length; c++) {
      if (!header.named.has(c) && isFigure(cells[c])) {
        out.rejections.push({ file, sheet: sheet.name, row, agency, targetId: target?.id ?? (id || undefined), field: titleOf(c), value: cellText(cells[c]), reason: unknownColumn(titleOf(c)) });
      }
    }
    for (const loser of header.losers) {
      const text = cellText(cells[loser.column]);
      if (text) {
        out.rejections.push({ file, sheet: sheet.name, row, agency, targetId: target?.id ?? (id || undefined), field: titleOf(loser.column), value: text, reason: notChosen(titleOf(loser.column), loser.key, loser.usedColumn === null ? null : titleOf(loser.usedColumn)) });
      }
    }
    if (!target) {
      // Group headings, blank lines and rows without figures carry nothing to lose.
      const raw = REPORTED_FIELDS.map((f) => cellText(at(cells, f))).filter(Boolean);
      if (raw.length === 0) continue;
      out.rejections.push({
        file,
        sheet: sheet.name,
        row,
        agency,
        targetId: id || undefined,
        field: id || name ? "targetId" : "name",
        value: raw.join("; "),
        reason:
          !id && !name
            ? { vi: "ô Chỉ tiêu và ô Mã chỉ tiêu đều trống: không biết số liệu thuộc chỉ tiêu nào", en: "both the target and the target id cells are empty: the figures belong to no known target" }
            : {
                vi: `chỉ tiêu "${id || name}" không có trong kế hoạch ${meta.plan}`,
                en: `target "${id || name}" is not in plan ${meta.plan}`,
              },
      });
      continue;
    }
    const values: SubmittedRow["values"] = { actual: null, lastYear: null, estimateYear: null };
    for (const field of REPORTED_FIELDS) {
      const parsed = cellNumber(at(cells, field));
      if (parsed.ok) values[field] = parsed.value;
      else out.rejections.push({ file, sheet: sheet.name, row, agency, targetId: target.id, field, value: parsed.text, reason: parsed.message });
    }
    out.rows.push({ file, sheet: sheet.name, row, agency, targetId: target.id, values, note: cellText(at(cells, "note")) });
  }
}

function unknownColumn(title: string) {
  return {
    vi: `cột "${title}" không phải cột nào của phụ lục: số liệu trong cột không được tổng hợp (hãy ghi vào đúng cột của mẫu)`,
    en: `column "${title}" is none of the annex's columns: its figures are not consolidated (put them in the template's column)`,
  };
}

function notChosen(title: string, key: ColumnKey, used: string | null) {
  const field = COLUMN_SPECS[key];
  return used === null
    ? {
        vi: `có hơn một cột có thể là "${field.header}" (trong đó có "${title}"): không tự chọn; hãy để lại một cột "${field.header}" rồi gửi lại`,
        en: `more than one column could be "${field.headerEn}" (among them "${title}"): none chosen; keep one "${field.header}" column and send it again`,
      }
    : {
        vi: `cột "${title}" cũng có thể là "${field.header}", nhưng đã dùng cột "${used}": số liệu cột này không được tổng hợp`,
        en: `column "${title}" could also be "${field.headerEn}", but column "${used}" was used: this column's figures are not consolidated`,
      };
}

const TASK_KEYS = ["stt", "title", "agencies", "deadline", "state", "note", "taskId"] as const;
const TASK_FOLDED = TASK_HEADERS.map((h) => fold(h));

type TaskHeader = { row: number; columns: Map<(typeof TASK_KEYS)[number], number> };

function findTaskHeader(sheet: SheetGrid): TaskHeader | null {
  for (let r = 0; r < Math.min(sheet.rows.length, 40); r++) {
    const columns = new Map<(typeof TASK_KEYS)[number], number>();
    (sheet.rows[r] ?? []).forEach((cell, c) => {
      const i = TASK_FOLDED.indexOf(fold(cellText(cell)));
      if (i >= 0 && !columns.has(TASK_KEYS[i])) columns.set(TASK_KEYS[i], c);
    });
    if (columns.has("state") && (columns.has("taskId") || columns.has("title"))) return { row: r, columns };
  }
  return null;
}

function readTaskRows(file: string, sheet: SheetGrid, header: TaskHeader, meta: MetaRecord, out: ParsedWorkbook): void {
  const get = (cells: GridCell[], key: (typeof TASK_KEYS)[number]) => {
    const c = header.columns.get(key);
    return c === undefined ? "" : cellText(cells[c]);
  };
  for (let r = header.row + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    const taskId = get(cells, "taskId");
    const state = get(cells, "state");
    const note = get(cells, "note");
    if (!taskId || (!state && !note)) continue;
    out.tasks.push({ file, agency: meta.agency, taskId, state, note });
  }
}
