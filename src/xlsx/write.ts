/**
 * ExcelJS writer: renders sheet layouts from src/core/annex/layout.ts into an .xlsx
 * (CLI, and "download" in the task pane: ExcelJS runs in the browser too).
 */
import ExcelJS from "exceljs";
import type { Annex, CellValue } from "../core/annex/model";
import { layoutAnnexWorkbook, layoutMetaSheet, type LayoutOptions, type SheetLayout, type Area } from "../core/annex/layout";
import { TONE_COLORS } from "../core/annex/labels";
import type { MetaRecord } from "../core/annex/meta";
import { escapeFormulaText } from "../core/text/escape";
import { FONT_NAME, GROUP_FILL, HEADER_FILL, INPUT_FILL } from "./styles";

const argb = (rgb: string) => ({ argb: `FF${rgb}` });
const solid = (rgb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: argb(rgb), bgColor: argb(rgb) });
const thin: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

export function columnLetter(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export function areaAddress(a: Area): string {
  const tl = `${columnLetter(a.left)}${a.top}`;
  const br = `${columnLetter(a.right)}${a.bottom}`;
  return tl === br ? tl : `${tl}:${br}`;
}

/** Strings are escaped so that no text ever becomes a formula. */
function cellValue(v: CellValue): ExcelJS.CellValue {
  return typeof v === "string" ? escapeFormulaText(v) : v;
}

export async function renderSheet(workbook: ExcelJS.Workbook, layout: SheetLayout): Promise<ExcelJS.Worksheet> {
  const ws = workbook.addWorksheet(layout.name, { state: layout.visibility });
  ws.columns = layout.columns.map((c) => ({ width: c.width, hidden: c.hidden ?? false }));
  const wrapColumns = layout.columns.map((c) => c.wrap ?? false);
  const alignColumns = layout.columns.map((c) => c.align);
  layout.rows.forEach((row, i) => {
    const r = ws.getRow(i + 1);
    if (row.height) r.height = row.height;
    row.cells.forEach((value, c) => {
      const format = row.formats?.[c];
      const styled = row.style !== "plain" && row.style !== "blank";
      if (value === null && !format && !styled) return;
      const cell = r.getCell(c + 1);
      if (value !== null) cell.value = cellValue(value);
      if (format) cell.numFmt = format;
      if (row.style === "plain") return;
      cell.font = {
        name: FONT_NAME,
        size: row.style === "heading" ? 13 : 11,
        bold: row.style === "heading" || row.style === "header" || row.style === "group",
        italic: row.style === "subitem" || row.style === "title",
      };
      if (row.style === "heading" || row.style === "title") {
        cell.alignment = { horizontal: row.style === "heading" ? "center" : "left", vertical: "middle", wrapText: true };
        return;
      }
      if (row.style === "blank") return;
      cell.border = thin;
      if (row.style === "header") {
        cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
        cell.fill = solid(HEADER_FILL);
      } else {
        cell.alignment = { vertical: "middle", wrapText: wrapColumns[c], horizontal: alignColumns[c] };
        if (row.style === "group") cell.fill = solid(GROUP_FILL);
      }
    });
  });
  for (const m of layout.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  if (layout.freeze) ws.views = [{ state: "frozen", xSplit: layout.freeze.columns, ySplit: layout.freeze.rows }];
  if (layout.print) {
    ws.pageSetup = {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${layout.print.titleRows.from}:${layout.print.titleRows.to}`,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    };
  }
  layout.trafficLights.forEach((light, i) => {
    ws.addConditionalFormatting({
      ref: areaAddress(light.area),
      rules: light.rules.map((rule, j) => ({
        type: "containsText",
        operator: "containsText",
        text: rule.text,
        priority: i * 10 + j + 1,
        style: { fill: solid(TONE_COLORS[rule.tone].fill), font: { color: argb(TONE_COLORS[rule.tone].font) } },
      })),
    });
  });
  for (const v of layout.validations) {
    for (let r = v.area.top; r <= v.area.bottom; r++) {
      for (let c = v.area.left; c <= v.area.right; c++) {
        ws.getCell(r, c).dataValidation = { type: "list", allowBlank: true, formulae: [`"${v.values.join(",")}"`] };
      }
    }
  }
  for (const a of layout.inputAreas) {
    for (let r = a.top; r <= a.bottom; r++) {
      for (let c = a.left; c <= a.right; c++) {
        const cell = ws.getCell(r, c);
        cell.protection = { locked: false };
        cell.fill = solid(INPUT_FILL);
      }
    }
  }
  if (layout.protect) {
    await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  }
  return ws;
}

export async function renderWorkbook(sheets: SheetLayout[], meta: MetaRecord[]): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Kế hoạch";
  for (const sheet of sheets) await renderSheet(workbook, sheet);
  await renderSheet(workbook, layoutMetaSheet(meta));
  return workbook;
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** An agency's annex as .xlsx bytes. */
export async function annexToXlsx(annex: Annex, options: LayoutOptions = {}): Promise<Uint8Array> {
  const layout = layoutAnnexWorkbook(annex, options);
  return workbookBytes(await renderWorkbook(layout.sheets, layout.meta));
}
