/**
 * The ExcelJS path of reading an uploaded .xlsx: the safety net of the fast reader (read-fast.ts)
 * and the reader of tables to import. Loaded only when a file needs it (ExcelJS costs more to
 * load than the fast reader takes to read sixty annexes).
 */
import ExcelJS from "exceljs";
import { MAX_SHEET_ROWS, type FileRead, type GridCell, type SheetGrid } from "../core/consolidate";
import { isoTime, LYING_ZIP, type UploadedFile } from "./read";
import { DEFAULT_LIMITS, entriesMatchDeclaredSizes, guardXlsx, type SizeLimits } from "./size-guard";

/**
 * `formulaResult` is the cell's own `result`: ExcelJS's formula *value* drops a result that is
 * falsy (0, false), which would turn a formula that computes 0 into one never computed.
 */
function plainValue(value: ExcelJS.CellValue, formulaResult?: ExcelJS.CellValue): GridCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = formulaResult ?? ((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
      // Saved by a program that does not calculate: no value, but not nothing either.
      if (result === undefined) return { uncomputed: true, formula: String((value as ExcelJS.CellFormulaValue).formula ?? "") };
      return plainValue(result);
    }
    if ("text" in value) return String((value as ExcelJS.CellHyperlinkValue).text);
    if ("error" in value) return String((value as ExcelJS.CellErrorValue).error);
  }
  return null;
}

export function worksheetGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: GridCell[][] = [];
  let truncated = false;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > MAX_SHEET_ROWS) {
      truncated = true;
      return;
    }
    const cells: GridCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // Merged cells repeat the master's value in ExcelJS; keep it only in the master.
      if (cell.isMerged && cell.master !== cell) return;
      cells[col - 1] = plainValue(cell.value, cell.type === ExcelJS.ValueType.Formula ? (cell.result as ExcelJS.CellValue) : undefined);
    });
    for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
    rows[rowNumber - 1] = cells;
  });
  for (let r = 0; r < rows.length; r++) if (rows[r] === undefined) rows[r] = [];
  return { name: ws.name, hidden: ws.state !== "visible", rows, ...(truncated ? { truncated } : {}) };
}

/** Guard, then parse with ExcelJS. Never throws: a bad file becomes { ok: false, reason }. */
export async function openWorkbookFile(file: UploadedFile, limits: SizeLimits = DEFAULT_LIMITS): Promise<{ ok: true; workbook: ExcelJS.Workbook } | { ok: false; reason: { vi: string; en: string } }> {
  const bytes = file.data instanceof Uint8Array ? file.data : new Uint8Array(file.data);
  const guard = await guardXlsx(bytes, limits);
  if (!guard.ok) return { ok: false, reason: guard.reason };
  if (!(await entriesMatchDeclaredSizes(guard.zip, bytes.byteLength, limits))) return { ok: false, reason: LYING_ZIP };
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS accepts an ArrayBuffer in the browser and in Node alike (no Buffer needed).
    const buffer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;
    await workbook.xlsx.load(buffer as ArrayBuffer);
  } catch (e) {
    const why = (e as Error)?.message ?? String(e);
    return { ok: false, reason: { vi: `không đọc được bảng tính: ${why}`, en: `cannot read the workbook: ${why}` } };
  }
  return { ok: true, workbook };
}

/** The full path: JSZip's directory, the counting pass for large files, then ExcelJS. */
export async function readWithExcelJS(file: UploadedFile, limits: SizeLimits = DEFAULT_LIMITS): Promise<FileRead> {
  const opened = await openWorkbookFile(file, limits);
  if (!opened.ok) return { file: file.name, ok: false, reason: opened.reason };
  return { file: file.name, ok: true, sheets: opened.workbook.worksheets.map(worksheetGrid), modifiedAt: isoTime(file.lastModified) };
}
