/**
 * The catalog review workbook as an .xlsx file (CLI `kehoach catalog export|import`, pane download):
 * the core's sheet layouts rendered by the one ExcelJS renderer, and read back through the guarded reader.
 */
import ExcelJS from "exceljs";
import type { CatalogFile } from "../core/catalog";
import { catalogToSheets, sheetsToCatalog, type SheetsReadResult } from "../core/catalog-sheets";
import { readWorkbookFile, type UploadedFile } from "./read";
import { renderSheet, workbookBytes } from "./write";

export async function catalogToXlsx(catalog: CatalogFile): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Kế hoạch";
  for (const layout of catalogToSheets(catalog)) await renderSheet(workbook, layout);
  return workbookBytes(workbook);
}

/** A reviewed catalog workbook → the catalog, or every problem by sheet, row and column. */
export async function catalogFromXlsx(file: UploadedFile): Promise<SheetsReadResult> {
  const read = await readWorkbookFile(file);
  if (!read.ok) return { ok: false, problems: [{ file: file.name, path: "", message: read.reason }] };
  return sheetsToCatalog(read.sheets, file.name);
}
