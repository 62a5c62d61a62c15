/**
 * An uploaded .xlsx as tables to import targets from: each visible sheet's cells, number formats,
 * merged areas, hidden columns and rows, read through the guarded ExcelJS reader (browser and Node alike).
 */
import type ExcelJS from "exceljs";
import type { MergedArea, TableGrid } from "../core/table-import";
import type { Bilingual } from "../core/messages";
import { areaOf } from "../core/sheet";
import type { UploadedFile } from "./read";
import { openWorkbookFile, worksheetGrid } from "./read-exceljs";

function mergesOf(ws: ExcelJS.Worksheet): MergedArea[] {
  const ranges = ((ws.model as { merges?: string[] }).merges ?? []) as string[];
  return ranges.map(areaOf);
}

function hiddenColumnsOf(ws: ExcelJS.Worksheet): number[] {
  const hidden: number[] = [];
  for (let c = 1; c <= ws.columnCount; c++) if (ws.getColumn(c).hidden) hidden.push(c);
  return hidden;
}

/** Each cell's number format code ("0.0%"), where it has one other than General; sparse. */
function formatsOf(ws: ExcelJS.Worksheet): (string | undefined)[][] {
  const formats: (string | undefined)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const format = cell.numFmt;
      if (format && format !== "General") (formats[rowNumber - 1] ??= [])[col - 1] = format;
    });
  });
  return Array.from(formats, (row) => row ?? []);
}

function hiddenRowsOf(ws: ExcelJS.Worksheet): number[] {
  const hidden: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => row.hidden && hidden.push(rowNumber));
  return hidden;
}

export async function readTableFile(file: UploadedFile): Promise<{ ok: true; tables: TableGrid[] } | { ok: false; reason: Bilingual }> {
  const opened = await openWorkbookFile(file);
  if (!opened.ok) return opened;
  const tables = opened.workbook.worksheets
    .filter((ws) => ws.state === "visible")
    .map((ws): TableGrid => ({ file: file.name, sheet: ws.name, rows: worksheetGrid(ws).rows, formats: formatsOf(ws), merges: mergesOf(ws), hiddenColumns: hiddenColumnsOf(ws), hiddenRows: hiddenRowsOf(ws) }));
  return { ok: true, tables };
}
