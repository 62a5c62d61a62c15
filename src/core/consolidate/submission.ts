/**
 * Read one submitted workbook (as grids) into target rows. Columns are found by their
 * headers (folded, diacritic-insensitive), not by position, so an agency may move,
 * insert or rename columns within reason. Every cell that cannot be used is reported.
 */
import type { Catalog } from "../catalog/load";
import type { Target } from "../catalog/schema";
import { matchHeader, type ColumnKey } from "../annex/columns";
import { isRoman } from "../annex/labels";
import { META_SHEET, parseMetaGrid, type MetaRecord } from "../annex/meta";
import { TASK_HEADERS } from "../annex/layout";
import { parseViNumber } from "../numbers/vi";
import { unescapeFormulaText } from "../text/escape";
import { fold, nfc } from "../text/normalize";
import type { GridCell, SheetGrid } from "./grid";
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
  return unescapeFormulaText(nfc(String(cell))).trim();
}

/** A number cell: a number, or text in vi-VN ("15.295", "14,5"). */
export function cellNumber(cell: GridCell | undefined): { ok: true; value: number | null } | { ok: false; text: string; message: { vi: string; en: string } } {
  if (cell === null || cell === undefined || cell === "") return { ok: true, value: null };
  if (typeof cell === "number") return Number.isFinite(cell) ? { ok: true, value: cell } : { ok: false, text: String(cell), message: { vi: "không phải số hữu hạn", en: "not a finite number" } };
  const text = cellText(cell);
  if (text === "" || text === "-" || text === "–") return { ok: true, value: null };
  const parsed = parseViNumber(text, "vi");
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, text, message: parsed.error };
}

type Header = { row: number; columns: Map<ColumnKey, number> };
const headers = new WeakMap<SheetGrid, Header | null>();

/**
 * The header row: the row among the first 40 that names the most known columns (name or id
 * among them). The two rows after the first usable one are looked at too (two-row headers).
 */
export function findHeader(sheet: SheetGrid): Header | null {
  if (headers.has(sheet)) return headers.get(sheet)!;
  let best: Header | null = null;
  const limit = Math.min(sheet.rows.length, 40);
  for (let r = 0; r < limit; r++) {
    if (best && r > best.row + 2) break;
    const columns = new Map<ColumnKey, number>();
    (sheet.rows[r] ?? []).forEach((cell, c) => {
      if (typeof cell !== "string") return;
      const key = matchHeader(cell);
      if (key && !columns.has(key)) columns.set(key, c);
    });
    const usable = (columns.has("name") || columns.has("targetId")) && columns.has("actual");
    if (usable && columns.size >= 3 && (!best || columns.size > best.columns.size)) best = { row: r, columns };
  }
  headers.set(sheet, best);
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

/**
 * Parse the annex sheets of a workbook. `agencyOfRow` resolves the agency of a row
 * (the file's agency, or for an all-agencies annex the row's agency column / the lead agency).
 */
export function parseWorkbook(
  file: string,
  sheets: SheetGrid[],
  index: TargetIndex,
  agencyOfRow: (meta: MetaRecord, target: Target | undefined, agencyCell: string) => string,
): ParseResult {
  const meta = metaOf(sheets);
  if (!meta.ok) return meta;
  const out: ParsedWorkbook = { records: meta.records, rows: [], tasks: [], rejections: [] };
  const targetRecords = meta.records.filter((r) => r.content === "targets");
  if (!targetRecords.length) {
    return { ok: false, reason: { vi: `trang ${META_SHEET} không chỉ ra trang chỉ tiêu nào`, en: `${META_SHEET} names no targets sheet` } };
  }
  const used = new Set<string>();
  for (const record of targetRecords) {
    const sheet = pickSheet(sheets, record.sheet, used, (s) => findHeader(s) !== null);
    if (!sheet) {
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
    readTargetRows(file, sheet, record, index, agencyOfRow, out);
  }
  for (const record of meta.records.filter((r) => r.content === "tasks")) {
    const sheet = pickSheet(sheets, record.sheet, used, (s) => findTaskHeader(s) !== null);
    if (sheet) readTaskRows(file, sheet, record, out);
  }
  return { ok: true, workbook: out };
}

function pickSheet(sheets: SheetGrid[], wanted: string, used: Set<string>, fits: (s: SheetGrid) => boolean): SheetGrid | undefined {
  const named = sheets.find((s) => s.name === wanted && !used.has(s.name) && fits(s));
  const sheet = named ?? sheets.find((s) => !s.hidden && s.name !== META_SHEET && !used.has(s.name) && fits(s));
  if (sheet) used.add(sheet.name);
  return sheet;
}

function readTargetRows(
  file: string,
  sheet: SheetGrid,
  meta: MetaRecord,
  index: TargetIndex,
  agencyOfRow: (meta: MetaRecord, target: Target | undefined, agencyCell: string) => string,
  out: ParsedWorkbook,
): void {
  const header = findHeader(sheet)!;
  const col = (key: ColumnKey) => header.columns.get(key);
  const at = (cells: GridCell[], key: ColumnKey): GridCell | undefined => {
    const c = col(key);
    return c === undefined ? undefined : cells[c];
  };
  for (let r = header.row + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    if (cells.length === 0) continue;
    const id = cellText(at(cells, "targetId"));
    let target = id ? index.byId.get(id) : undefined;
    let name = "";
    if (!target) {
      if (!id && isRoman(cellText(at(cells, "stt")))) continue;
      name = cellText(at(cells, "name")).replace(/^[-–+•]\s*/, "");
      const candidates = name ? index.byName(fold(name)) : undefined;
      target = candidates?.length === 1 ? candidates[0] : undefined;
    }
    const agencyCell = cellText(at(cells, "agency"));
    const row = r + 1;
    if (!target) {
      // Group headings, blank lines and rows without figures carry nothing to lose.
      const raw = REPORTED_FIELDS.map((f) => cellText(at(cells, f))).filter(Boolean);
      if (raw.length === 0) continue;
      const agency = agencyOfRow(meta, undefined, agencyCell);
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
    const agency = agencyOfRow(meta, target, agencyCell);
    const values: SubmittedRow["values"] = { actual: null, lastYear: null, estimateYear: null };
    for (const field of REPORTED_FIELDS) {
      const parsed = cellNumber(at(cells, field));
      if (parsed.ok) values[field] = parsed.value;
      else out.rejections.push({ file, sheet: sheet.name, row, agency, targetId: target.id, field, value: parsed.text, reason: parsed.message });
    }
    out.rows.push({ file, sheet: sheet.name, row, agency, targetId: target.id, values, note: cellText(at(cells, "note")) });
  }
}

const TASK_KEYS = ["stt", "title", "agencies", "deadline", "state", "note", "taskId"] as const;
const TASK_FOLDED = TASK_HEADERS.map((h) => fold(h));

function findTaskHeader(sheet: SheetGrid): { row: number; columns: Map<(typeof TASK_KEYS)[number], number> } | null {
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

function readTaskRows(file: string, sheet: SheetGrid, meta: MetaRecord, out: ParsedWorkbook): void {
  const header = findTaskHeader(sheet)!;
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
