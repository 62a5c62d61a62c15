/**
 * The catalog review workbook as an .xlsx file (CLI `kehoach catalog export|import`, pane download):
 * the core's sheet layouts rendered by the SpreadsheetML writer, and read back through the guarded reader.
 */
import type { CatalogFile } from "../core/catalog";
import { catalogToSheets, sheetsToCatalog, type SheetsReadResult } from "../core/catalog-sheets";
import { readWorkbookFile, type UploadedFile } from "./read";
import { writeSpreadsheetML } from "./sml-write";

export async function catalogToXlsx(catalog: CatalogFile): Promise<Uint8Array> {
  return writeSpreadsheetML(catalogToSheets(catalog));
}

/** A reviewed catalog workbook → the catalog, or every problem by sheet, row and column. */
export async function catalogFromXlsx(file: UploadedFile): Promise<SheetsReadResult> {
  const read = await readWorkbookFile(file);
  if (!read.ok) return { ok: false, problems: [{ file: file.name, path: "", message: read.reason }] };
  return sheetsToCatalog(read.sheets, file.name);
}
