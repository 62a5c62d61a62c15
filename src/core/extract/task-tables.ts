/**
 * Tables of tasks in a document's text: "TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian
 * hoàn thành | Sản phẩm", one row per line with cells split by tabs or "|" (a Word or markdown table),
 * pasted one cell per line (a web or PDF table), or each cell's lines closed by a line "|" (a copy from a
 * legal-documents site). Each row with a task is a task; a lead cell left empty
 * under a merged cell keeps the lead of the row above; a row no one leads is the issuer's.
 */
import type { Deadline } from "../catalog/schema";
import { isUpperLine } from "./document";
import type { AgencyMention } from "./headings";
import { foldKeepingOffsets } from "./ocr";
import { agencyList, deadlineIn } from "./tasks";
import { SEPARATED, splitCells } from "./text-tables";

export interface TableTask {
  /** 0-based line of the row (its task's first line). */
  line: number;
  title: string;
  /** Absent when the row and those above it name no lead: the plan's issuer then leads. */
  lead?: AgencyMention;
  partners: AgencyMention[];
  deadline?: Deadline;
  /** The row names a target ("Chỉ tiêu" column), not a task: its lead answers for that target. */
  ofTarget?: true;
}

export interface TableTasks {
  tasks: TableTask[];
  /** 0-based first and last line of each table: its lines are not read again as prose. */
  ranges: [number, number][];
}

/** "target": a "Chỉ tiêu" column in a table that assigns targets to agencies, read in the task column's place. */
type Column = "stt" | "task" | "target" | "lead" | "partners" | "deadline";

function columnOf(header: string): Column | undefined {
  const f = foldKeepingOffsets(header.trim()).replace(/\s+/g, " ");
  if (/^s?tt$/.test(f)) return "stt";
  if (/phoi hop/.test(f)) return "partners";
  if (/chu tri|phu trach|don vi thuc hien|co quan thuc hien/.test(f)) return "lead";
  if (/^(?:thoi gian|thoi han|tien do|han hoan thanh)/.test(f)) return "deadline";
  if (/^(?:ten |cac |noi dung )?(?:nhiem vu|noi dung|cong viec|de an|hoat dong)/.test(f)) return "task";
  if (/^(?:ten )?chi tieu(?: chu yeu)?$/.test(f)) return "target";
  return undefined;
}

/** Each header cell's role (undefined: a column read as nothing, such as "Sản phẩm"); null unless it has a task and a lead column. */
function columnsOf(cells: string[]): (Column | undefined)[] | null {
  const seen = new Set<Column>();
  const roles = cells.map((c) => {
    const role = c.length <= 60 ? columnOf(c) : undefined;
    if (!role || seen.has(role)) return undefined;
    seen.add(role);
    return role;
  });
  return (seen.has("task") || seen.has("target")) && seen.has("lead") ? roles : null;
}

/** "Quý III/2026", "30/11/2026", "Năm 2026", "Thường xuyên": a deadline cell, read as a deadline. */
function deadlineOfCell(when: string): Deadline | undefined {
  if (!when) return undefined;
  const read = deadlineIn(`trong ${when}`);
  if (read) return { ...read, text: when };
  return /^(?:thuong xuyen|hang (?:nam|quy|thang)|dinh ky|lien tuc)/.test(foldKeepingOffsets(when.trim())) ? { text: when } : undefined;
}

type Row = { line: number; stt: string; cells: Partial<Record<Column, string>> };

/** Rows to tasks: a section row ("II | NHIỆM VỤ VỀ XÃ HỘI") starts a part whose rows do not inherit the lead above. */
function tasksOfRows(rows: Row[]): TableTask[] {
  const tasks: TableTask[] = [];
  let lead: AgencyMention[] = [];
  for (const { line, stt, cells } of rows) {
    const title = (cells.task ?? cells.target ?? "").replace(/\s+/g, " ").trim();
    if (/^[IVX]{1,4}\.?$/.test(stt) || (title && isUpperLine(title))) {
      lead = [];
      continue;
    }
    if (cells.lead) lead = agencyList(cells.lead);
    if (title.length < 8) continue;
    const partners = [...lead.slice(1), ...agencyList(cells.partners ?? "")];
    // A deadline column's cell is the deadline as written, even when it names no date ("Tháng 12 hằng năm").
    const deadline = cells.deadline ? (deadlineOfCell(cells.deadline) ?? { text: cells.deadline }) : deadlineIn(title);
    tasks.push({ line, title: title.slice(0, 500), ...(lead[0] ? { lead: lead[0] } : {}), partners, ...(deadline ? { deadline } : {}), ...(cells.target !== undefined ? { ofTarget: true as const } : {}) });
  }
  return tasks;
}

/** A table one row per line, cells split by tabs or "|". */
function readSeparated(lines: string[], start: number, roles: (Column | undefined)[]): { rows: Row[]; last: number } {
  const rows: Row[] = [];
  let i = start + 1;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === "" && SEPARATED.test(lines[i + 1] ?? "")) continue;
    if (!SEPARATED.test(line)) break;
    if (/^[\s|:\-–]+$/.test(line)) continue; // markdown rule |---|---|
    const cells: Row["cells"] = {};
    splitCells(line).forEach((c, k) => {
      if (roles[k]) cells[roles[k]!] = c.trim();
    });
    rows.push({ line: i, stt: cells.stt ?? "", cells });
  }
  return { rows, last: i - 1 };
}

const STT_LINE = /^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[IVX]{1,4}\.?|[a-zđ][.)])$/;
const HEADER_CELL_MAX = 40;

/** The header of a table pasted one cell per line, from `start`: its roles and the line after it. */
function cellPerLineHeader(lines: string[], start: number): { roles: (Column | undefined)[]; next: number } | null {
  const cells: string[] = [];
  let i = start;
  for (; i < lines.length && cells.length < 12; i++) {
    const cell = lines[i].trim();
    if (cell === "") continue;
    if (STT_LINE.test(cell) || cell.length > HEADER_CELL_MAX || /[.;:]$|\d/.test(cell)) break;
    cells.push(cell);
  }
  const roles = cells.length >= 3 ? columnsOf(cells) : null;
  return roles ? { roles, next: i } : null;
}

/**
 * The rows of a table pasted one cell per line: each starts at its number ("1", "2", "II") and holds
 * the lines up to the next. Where a row has as many cells as the header, they are read in order; where
 * cells were left empty, each is read for what it is: agencies lead then partner, a time is the deadline.
 */
function readCellPerLine(lines: string[], start: number, roles: (Column | undefined)[]): { rows: Row[]; last: number } {
  const columns = roles.filter((r) => r !== "stt");
  const rows: Row[] = [];
  let row: { line: number; stt: string; values: string[]; lines: number[] } | undefined;
  const flush = () => {
    if (!row) return;
    const cells: Row["cells"] = {};
    if (row.values.length === columns.length) row.values.forEach((v, k) => columns[k] && (cells[columns[k]!] = v));
    else {
      const [task, ...rest] = row.values;
      cells[columns.includes("target") ? "target" : "task"] = task ?? "";
      for (const v of rest) {
        if (!cells.deadline && deadlineOfCell(v) && columns.includes("deadline")) cells.deadline = v;
        else if ((!cells.lead || (!cells.partners && columns.includes("partners"))) && agencyList(v).length) {
          if (!cells.lead) cells.lead = v;
          else cells.partners = v;
        }
      }
    }
    rows.push({ line: row.lines[0] ?? row.line, stt: row.stt, cells });
    row = undefined;
  };
  let i = start;
  let blanks = 0;
  let last = start - 1;
  for (; i < lines.length; i++) {
    const cell = lines[i].trim();
    if (cell === "") {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    // A heading after the table ("IV. TỔ CHỨC THỰC HIỆN") or a paragraph of prose ends it.
    if (cell.length > 400 || /^(?:[IVX]{1,4}|\d{1,2})[.)]\s+\S/.test(cell) || SEPARATED.test(cell)) break;
    if (STT_LINE.test(cell)) {
      flush();
      row = { line: i, stt: cell, values: [], lines: [] };
    } else if (!row) break;
    // A cell wrapped over lines: "Sở Giáo dục" / "và Đào tạo", "Xây dựng kho dữ liệu" / "dùng chung của tỉnh".
    else if (row.values.length && /^\p{Ll}/u.test(cell)) row.values[row.values.length - 1] += ` ${cell}`;
    else if (row.values.length >= columns.length + 2) break;
    else {
      row.values.push(cell);
      row.lines.push(i);
    }
    last = i;
  }
  flush();
  return { rows, last };
}

const BAR = /^\s*\|\s*$/;

/**
 * A table copied from a legal-documents site: each cell's lines, then a line holding only "|" — empty
 * cells kept, so every row has as many cells as the header. `start` is the header's first cell.
 */
function readBarCells(lines: string[], start: number): { rows: Row[]; last: number } | null {
  const cells: { text: string; line: number; end: number }[] = [];
  let text: string[] = [];
  let first = -1;
  for (let i = start; i < lines.length; i++) {
    if (BAR.test(lines[i])) {
      cells.push({ text: text.join(" ").replace(/\s+/g, " ").trim(), line: first < 0 ? i : first, end: i });
      text = [];
      first = -1;
      continue;
    }
    // A cell runs to its bar; a cell of prose longer than any table's is past the table's end.
    if (text.length >= 30 || lines[i].length > 400) break;
    if (lines[i].trim()) {
      if (first < 0) first = i;
      text.push(lines[i].trim());
    }
  }
  let width = 0;
  while (width < cells.length && width < 12 && !STT_LINE.test(cells[width].text) && cells[width].text.length <= HEADER_CELL_MAX) width++;
  const roles = width >= 3 ? columnsOf(cells.slice(0, width).map((c) => c.text)) : null;
  if (!roles) return null;
  const rows: Row[] = [];
  let last = cells[width - 1].end;
  for (let k = width; k + width <= cells.length; k += width) {
    const row = cells.slice(k, k + width);
    const stt = roles.indexOf("stt") >= 0 ? row[roles.indexOf("stt")].text : "";
    // Cells out of step with the header: the rest is not read as rows.
    if (stt && !STT_LINE.test(stt)) break;
    const byRole: Row["cells"] = {};
    row.forEach((c, j) => roles[j] && (byRole[roles[j]!] = c.text));
    const titleCell = row[roles.indexOf("task") >= 0 ? roles.indexOf("task") : roles.indexOf("target")];
    rows.push({ line: titleCell.text ? titleCell.line : row[0].line, stt, cells: byRole });
    last = row[row.length - 1].end;
  }
  return { rows, last };
}

/** Every table of tasks in the text, its rows read as tasks. Linear in the number of lines. */
export function findTableTasks(lines: string[]): TableTasks {
  const tasks: TableTask[] = [];
  const ranges: [number, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.length > 400) continue;
    let read: { rows: Row[]; last: number } | null = null;
    if (SEPARATED.test(line)) {
      const roles = columnsOf(splitCells(line));
      if (roles) read = readSeparated(lines, i, roles);
    } else if (line.trim() && line.trim().length <= HEADER_CELL_MAX && columnOf(line)) {
      if (BAR.test(lines[i + 1] ?? "")) read = readBarCells(lines, i);
      else {
        const header = cellPerLineHeader(lines, i);
        if (header) read = readCellPerLine(lines, header.next, header.roles);
      }
    }
    if (!read || !read.rows.length) continue;
    tasks.push(...tasksOfRows(read.rows));
    ranges.push([i, read.last]);
    i = read.last;
  }
  return { tasks, ranges };
}
