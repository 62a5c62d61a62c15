/**
 * Tables inside a document's text: a web or PDF table pasted one cell per line ("TT", "Chỉ tiêu",
 * "Đơn vị", "Kế hoạch năm 2025", "Ước thực hiện", then the rows), or one row per line with cells
 * separated by tabs or "|" (a .docx table, a markdown table). Each is cut into rows of cells and
 * read by the table importer, so the plan column gives targets and result columns never do.
 */
import type { Target } from "../catalog/schema";
import type { GridCell } from "../consolidate/grid";
import { isBareYear, roleOf, yearsOf } from "../table-import/headers";
import { importTable } from "../table-import/import";
import { foldKeepingOffsets } from "./ocr";
import { findQuantities } from "./quantities";

export interface TextTable {
  /** 0-based first and last line of the table (header included). */
  firstLine: number;
  lastLine: number;
  rows: GridCell[][];
  /** For each row: the 0-based line that holds its name (what a target cites). */
  rowLines: number[];
}

export interface TableTarget {
  target: Target;
  /** 0-based line cited. */
  line: number;
  /** Index (in the table's targets) of the target this one is part of. */
  parent?: number;
  agencyName?: string;
}

const CELL_MAX = 160;
export const SEPARATED = /\t|\s\|\s|^\|/;
/** A figure cell as people write one: "7,5-8", "Khoảng 4", "≥ 95", "8/9", "Giảm 1", "Bình quân 8,5", "Giảm bình quân 1-1,5/năm". */
const VALUE_CELL =
  /^\(?\s*(?:(?:tang|giam)\s+)?(?:binh quan\s+)?(?:khoang|tren|duoi|toi thieu|it nhat|khong qua|toi da|con|>=?|<=?|≥|≤|~)?\s*[-+]?\d[\d.,]*(?:\s*\/\s*\d{1,3})?\s*(?:%|‰)?(?:\s*(?:-|–|den)\s*\d[\d.,]*\s*(?:%|‰)?)?(?:\s*tro len)?(?:\s*\/\s*nam)?\s*\)?$/;
const STATUS_CELL = /^(?:dat|vuot|khong dat|chua dat|xuat sieu|hoan thanh|chua hoan thanh|x|-|–)$/;
const STT_CELL = /^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[ivxl]{1,4}\.?|[a-zđ][.)])$/i;
/** "A", "B.": a group row's letter (capital, so that a unit "m" is never one). */
const GROUP_LETTER = /^[A-H]\.?$/;
const isStt = (line: string) => STT_CELL.test(line) || GROUP_LETTER.test(line);
/** "-" or "+" alone on its line: a part's mark in the STT column, when the row before has all its cells. */
const LONE_MARK = /^[-–+•*]$/;
const SUB_MARK = /^\s*[-–+•*]\s*\S/u;
/** Columns whose cells are words, not figures. */
const WORD_ROLES = new Set<string | null | undefined>(["unit", "agency", "note"]);
const ITEM_START = /^(?:\d{1,2}(?:\.\d{1,2}){0,3}[.)]\s|[-–+•*]\s|tr(?:ong|\.)\s*đó\b)/iu;
const WHERE_ONLY = /^(?:tr\.?\s*đó|trong\s+đó)\s*:?$/iu;

function folded(line: string): string {
  return foldKeepingOffsets(line.trim()).replace(/\s+/g, " ");
}

function isValueCell(line: string): boolean {
  const f = folded(line);
  return VALUE_CELL.test(f) || STATUS_CELL.test(f);
}

/** A header cell names a column role the table importer knows (null: a column it skips). */
function isHeaderCell(line: string): boolean {
  // No header cell is longer than 64 characters (see the two length limits below): most prose lines stop here.
  if (line.length > 64 && line.trim().length > 64) return false;
  const t = line.trim();
  if (!t || /^(?:[-–+•]|\d{1,2}[.)]\s|[IVX]{1,4}[.)]\s)/.test(t) || /\d{1,3}[.,]\d/.test(t)) return false;
  const role = roleOf(folded(t));
  if (role === undefined) return false;
  if (t.length <= 40 && t.split(/\s+/).length <= 7) return true;
  // A plan or result column naming its period is often long: "Mục tiêu tăng bình quân giai đoạn 2026 - 2030 (%/năm)".
  return (role === "plan" || role === "result") && t.length <= 64 && t.split(/\s+/).length <= 12 && /\b(?:19|20)\d{2}\b/.test(t);
}

export function splitCells(line: string): string[] {
  return line
    .replace(/^\s*\|/, "")
    .replace(/\|\s*$/, "")
    .split(/\t|\s\|\s|\|/)
    .map((c) => c.trim());
}

function hasNameAndPlan(cells: string[]): boolean {
  const roles = cells.map((c) => roleOf(folded(c)));
  return roles.includes("name") && roles.includes("plan");
}

/** Rows of a table written one row per line, cells split by tabs or "|". */
function readSeparated(lines: string[], start: number): TextTable | null {
  const header = splitCells(lines[start]);
  if (header.length < 3 || !hasNameAndPlan(header)) return null;
  const rows: GridCell[][] = [header];
  const rowLines = [start];
  let i = start + 1;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === "") {
      if (i + 1 < lines.length && SEPARATED.test(lines[i + 1])) continue;
      break;
    }
    if (!SEPARATED.test(line)) break;
    if (/^[\s|:\-–]+$/.test(line)) continue; // markdown rule |---|---|
    rows.push(splitCells(line));
    rowLines.push(i);
  }
  return { firstLine: start, lastLine: i - 1, rows: withUnitColumn(rows), rowLines };
}

/**
 * A two-row header pasted cell by cell: "…, Kế hoạch, Năm 2026, Đến năm 2030". The years closing the header are the
 * columns under the last plan or result cell that names no year: "Kế hoạch Năm 2026", "Kế hoạch Đến năm 2030".
 */
function spreadOverYears(header: string[]): string[] {
  let first = header.length;
  while (first > 0 && isBareYear(folded(header[first - 1]))) first--;
  if (first === header.length || header.length - first < 2) return header;
  let over = first - 1;
  while (over >= 0 && !(["plan", "result"].includes(roleOf(folded(header[over])) ?? "") && yearsOf(folded(header[over])).year === undefined)) over--;
  if (over < 0) return header;
  const under = header.slice(first).map((cell) => `${header[over]} ${cell}`);
  return [...header.slice(0, over), ...under, ...header.slice(over + 1, first)];
}

/** A figure only a goal is written as: "Khoảng 55", "Trên 150", "≥ 95", "Giảm 1", "7-7,5", "Bình quân 8/năm". */
const GOAL_SHAPED = /^(?:khoang|tren|duoi|toi thieu|it nhat|khong qua|toi da|tang|giam|binh quan|>|<|≥|≤|~)|\d\s*(?:-|–|den)\s*\d|\/\s*nam\s*\)?$/;
/** A figure for a span of years: "Bình quân 8,5", "10-11/năm". */
const PERIOD_SHAPED = /binh quan|\/\s*nam\s*\)?$/;

/**
 * The columns of a row that lost empty cells with no blank line kept: in order, but a goal-shaped figure never in
 * a result column and a figure per year only in a column of a period ("Mục tiêu 2026-2030", "Bình quân giai đoạn …").
 * The first placement that fits, from the left; when none fits, the row's figures are placed from the left as written.
 */
function placeShort(values: string[], columns: number[], header: string[]): number[] {
  if (values.length >= columns.length || values.some((v) => v === "")) return columns;
  const facts = columns.map((c) => {
    const h = folded(header[c]);
    return { result: roleOf(h) === "result", period: yearsOf(h).fromYear !== undefined || /binh quan|giai doan|nhiem ky|den nam/.test(h) };
  });
  const fits = (value: string, k: number) => {
    const f = folded(value);
    if (GOAL_SHAPED.test(f) && facts[k].result) return false;
    return !(PERIOD_SHAPED.test(f) && facts.some((x) => x.period) && !facts[k].period);
  };
  const pick: number[] = [];
  const search = (v: number, from: number): boolean => {
    if (v === values.length) return true;
    for (let k = from; k <= columns.length - (values.length - v); k++) {
      if (!fits(values[v], k)) continue;
      pick.push(columns[k]);
      if (search(v + 1, k + 1)) return true;
      pick.pop();
    }
    return false;
  };
  return search(0, 0) ? pick : columns;
}

/** A table pasted one cell per line: the header cells, then rows cut where an STT or a new name starts. */
function readCellPerLine(lines: string[], first: number): TextTable | null {
  let end = first;
  while (end < lines.length && isHeaderCell(lines[end])) end++;
  // Title lines above the header ("KẾ HOẠCH năm 2026", "Chỉ tiêu y tế chủ yếu") read like header cells: a header
  // starts with its STT or name column, and a title naming a role a later cell names again is no column.
  let start = first;
  const roleAt = (i: number) => roleOf(folded(lines[i]));
  const leads = (i: number) => roleAt(i) === "stt" || roleAt(i) === "name";
  const hasLead = (from: number) => lines.slice(from, end).some((_, k) => leads(from + k));
  while (end - start > 3 && !leads(start) && hasLead(start + 1)) start++;
  while (end - start > 3 && roleAt(start) === "name" && lines.slice(start + 1, end).some((l) => roleOf(folded(l)) === "name")) start++;
  const header = spreadOverYears(lines.slice(start, end).map((l) => l.trim()));
  if (header.length < 3 || !hasNameAndPlan(header)) return null;
  const roles = header.map((h) => roleOf(folded(h)));
  const sttColumn = roles.indexOf("stt");
  const nameColumn = roles.indexOf("name");
  const unitColumn = roles.indexOf("unit");
  const valueColumns = roles.map((_, c) => c).filter((c) => c !== sttColumn && c !== nameColumn && c !== unitColumn);

  const rows: GridCell[][] = [header];
  const rowLines = [start];
  let stt = "";
  let name = "";
  let nameLine = -1;
  let unit = "";
  let values: string[] = [];
  /** The row's cells after its name, in the order written: placed by position when there is one per column. */
  let cells: string[] = [];
  const afterName = header.map((_, c) => c).filter((c) => c !== sttColumn && c !== nameColumn);
  let lastNumber = 0;
  const flush = () => {
    if (!name && !stt) return;
    const row: GridCell[] = header.map(() => null);
    if (sttColumn >= 0) row[sttColumn] = stt;
    else if (stt) name = `${stt} ${name}`;
    row[nameColumn] = name;
    if (cells.length === afterName.length) afterName.forEach((c, k) => (row[c] = cells[k]));
    else {
      if (unitColumn >= 0) row[unitColumn] = unit;
      const placed = placeShort(values, valueColumns, header);
      values.forEach((v, k) => {
        if (k < placed.length) row[placed[k]] = v;
      });
    }
    rows.push(row);
    rowLines.push(nameLine >= 0 ? nameLine : start);
    stt = name = unit = "";
    nameLine = -1;
    values = [];
    cells = [];
  };

  /** The next row's number ("2" after row 1, a name below it), not a figure of this row: the last cell "Sở Tài chính" is this row's. */
  const nextRowNumber = (cell: string, after: string | undefined) => {
    const n = /^(\d{1,2})\.?$/.exec(cell);
    return n !== null && Number(n[1]) === lastNumber + 1 && after !== undefined && !isValueCell(after.trim()) && /\p{L}{2}/u.test(after);
  };
  let i = end;
  let blanks = 0;
  for (; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === "") {
      if (++blanks >= 2) break;
      // An empty cell within a row's figures keeps the cells after it in their columns.
      if (values.length > 0 && values.length < valueColumns.length) {
        values.push("");
        cells.push("");
      }
      continue;
    }
    blanks = 0;
    if (line.length > CELL_MAX || SEPARATED.test(line)) break;
    if (WHERE_ONLY.test(line)) continue;
    const number = /^(\d{1,2})\.?$/.exec(line);
    const next = lines[i + 1]?.trim() ?? "";
    const nextIsName = next !== "" && !isValueCell(next) && /\p{L}{2}/u.test(next);
    // A text cell where the row's next column holds words (a unit after the plan column, who leads, a note) is that cell, not a new row.
    // A line that opens an item ("5. …", "Trong đó: …") or is followed by figures is the next row's name; a unit is a few words.
    const nextRole = cells.length < afterName.length ? roles[afterName[cells.length]] : undefined;
    const wordsCell =
      values.length > 0 &&
      WORD_ROLES.has(nextRole) &&
      !ITEM_START.test(line) &&
      (nextRole === "unit" ? line.split(/\s+/).length <= 4 : !(next !== "" && isValueCell(next) && !nextRowNumber(next, lines[i + 2])));
    // A bare number starts a row when it follows the numbering and a name comes next; otherwise it is a figure.
    const startsRow =
      (isStt(line) && (!number || Number(number[1]) === lastNumber + 1 || /\.$/.test(line)) && nextIsName && (name !== "" || stt === "")) ||
      SUB_MARK.test(line) ||
      (!isValueCell(line) && /\p{L}{2}/u.test(line) && values.length > 0 && !wordsCell);
    const partMark = LONE_MARK.test(line) && nextIsName && (name === "" || values.length >= valueColumns.length);
    if ((startsRow || partMark) && (name || stt)) flush();
    if ((isStt(line) && startsRow && !SUB_MARK.test(line)) || partMark) {
      stt = line;
      if (number) lastNumber = Number(number[1]);
      continue;
    }
    if (!name) {
      name = line;
      nameLine = i;
    } else if (unitColumn >= 0 && !unit && values.length === 0 && !isValueCell(line)) {
      // A name wrapped onto a second line: the unit is the short line after it, right before the figures.
      const afterNext = lines[i + 2]?.trim() ?? "";
      if (next && !isValueCell(next) && next.split(/\s+/).length <= 3 && afterNext && isValueCell(afterNext) && unitColumn === nameColumn + 1) name = `${name} ${line}`;
      else {
        unit = line;
        cells.push(line);
      }
    } else if (values.length === 0 && !isValueCell(line) && unitColumn < 0) name = `${name} ${line}`;
    else {
      values.push(line);
      cells.push(line);
    }
  }
  flush();
  if (rows.length < 2) return null;
  return { firstLine: start, lastLine: i - 1, rows: withUnitColumn(rows), rowLines };
}

/** "Giá trị xuất khẩu (triệu USD)": a unit in parentheses at the end of a name, if it reads as one. */
function unitInName(name: string): { name: string; unit: string } | null {
  const m = /^(.*\S)\s*\(([^()]{1,24})\)\s*:?$/u.exec(name.trim());
  if (!m) return null;
  const unit = m[2].trim();
  if (unit === "%" || unit === "‰") return { name: m[1], unit };
  const probe = `1 ${unit}`;
  const found = findQuantities(probe, foldKeepingOffsets(probe), false);
  return found.length === 1 && found[0].end === probe.length ? { name: m[1], unit } : null;
}

/** A table with no unit column whose names carry their unit "(…)" gets a unit column read from them. */
function withUnitColumn(rows: GridCell[][]): GridCell[][] {
  const header = rows[0].map((c) => String(c ?? ""));
  const roles = header.map((h) => roleOf(folded(h)));
  const nameColumn = roles.indexOf("name");
  if (roles.includes("unit") || nameColumn < 0) return rows;
  const split = rows.slice(1).map((r) => unitInName(String(r[nameColumn] ?? "")));
  if (!split.some(Boolean)) return rows;
  return [
    [...rows[0], "Đơn vị tính"],
    ...rows.slice(1).map((r, k) => {
      const out = [...r];
      const s = split[k];
      if (s) out[nameColumn] = s.name;
      return [...out, s ? s.unit : null];
    }),
  ];
}

/** Every table in the text, in order. Linear in the number of lines. */
export function findTextTables(lines: string[]): TextTable[] {
  const tables: TextTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.length > 400) continue;
    let table: TextTable | null = null;
    if (SEPARATED.test(line)) table = readSeparated(lines, i);
    else if (isHeaderCell(line) && i + 2 < lines.length && isHeaderCell(lines[i + 1]) && isHeaderCell(lines[i + 2])) table = readCellPerLine(lines, i);
    if (table) {
      tables.push(table);
      i = table.lastLine;
    }
  }
  return tables;
}

/** The targets a text table gives, read by the table importer; null when it cannot read the table. */
export function tableTargets(table: TextTable, file: string, plan: string, year: number | undefined, title: string): TableTarget[] | null {
  const rows: GridCell[][] = title ? [[title], ...table.rows] : table.rows;
  const imported = importTable({ file, sheet: "văn bản", rows, firstRow: 1 }, { plan, year });
  if (imported.kind !== "catalog") return null;
  const offset = title ? 2 : 1;
  const agencyNames = new Map(imported.catalog.agencies.map((a) => [a.id, a.name]));
  const indexById = new Map(imported.catalog.targets.map((t, k) => [t.id, k]));
  return imported.catalog.targets.map((target) => {
    const row = target.source.line - offset;
    const parent = target.parent !== undefined ? indexById.get(target.parent) : undefined;
    const named = imported.catalog.agencies.length > 1 || /chu tri|phu trach/.test(folded(table.rows[0].join(" ")));
    return { target, line: table.rowLines[row] ?? table.firstLine, parent, agencyName: named && target.agency ? agencyNames.get(target.agency) : undefined };
  });
}
