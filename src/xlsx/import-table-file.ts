/**
 * The import-table operation for a file (CLI `kehoach import-table`, the pane's file picker): .csv or
 * .xlsx bytes → the table grid of the chosen sheet (or the first that holds a table) → importTable.
 */
import { csvGrid, importTable, type TableGrid, type TableImportOptions, type TableImportResult } from "../core/table-import";
import type { UploadedFile } from "./read";
import { readTableFile } from "./read-table";

export interface TableFileOptions extends TableImportOptions {
  /** Sheet to read (.xlsx); default: the first sheet that holds a table. */
  sheet?: string;
}

export type TableFileResult = TableImportResult & { sheet?: string };

const error = (vi: string, en: string): TableFileResult => ({ kind: "error", message: { vi, en } });

function decodeCsv(bytes: Uint8Array): string | null {
  const text = new TextDecoder("utf-8").decode(bytes);
  return text.includes("\uFFFD") ? null : text;
}

export async function importTableFile(file: UploadedFile, options: TableFileOptions = {}): Promise<TableFileResult> {
  const bytes = file.data instanceof Uint8Array ? file.data : new Uint8Array(file.data);
  let grids: TableGrid[];
  if (/\.csv$/i.test(file.name)) {
    const text = decodeCsv(bytes);
    if (text === null) {
      return error(`${file.name} không phải văn bản UTF-8: trong Excel hãy lưu lại dạng “CSV UTF-8 (Comma delimited)”.`, `${file.name} is not UTF-8 text: in Excel save it again as “CSV UTF-8 (Comma delimited)”.`);
    }
    grids = [csvGrid(text, file.name)];
  } else if (/\.xls[xm]$/i.test(file.name)) {
    const read = await readTableFile({ ...file, data: bytes });
    if (!read.ok) return { kind: "error", message: { vi: `${file.name}: ${read.reason.vi}`, en: `${file.name}: ${read.reason.en}` } };
    grids = read.tables;
  } else {
    const old = /\.xls$/i.test(file.name);
    return error(
      `${file.name}: chỉ nhận tệp .xlsx, .xlsm hoặc .csv${old ? " — tệp .xls cũ: hãy mở bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx" : ""}.`,
      `${file.name}: only .xlsx, .xlsm or .csv files are accepted${old ? " — an old .xls file: open it in Excel or LibreOffice and save it as .xlsx" : ""}.`,
    );
  }
  if (options.sheet !== undefined) {
    const chosen = grids.find((g) => g.sheet === options.sheet);
    if (!chosen) return error(`${file.name} không có trang “${options.sheet}”. Các trang: ${grids.map((g) => g.sheet).join(", ")}`, `${file.name} has no sheet “${options.sheet}”. Sheets: ${grids.map((g) => g.sheet).join(", ")}`);
    grids = [chosen];
  }
  let first: TableFileResult | null = null;
  for (const grid of grids) {
    const result = importTable(grid, options);
    if (result.kind !== "error") return { ...result, sheet: grid.sheet };
    first ??= { ...result, sheet: grid.sheet };
  }
  return first ?? error(`${file.name} không có trang tính nào.`, `${file.name} has no worksheet.`);
}
