/**
 * Where a table's header is (one or two rows, merged cells, a row of column codes "A B C 1 2 3"
 * under it) and what each visible column holds, read from its header words.
 */
import { periodOf } from "../extract/headings";
import { isPlanYear, parsePeriodLabel, periodCode } from "../periods/codes";
import { columnName } from "../sheet/a1";
import { fold } from "../text/normalize";
import { cellText, type Sheet } from "./cells";
import { sttMark } from "./stt";
import type { ColumnInfo, ColumnRole } from "./types";
import { unitOfHeader } from "./units";

const SCAN_ROWS = 25;

/** A column header's role, from its folded words (parts joined by " / "). Null: a column we do not read (comparisons). */
export function roleOf(folded: string): ColumnRole | null | undefined {
  const last = folded.split(" / ").pop() ?? folded;
  if (/^(?:stt|tt|so tt|so thu tu)$/.test(last) || /(?:^| \/ )(?:stt|tt)(?: \/ |$)/.test(folded)) return "stt";
  if (/(?:co quan|don vi|so, nganh)[^/]*(?:chu tri|thuc hien|phu trach|theo doi|tham muu)|^chu tri\b|phan cong/.test(folded)) return "agency";
  if (/phoi hop/.test(folded)) return "partner";
  if (/ghi chu/.test(folded)) return "note";
  if (/\bdvt\b|\bdv tinh\b|don vi tinh|^don vi$/.test(last) || /^don vi$/.test(folded)) return "unit";
  if (/so sanh|so voi|^%$|tang,? giam|\+\/-|ty le (?:hoan thanh|dat)|danh gia/.test(last)) return null;
  // "(%)" closes a ratio column ("TH/KH (%)"), unless the header names a plan or result: "Kế hoạch 2026 (%)".
  if (/\(%\)$/.test(last) && !/ke hoach|\bkh\b|muc tieu|chi tieu giao|thuc hien|\buoc\b|\bu?th\b/.test(last.replace(/\/.*$/, ""))) return null;
  // "So sánh (%)" merged over "ƯTH 2025/KH 2025": a ratio of two columns under any part, or written "KH 2026/ƯTH 2025", "TH/KH (%)".
  if (/(?:^| \/ )(?:so sanh|so voi)/.test(folded) || /\b(?:kh|u?th|uoc|ke hoach|thuc hien)\b[^/]*\/\s*(?:kh|u?th|u?oc|ke hoach|thuc hien|nam|cung ky|du toan)\b/.test(last)) return null;
  if (/thuc hien|\buoc\b|\buoc th|\bu?th\b|ket qua|luy ke|da dat|\bqtb\b|uoc tinh/.test(folded)) return "result";
  // "Chỉ tiêu năm 2026": the figures assigned for that year, where "Chỉ tiêu" alone names the rows.
  if (/chi tieu (?:giao|ke hoach|phan dau|nghi quyet|dai hoi|(?:den\s+)?(?:nam\s+|giai doan\s+)?(?:19|20)\d{2}\b)|ke hoach|\bkh\b|muc tieu|giao|phan dau|dieu chinh|du kien|dinh huong|tam nhin|\bmt\s+(?:nam\s+)?(?:19|20)\d{2}\b/.test(folded)) return "plan";
  if (/chi tieu|noi dung|danh muc|^ten\b|linh vuc/.test(folded)) return "name";
  if (isBareYear(last)) return "plan";
  return undefined;
}

/** "Năm 2025", "Đến năm 2030", "2026-2030": a header (part) that names only a year or period, no plan or result word. */
export function isBareYear(folded: string): boolean {
  return /^(?:den\s+)?(?:nam|giai doan|thoi ky)?\s*(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?$/.test(folded);
}

/** The year (and first year of a period) a header names: "Kế hoạch năm 2025", "Giai đoạn 2026-2030". */
export function yearsOf(folded: string): { year?: number; fromYear?: number } {
  const period = periodOf(folded) ?? (/\b((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\b/.exec(folded)?.slice(1).map(Number) as [number, number] | undefined);
  if (period && period[0] <= period[1]) return { fromYear: period[0], year: period[1] };
  const years = [...folded.matchAll(/\b((?:19|20)\d{2})\b/g)].map((m) => Number(m[1]));
  return years.length ? { year: years[years.length - 1] } : {};
}

/** "Ước thực hiện 6 tháng đầu năm 2025" → 2025-6M; "Thực hiện năm 2024" → 2024. */
export function resultPeriod(folded: string, year: number | undefined): string | undefined {
  if (year === undefined) return undefined;
  const words = folded.replace(/\b(?:uoc|thuc hien|th|ket qua|luy ke|da dat|uoc tinh|ca)\b/g, " ").replace(/\s*\/\s*/g, " ").replace(/\s+/g, " ").trim();
  const direct = parsePeriodLabel(words);
  if (direct.ok) return periodCode(direct.period);
  const m = /(6|9) thang/.exec(words) ?? /quy (i{1,3}|iv|[1-4])\b/.exec(words);
  if (m && /thang/.test(m[0])) return `${year}-${m[1]}M`;
  if (m) return `${year}-Q${["i", "ii", "iii", "iv"].indexOf(m[1]) + 1 || Number(m[1])}`;
  return String(year);
}

const CODE_CELL = /^\(?(?:[a-z]|\d{1,2})\)?$|^\(\d+\)\s*=/i;

/** "A B C 1 2 3 4=3/2": the row numbering the columns, under the header. */
function isCodeRow(cells: unknown[]): boolean {
  const texts = cells.map((c) => cellText(c as never)).filter(Boolean);
  return texts.length >= 3 && texts.every((t) => CODE_CELL.test(t));
}

/** A data row shows itself by a number or an STT mark ("1", "1.2", "II", "A", "a)"); a header's years do not count. */
function isFigureOrNumber(cell: unknown): boolean {
  if (typeof cell === "number") return !isPlanYear(cell);
  const text = cellText(cell as never);
  return /^(?:\d+(?:[.,]\d+)*|[IVX]+|[A-H]|[a-zđ])[.)]?$/u.test(text) && !(/^\d{4}$/.test(text) && isPlanYear(Number(text)));
}

function headerWords(sheet: Sheet, r: number): string[] {
  return sheet.filled[r].map((c) => fold(cellText(c)));
}

function matchCount(words: string[]): number {
  return words.filter((w) => w && w.length < 80 && roleOf(w) !== undefined).length;
}

/**
 * A label that spans the columns to its right in the original but not in this grid (a CSV keeps no merged
 * cells): "Năm 2025" over "Kế hoạch" and an empty cell over "Ước thực hiện". Only a period or group label,
 * over columns whose lower header rows all name something; never a column's own name ("Tên chỉ tiêu").
 */
function spannedLabel(sheet: Sheet, r: number, bottom: number, i: number): string {
  const namedBelow = (k: number) => sheet.filled.slice(r + 1, bottom + 1).some((row) => cellText(row[k]) !== "");
  if (r === bottom || !namedBelow(i)) return "";
  for (let k = i - 1; k >= 0 && namedBelow(k); k--) {
    const left = cellText(sheet.filled[r][k]);
    if (!left) continue;
    const role = roleOf(fold(left));
    return role === "plan" || role === "result" || role === undefined || role === null ? left : "";
  }
  return "";
}

export interface HeaderRead {
  /** Rows (0-based) of the header block, and the first body row. */
  top: number;
  bottom: number;
  bodyStart: number;
  columns: ColumnInfo[];
  /** Text above the header: the table's title lines. */
  title: string[];
}

/** Find the header: the first row naming a target column, plus the header-like rows under it. */
export function readHeader(sheet: Sheet): HeaderRead | null {
  const scan = Math.min(SCAN_ROWS, sheet.filled.length);
  let top = -1;
  for (let r = 0; r < scan && top < 0; r++) {
    // Distinct texts: a title merged across the table repeats in every column, yet names one thing.
    const words = [...new Set(headerWords(sheet, r))];
    if (matchCount(words) >= 2 && words.some((w) => w.length < 80 && (roleOf(w) === "name" || roleOf(w) === "stt"))) top = r;
  }
  if (top < 0) {
    // No recognisable target column: the header is the first row with several short texts.
    for (let r = 0; r < scan && top < 0; r++) if (sheet.raw[r].filter((c) => typeof c === "string" && c.trim() && c.length < 60).length >= 3) top = r;
    if (top < 0) return null;
  }
  let bottom = top;
  while (bottom + 1 < sheet.filled.length && bottom - top < 2) {
    const next = bottom + 1;
    const texts = sheet.raw[next].map(cellText).filter(Boolean);
    const own = texts.map(fold);
    if (isCodeRow(sheet.raw[next])) break;
    // A second header row names several columns; a lone label ("A. CÁC CHỈ TIÊU XÃ HỘI" across the table) is a group.
    const headerLike = own.length > 1 && !own.some((w) => /^(?:[ivxlc]+|[a-h])[.)]\s/.test(w)) && own.every((w) => w.length < 60) && own.some((w, k) => roleOf(w) !== undefined || /\b(?:19|20)\d{2}\b/.test(w) || /^(?:tinh giao|trung uong giao|hdnd|ubnd|tong so|tong cong|chia ra|trong do)/.test(w) || unitOfHeader([texts[k]], undefined) !== undefined);
    if (!headerLike || sheet.raw[next].some(isFigureOrNumber)) break;
    bottom = next;
  }
  let bodyStart = bottom + 1;
  while (bodyStart < sheet.raw.length && isCodeRow(sheet.raw[bodyStart])) bodyStart++;
  const columns: ColumnInfo[] = sheet.columns.map((column, i) => {
    const parts: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const text = cellText(sheet.filled[r][i]) || spannedLabel(sheet, r, bottom, i);
      if (text && !parts.includes(text)) parts.push(text);
    }
    const header = parts.join(" / ");
    const folded = fold(header);
    let role = header ? roleOf(folded) ?? undefined : undefined;
    // "Phường A", "Sở Y tế", a column under "Chia ra": a unit the row's target is assigned to (or its result).
    const assignee = role === undefined || role === "plan" || role === "result" ? unitOfHeader(parts, parts.length ? roleOf(fold(parts[parts.length - 1])) : undefined) : undefined;
    if (assignee && role !== "result") role = "assign";
    const info: ColumnInfo = { column, letter: columnName(column), header, ...(role ? { role } : {}), ...(assignee ? { assignee } : {}) };
    const years = yearsOf(folded);
    if (years.year !== undefined) info.year = years.year;
    if (years.fromYear !== undefined) info.fromYear = years.fromYear;
    if (role === "result") info.period = resultPeriod(folded, years.year);
    return info;
  });
  // "Chỉ tiêu" merged over the numbering and the names: the column holding only marks (1, 1.2, II, a, -) is the STT.
  const named = columns.map((c, i) => (c.role === "name" ? i : -1)).filter((i) => i >= 0);
  for (const i of named.length > 1 ? named : []) {
    const marks = sheet.raw.slice(bodyStart).map((row) => cellText(row[i])).filter(Boolean);
    if (marks.length && marks.every((t) => sttMark(t) !== null)) columns[i].role = "stt";
  }
  const title = sheet.raw.slice(0, top).map((row) => row.map(cellText).filter(Boolean).join(" ")).filter(Boolean);
  return { top, bottom, bodyStart, columns, title };
}
