/**
 * Tables of tasks in a document's text, one row per line with cells split by tabs or "|" (a Word
 * table, a markdown table): "TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành".
 * Each row with a task and a lead agency is a task; a lead cell left empty under a merged cell keeps
 * the lead of the row above.
 */
import type { Deadline } from "../catalog/schema";
import { isUpperLine } from "./document";
import type { AgencyMention } from "./headings";
import { foldKeepingOffsets } from "./ocr";
import { agencyList, deadlineIn } from "./tasks";
import { SEPARATED, splitCells } from "./text-tables";

export interface TableTask {
  /** 0-based line of the row. */
  line: number;
  title: string;
  lead: AgencyMention;
  partners: AgencyMention[];
  deadline?: Deadline;
}

type Column = "task" | "lead" | "partners" | "deadline";

function columnOf(header: string): Column | undefined {
  const f = foldKeepingOffsets(header.trim()).replace(/\s+/g, " ");
  if (/phoi hop/.test(f)) return "partners";
  if (/chu tri|phu trach|don vi thuc hien|co quan thuc hien/.test(f)) return "lead";
  if (/^(?:thoi gian|thoi han|tien do|han hoan thanh)/.test(f)) return "deadline";
  if (/^(?:ten |cac |noi dung )?(?:nhiem vu|noi dung|cong viec|de an|hoat dong)/.test(f)) return "task";
  return undefined;
}

function columnsOf(cells: string[]): Map<Column, number> | null {
  const columns = new Map<Column, number>();
  cells.forEach((c, k) => {
    const role = c.length <= 60 ? columnOf(c) : undefined;
    if (role && !columns.has(role)) columns.set(role, k);
  });
  return columns.has("task") && columns.has("lead") ? columns : null;
}

/** Every table of tasks in the text, its rows read as tasks. Linear in the number of lines. */
export function findTableTasks(lines: string[]): TableTask[] {
  const tasks: TableTask[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].length > 400 || !SEPARATED.test(lines[i])) continue;
    const columns = columnsOf(splitCells(lines[i]));
    if (!columns) continue;
    let lead: AgencyMention[] = [];
    for (i++; i < lines.length; i++) {
      const line = lines[i];
      if (line.trim() === "" && SEPARATED.test(lines[i + 1] ?? "")) continue;
      if (!SEPARATED.test(line)) break;
      const cells = splitCells(line);
      const cell = (c: Column) => (columns.has(c) ? (cells[columns.get(c)!] ?? "").trim() : "");
      const title = cell("task").replace(/\s+/g, " ");
      // A section row ("II | NHIỆM VỤ VỀ XÃ HỘI") starts a new part: the lead above does not carry over.
      if (/^[IVX]{1,4}\.?$/.test((cells[0] ?? "").trim()) || isUpperLine(title)) {
        lead = [];
        continue;
      }
      if (cell("lead")) lead = agencyList(cell("lead"));
      if (title.length < 8 || !lead.length) continue;
      const partners = [...lead.slice(1), ...agencyList(cell("partners"))];
      const when = cell("deadline");
      const deadline = when ? (deadlineIn(`trong ${when}`) ?? deadlineIn(`trước ngày ${when}`) ?? { text: when }) : deadlineIn(title);
      tasks.push({ line: i, title: title.slice(0, 500), lead: lead[0], partners, ...(deadline ? { deadline: { ...deadline, text: when || deadline.text } } : {}) });
    }
    i--;
  }
  return tasks;
}
