/**
 * ExcelJS writer: renders sheet layouts from src/core/annex/layout.ts into an .xlsx
 * (CLI, and "download" in the task pane: ExcelJS runs in the browser too).
 */
import ExcelJS from "exceljs";
import type { Annex, CellValue } from "../core/annex/model";
import { layoutAnnexWorkbook, layoutMetaSheet, type LayoutOptions, type SheetLayout } from "../core/annex/layout";
import { TONE_COLORS } from "../core/annex/labels";
import type { MetaRecord } from "../core/annex/meta";
import { escapeFormulaText } from "../core/text/escape";
import { areaAddress } from "./address";
import { cellStyle, FONT_NAME, inputCells } from "../core/annex/style";

const argb = (rgb: string) => ({ argb: `FF${rgb}` });
const solid = (rgb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: argb(rgb), bgColor: argb(rgb) });
const thin: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/** Strings are escaped so that no text ever becomes a formula. */
function cellValue(v: CellValue): ExcelJS.CellValue {
  return typeof v === "string" ? escapeFormulaText(v) : v;
}

export async function renderSheet(workbook: ExcelJS.Workbook, layout: SheetLayout): Promise<ExcelJS.Worksheet> {
  const ws = workbook.addWorksheet(layout.name, { state: layout.visibility });
  ws.columns = layout.columns.map((c) => ({ width: c.width, hidden: c.hidden ?? false }));
  const inputs = inputCells(layout);
  layout.rows.forEach((row, i) => {
    const r = ws.getRow(i + 1);
    if (row.height) r.height = row.height;
    row.cells.forEach((value, c) => {
      const style = cellStyle(layout, i + 1, c + 1, inputs);
      if (value === null && !style) return;
      const cell = r.getCell(c + 1);
      if (value !== null) cell.value = cellValue(value);
      if (!style) return;
      if (style.numFmt) cell.numFmt = style.numFmt;
      if (layout.rows[i].style === "plain") {
        if (style.unlocked) cell.protection = { locked: false };
        return;
      }
      cell.font = { name: FONT_NAME, size: style.font.size, bold: style.font.bold, italic: style.font.italic };
      if (style.fill) cell.fill = solid(style.fill);
      if (style.border) cell.border = thin;
      cell.alignment = {
        horizontal: style.horizontal ?? undefined,
        vertical: style.vertical ?? undefined,
        wrapText: style.wrap,
        indent: style.indent || undefined,
      };
      if (style.unlocked) cell.protection = { locked: false };
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
