/**
 * The official look of an annex sheet (Decree 30/2020 layout of administrative documents): the
 * issuing body on the left and the national motto on the right, the form number, the heading,
 * "(Kèm theo Báo cáo số …)", and below the table the signature blocks; pages numbered "Trang x/y".
 */
import type { CellValue, SheetLayout } from "../sheet/layout";
import type { Annex } from "./model";

export const NATIONAL_MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"] as const;
export const REPORT_REFERENCE = "(Kèm theo Báo cáo số …/BC-… ngày … tháng … năm ……)";
export const PAGE_FOOTER = "Trang &P/&N";
export const SIGNATURES = {
  place: "…………, ngày … tháng … năm ……",
  preparer: "NGƯỜI LẬP BIỂU",
  preparerNote: "(Ký, ghi rõ họ tên)",
  head: "THỦ TRƯỞNG CƠ QUAN",
  headNote: "(Ký tên, đóng dấu)",
} as const;

/** Left block: the first two visible columns. Right block: the last visible columns, about 40 characters wide, starting on a column that holds no figures people type. */
function blocks(sheet: SheetLayout, visible: number, typed: ReadonlySet<number>): { left: [number, number]; right: [number, number] } {
  const leftEnd = Math.min(2, visible);
  let start = visible;
  let width = sheet.columns[visible - 1]?.width ?? 0;
  while (start > leftEnd + 1 && width < 40) width += sheet.columns[--start - 1].width;
  while (start > leftEnd + 1 && typed.has(start)) start--;
  return { left: [1, leftEnd], right: [Math.max(start, leftEnd + 1), visible] };
}

function row(sheet: SheetLayout, style: "masthead" | "note", left: string | null, right: string | null, at: ReturnType<typeof blocks>, height?: number): void {
  const cells: CellValue[] = Array<CellValue>(sheet.columns.length).fill(null);
  cells[at.left[0] - 1] = left;
  cells[at.right[0] - 1] = right;
  sheet.rows.push({ style, cells, ...(height ? { height } : {}) });
  const r = sheet.rows.length;
  sheet.merges.push({ top: r, left: at.left[0], bottom: r, right: at.left[1] }, { top: r, left: at.right[0], bottom: r, right: at.right[1] });
}

/**
 * The block above the table: issuing body and motto, form number, heading, the report it goes with
 * (left unlocked: the agency writes its report's number), then the title lines. `typed`: 1-based columns agencies type into.
 */
export function officialHeader(sheet: SheetLayout, annex: Pick<Annex, "issuer" | "titleLines">, heading: string, form: string, visible: number, typed: ReadonlySet<number>): void {
  const at = blocks(sheet, visible, typed);
  const [first, ...rest] = annex.issuer;
  row(sheet, "masthead", first ?? null, NATIONAL_MOTTO[0], at, 32);
  row(sheet, "masthead", rest.join(" – ") || null, NATIONAL_MOTTO[1], at);
  row(sheet, "note", null, form, at);
  const width = sheet.columns.slice(0, visible).reduce((sum, c) => sum + c.width, 0) * 1.1;
  const lines = (text: string) => Math.max(1, Math.ceil(text.length / Math.max(20, width)));
  const full = (style: "heading" | "note" | "title", text: string, points: number) => {
    sheet.rows.push({ style, cells: [text, ...Array<CellValue>(sheet.columns.length - 1).fill(null)], height: lines(text) * points });
    const r = sheet.rows.length;
    sheet.merges.push({ top: r, left: 1, bottom: r, right: visible });
    return r;
  };
  full("heading", heading, 21);
  const reference = full("note", REPORT_REFERENCE, 16);
  sheet.inputAreas.push({ top: reference, left: 1, bottom: reference, right: 1 });
  for (const line of annex.titleLines) full("title", line, 16);
  sheet.rows.push({ style: "blank", cells: Array<CellValue>(sheet.columns.length).fill(null) });
}

/** Below the table: a blank line, then "Người lập biểu" on the left and "Thủ trưởng cơ quan" on the right. */
export function signatureBlock(sheet: SheetLayout, visible: number, typed: ReadonlySet<number>): void {
  const at = blocks(sheet, visible, typed);
  sheet.rows.push({ style: "blank", cells: Array<CellValue>(sheet.columns.length).fill(null) });
  row(sheet, "note", null, SIGNATURES.place, at);
  row(sheet, "masthead", SIGNATURES.preparer, SIGNATURES.head, at);
  row(sheet, "note", SIGNATURES.preparerNote, SIGNATURES.headNote, at);
}

/** "UBND Tỉnh X" → "UBND TỈNH X", as the issuing body is written above the motto. */
export const issuerLine = (name: string) => name.toLocaleUpperCase("vi");
