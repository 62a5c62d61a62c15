/**
 * The ExcelJS renderer of sheet layouts: the reference the SpreadsheetML writer (./sml-write.ts),
 * which writes every file the add-in makes, is proven against (test/xlsx/sml-*.test.ts). In memory,
 * or row by row through ExcelJS's streaming writer (./stream-write.ts, Node only).
 */
import ExcelJS from "exceljs";
import { layoutMetaSheet } from "../core/annex";
import { isFormula, type CellValue, type SheetLayout } from "../core/sheet";
import { TONE_COLORS } from "../core/sheet";
import type { MetaRecord } from "../core/annex";
import { areaAddress, cellAddress } from "../core/sheet";
import { cellStyle, FONT_NAME, inputCells, type CellStyle } from "../core/sheet";
import { LookCache } from "./look-cache";
import type { XlsxWriter } from "./xlsx-writer";

export type { XlsxWriter } from "./xlsx-writer";

const CREATOR = "Kế hoạch";
const argb = (rgb: string) => ({ argb: `FF${rgb}` });
const solid = (rgb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: argb(rgb), bgColor: argb(rgb) });
const thin: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/**
 * Text is stored as written, as a string cell: in a file a string never runs as a formula, so no
 * escape is needed (the apostrophe is for CSV). Formulas come only from the layout, never from text.
 */
function cellValue(v: CellValue): ExcelJS.CellValue {
  if (!isFormula(v)) return v;
  // A formula always carries its value (an empty text when it shows nothing), so readers that do not calculate still read it.
  return { formula: v.formula, result: v.result ?? "" } as ExcelJS.CellFormulaValue;
}

function excelStyle(style: CellStyle, plain: boolean): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (style.numFmt) out.numFmt = style.numFmt;
  if (style.unlocked) out.protection = { locked: false };
  if (plain) return out;
  out.font = { name: FONT_NAME, size: style.font.size, bold: style.font.bold, italic: style.font.italic };
  if (style.fill) out.fill = solid(style.fill);
  if (style.border) out.border = thin;
  out.alignment = {
    horizontal: style.horizontal ?? undefined,
    vertical: style.vertical ?? undefined,
    wrapText: style.wrap,
    indent: style.indent || undefined,
  };
  return out;
}

/** What must be known when a sheet is created: the streaming writer writes these first. */
function sheetOptions(layout: SheetLayout): Partial<ExcelJS.AddWorksheetOptions> {
  const options: Partial<ExcelJS.AddWorksheetOptions> = { state: layout.visibility };
  if (layout.freeze) options.views = [{ state: "frozen", xSplit: layout.freeze.columns, ySplit: layout.freeze.rows }];
  if (layout.print) {
    options.pageSetup = {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${layout.print.titleRows.from}:${layout.print.titleRows.to}`,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    };
    if (layout.print.footer) options.headerFooter = { oddFooter: `&C${layout.print.footer}`, evenFooter: `&C${layout.print.footer}` };
  }
  return options;
}

/**
 * Render one layout. With `commitRows` (streaming writer) each row is committed as soon as
 * it is written, so merges and validations, which address cells, go in first.
 */
export async function renderSheet(workbook: ExcelJS.Workbook, layout: SheetLayout, commitRows = false): Promise<ExcelJS.Worksheet> {
  const ws = workbook.addWorksheet(layout.name, sheetOptions(layout));
  ws.columns = layout.columns.map((c) => ({ width: c.width, hidden: c.hidden ?? false }));
  // Each merge goes in just before its first row: the streaming writer keeps every row up to the
  // lowest merged one pending, and commits by shifting that list (a signature block merged below a
  // 9,000-row table made each commit walk all of them: quadratic).
  const merges = [...layout.merges].sort((a, b) => a.top - b.top);
  let nextMerge = 0;
  const mergeUpTo = (row: number) => {
    for (; nextMerge < merges.length && merges[nextMerge].top <= row; nextMerge++) {
      const m = merges[nextMerge];
      ws.mergeCells(m.top, m.left, m.bottom, m.right);
    }
  };
  for (const v of layout.validations) {
    const validation: ExcelJS.DataValidation = { type: "list", allowBlank: true, formulae: [`"${v.values.join(",")}"`] };
    // One validation per range: set cell by cell, ExcelJS merges them into overlapping ranges Excel may call corrupt.
    (ws as unknown as { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } }).dataValidations.add(areaAddress(v.area), validation);
  }
  const inputs = inputCells(layout);
  const looks = new LookCache<Partial<ExcelJS.Style> | null>();
  layout.rows.forEach((row, i) => {
    mergeUpTo(i + 1);
    const r = ws.getRow(i + 1);
    if (row.height) r.height = row.height;
    row.cells.forEach((value, c) => {
      const kind = looks.kind(row.style, c, row.formats?.[c] ?? null, inputs.has(i + 1, c + 1), value === null);
      const look = looks.look(kind, () => {
        const style = cellStyle(layout, i + 1, c + 1, inputs);
        return style ? excelStyle(style, row.style === "plain") : null;
      });
      if (value === null && !look) return;
      const cell = r.getCell(c + 1);
      if (value !== null) cell.value = cellValue(value);
      // A look is shared by many cells: ExcelJS copies nothing, so it is never changed after this.
      if (look) cell.style = look;
    });
    if (commitRows) r.commit();
  });
  mergeUpTo(Infinity);
  layout.trafficLights.forEach((light, i) => {
    ws.addConditionalFormatting({
      ref: areaAddress(light.area),
      // An expression rule (cell equals the label) rather than "containsText": ExcelJS writes the
      // latter without its text attribute, which LibreOffice then ignores; both read expressions.
      rules: light.rules.map((rule, j) => ({
        type: "expression",
        formulae: [`${cellAddress(light.area.top, light.area.left)}="${rule.text}"`],
        priority: i * 10 + j + 1,
        style: { fill: solid(TONE_COLORS[rule.tone].fill), font: { color: argb(TONE_COLORS[rule.tone].font) } },
      })),
    });
  });
  if (layout.protect) {
    await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  }
  if (commitRows) ws.commit();
  return ws;
}

/** The sheets and the very hidden metadata sheet "_kehoach", into `workbook`. */
export async function renderLayouts(workbook: ExcelJS.Workbook, sheets: SheetLayout[], meta: MetaRecord[], commitRows = false): Promise<void> {
  await renderEvery(workbook, [...sheets, layoutMetaSheet(meta)], commitRows);
}

/** Exactly these layouts, with the workbook's creator and recalculation on opening. */
async function renderEvery(workbook: ExcelJS.Workbook, layouts: readonly SheetLayout[], commitRows = false): Promise<void> {
  workbook.creator = CREATOR;
  // Excel recalculates the annex's formulas on opening, whatever the cached values say.
  if (workbook.calcProperties) workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of layouts) await renderSheet(workbook, sheet, commitRows);
}

export async function renderWorkbook(sheets: SheetLayout[], meta: MetaRecord[]): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await renderLayouts(workbook, sheets, meta);
  return workbook;
}

/** Exactly these layouts through ExcelJS (the counterpart of writeSpreadsheetML, for the differential tests). */
export async function exceljsXlsx(layouts: readonly SheetLayout[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await renderEvery(workbook, layouts);
  return workbookBytes(workbook);
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** The layouts through an in-memory ExcelJS workbook. */
export const inMemoryXlsxWriter: XlsxWriter = async (sheets, meta) => workbookBytes(await renderWorkbook(sheets, meta));
