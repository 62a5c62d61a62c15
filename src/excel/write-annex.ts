/**
 * Write an annex into the open workbook as new sheets, with the same layout as the .xlsx
 * writer (both render src/core/annex/layout.ts). One read batch (sheet names, the metadata sheet and
 * the annex sheets already there, whose typed figures the core carries over), one write batch:
 * two context.sync() in all, whatever the number of rows.
 */
import { prepareAnnex, annexSheetCandidates, type AnnexRequest, type CarriedFigures } from "../core/operations";
import { MAX_SHEET_ROWS, type GridCell, type SheetGrid } from "../core/consolidate";
import { BilingualError } from "../core/messages";
import { layoutAnnexWorkbook, layoutMetaSheet, DEFAULT_SHEET_NAMES, type LayoutOptions } from "../core/annex";
import { isFormula, uniqueSheetName, type Area, type SheetLayout } from "../core/sheet";
import { TONE_COLORS } from "../core/sheet";
import { META_SHEET, metaHeaderRow, metaRow, type MetaRecord } from "../core/annex";
import { cellStyle, FONT_NAME, inputCells, type CellStyle, type InputCells } from "../core/sheet";
import { escapeFormulaText } from "../core/text";
import { runExplained } from "./office-errors";

export interface WriteAnnexOptions {
  protect?: boolean;
  /** Bring the new sheet to the front (default true). */
  activate?: boolean;
}

export interface WriteAnnexResult {
  sheets: string[];
  /** The figures carried from the annex already in the workbook, and those left on it. */
  carried: CarriedFigures;
}

/** Column width in characters (as in .xlsx) → points (Office.js). */
const widthInPoints = (chars: number) => Math.round(chars * 5.6 + 5);

function rangeOf(ws: Excel.Worksheet, a: Area): Excel.Range {
  return ws.getRangeByIndexes(a.top - 1, a.left - 1, a.bottom - a.top + 1, a.right - a.left + 1);
}

function applyStyle(range: Excel.Range, style: CellStyle): void {
  const format = range.format;
  format.font.name = FONT_NAME;
  format.font.size = style.font.size;
  format.font.bold = style.font.bold;
  format.font.italic = style.font.italic;
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.horizontal) format.horizontalAlignment = style.horizontal === "left" ? "Left" : style.horizontal === "center" ? "Center" : "Right";
  if (style.vertical) format.verticalAlignment = "Center";
  if (style.wrap) format.wrapText = true;
  if (style.indent) format.indentLevel = style.indent;
  if (style.border) {
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const) {
      format.borders.getItem(edge).style = "Continuous";
    }
  }
  if (style.unlocked) format.protection.locked = false;
}

/** What a cell looks like apart from its number format, which goes in with the values as one 2D array. */
function lookKey(style: CellStyle | null): string {
  return style ? JSON.stringify({ ...style, numFmt: null }) : "";
}

interface RowLooks {
  /** Equal for rows that look alike column by column. */
  key: string;
  styles: (CellStyle | null)[];
  keys: string[];
}

function rowLooks(layout: SheetLayout, r: number, inputs: InputCells): RowLooks {
  if (layout.rows[r].style === "plain") return { key: "plain", styles: [], keys: [] };
  const styles = layout.columns.map((_, c) => cellStyle(layout, r + 1, c + 1, inputs));
  const keys = styles.map(lookKey);
  return { key: keys.join("\n"), styles, keys };
}

/**
 * Rectangles that look alike get one format call each: consecutive rows whose cells look the same
 * column by column make a block, and each run of like columns in a block is one range. A
 * 9,000-row report is then a few dozen calls rather than one per cell, which matters beyond speed:
 * Excel on the web refuses a request over 5 MB.
 */
function queueStyles(ws: Excel.Worksheet, layout: SheetLayout): void {
  const inputs = inputCells(layout);
  const rows = layout.rows.length;
  let top = 0;
  let block = rows ? rowLooks(layout, 0, inputs) : null;
  for (let r = 1; r <= rows && block; r++) {
    const next = r < rows ? rowLooks(layout, r, inputs) : null;
    if (next?.key === block.key) continue;
    let start = 0;
    for (let c = 1; c <= block.keys.length; c++) {
      if (c < block.keys.length && block.keys[c] === block.keys[start]) continue;
      const style = block.styles[start];
      if (style) applyStyle(ws.getRangeByIndexes(top, start, r - top, c - start), style);
      start = c;
    }
    top = r;
    block = next;
  }
}

/**
 * Row heights. Rows of merged cells (the title block) get the layout's heights, since Excel cannot
 * fit merged cells; the rows below are fitted by Excel itself, in one call, once the values, widths
 * and wrapping are in (the layout's heights are estimates made for file writers, whose files Excel
 * does not refit on opening).
 */
function queueRowHeights(ws: Excel.Worksheet, layout: SheetLayout): void {
  const merged = new Set<number>();
  for (const m of layout.merges) for (let r = m.top; r <= m.bottom; r++) merged.add(r - 1);
  let firstToFit = -1;
  layout.rows.forEach((row, r) => {
    if (!row.height) return;
    if (merged.has(r)) ws.getRangeByIndexes(r, 0, 1, 1).format.rowHeight = row.height;
    else if (firstToFit < 0) firstToFit = r;
  });
  if (firstToFit >= 0) ws.getRangeByIndexes(firstToFit, 0, layout.rows.length - firstToFit, layout.columns.length).format.autofitRows();
}

/** Queue every write of one sheet layout (no sync here). */
export function queueSheet(workbook: Excel.Workbook, layout: SheetLayout): Excel.Worksheet {
  const ws = workbook.worksheets.add(layout.name);
  const rows = layout.rows.length;
  const cols = layout.columns.length;
  if (rows && cols) {
    const all = ws.getRangeByIndexes(0, 0, rows, cols);
    // Office.js takes "=…" as a formula: text gets Excel's quote prefix (not stored in the cell), formulas their "=".
    all.values = layout.rows.map((r) => r.cells.map((v) => (v === null ? "" : typeof v === "string" ? escapeFormulaText(v) : isFormula(v) ? `=${v.formula}` : v)));
    all.numberFormat = layout.rows.map((r) => r.cells.map((_, c) => r.formats?.[c] ?? "General"));
  }
  layout.columns.forEach((c, i) => {
    const column = ws.getRangeByIndexes(0, i, 1, 1).getEntireColumn();
    column.format.columnWidth = widthInPoints(c.width);
    if (c.hidden) column.columnHidden = true;
  });
  queueStyles(ws, layout);
  queueRowHeights(ws, layout);
  for (const m of layout.merges) rangeOf(ws, m).merge(false);
  if (layout.freeze && (layout.freeze.rows || layout.freeze.columns)) {
    if (layout.freeze.rows && layout.freeze.columns) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, layout.freeze.rows, layout.freeze.columns));
    else if (layout.freeze.rows) ws.freezePanes.freezeRows(layout.freeze.rows);
    else ws.freezePanes.freezeColumns(layout.freeze.columns);
  }
  if (layout.print) {
    ws.pageLayout.orientation = "Landscape";
    ws.pageLayout.paperSize = "A4";
    ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    ws.pageLayout.setPrintTitleRows(`$${layout.print.titleRows.from}:$${layout.print.titleRows.to}`);
    if (layout.print.footer) ws.pageLayout.headersFooters.defaultForAllPages.centerFooter = layout.print.footer;
  }
  for (const light of layout.trafficLights) {
    const range = rangeOf(ws, light.area);
    light.rules.forEach((rule, priority) => {
      const cf = range.conditionalFormats.add("ContainsText");
      // The layout orders the rules ("Không đạt" before "Đạt"); the first that holds is the only one applied.
      cf.priority = priority;
      cf.stopIfTrue = true;
      cf.textComparison.format.fill.color = `#${TONE_COLORS[rule.tone].fill}`;
      cf.textComparison.format.font.color = `#${TONE_COLORS[rule.tone].font}`;
      cf.textComparison.rule = { operator: "Contains", text: rule.text };
    });
  }
  for (const v of layout.validations) {
    rangeOf(ws, v.area).dataValidation.rule = { list: { inCellDropDown: true, source: v.values.join(",") } };
  }
  if (layout.chart) {
    // A stacked bar per group, one colour per status (ExcelApi 1.1); the sheet's text bars show the same in any Excel.
    const chart = ws.charts.add("BarStacked", rangeOf(ws, layout.chart.area), "Columns");
    chart.title.text = layout.chart.title;
    chart.setPosition(rangeOf(ws, { ...layout.chart.area, top: layout.rows.length + 2, bottom: layout.rows.length + 2 }).getCell(0, 0));
  }
  if (layout.protect) ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
  if (layout.visibility === "veryHidden") ws.visibility = "VeryHidden";
  return ws;
}

/** A used range read in the first batch, as the grid the core reads (row r is sheet row r + 1). */
interface SheetRead {
  /** The name asked for; null for the active sheet, whose name is loaded. */
  name: string | null;
  sheet: Excel.Worksheet;
  used: Excel.Range;
}

/** At most this much of a sheet is read: more columns than any annex has, the rows consolidation reads at most. */
const READ_AREA = `A1:AD${MAX_SHEET_ROWS}`;

function queueRead(sheet: Excel.Worksheet, name: string | null): SheetRead {
  const used = sheet.getUsedRangeOrNullObject(true).getIntersectionOrNullObject(READ_AREA);
  used.load("values,rowIndex,columnIndex");
  return { name, sheet, used };
}

function gridOf(read: SheetRead): SheetGrid | null {
  if (read.sheet.isNullObject || read.used.isNullObject) return null;
  const pad = Array<GridCell>(read.used.columnIndex).fill(null);
  const body = read.used.values.map((row) => [...pad, ...row.map((v) => (v === "" ? null : (v as GridCell)))]);
  return { name: read.name ?? read.sheet.name, hidden: false, rows: [...Array.from({ length: read.used.rowIndex }, () => []), ...body] };
}

/**
 * The metadata, every name the add-in gives an annex's sheets, and the sheet in front (an annex its user
 * renamed is then found by its target-id column and its title).
 */
function queueAnnexReads(sheets: Excel.WorksheetCollection): SheetRead[] {
  const reads = annexSheetCandidates().map((name) => queueRead(sheets.getItemOrNullObject(name), name));
  const active = sheets.getActiveWorksheet();
  active.load("name");
  reads.push(queueRead(active, null));
  return reads;
}

/** The grids read, each sheet once (the sheet in front may be one of the names asked for). */
function readGrids(reads: SheetRead[]): SheetGrid[] {
  const grids = new Map<string, SheetGrid>();
  for (const read of reads) {
    const grid = gridOf(read);
    if (grid && !grids.has(grid.name)) grids.set(grid.name, grid);
  }
  return [...grids.values()];
}

/** The workbook's annex sheets (and metadata) as grids, in one sync: what the pane's download carries figures from. */
export async function readAnnexSheetsInContext(context: Excel.RequestContext): Promise<SheetGrid[]> {
  const reads = queueAnnexReads(context.workbook.worksheets);
  await context.sync();
  return readGrids(reads);
}

/**
 * Write the annex the request asks for into the workbook of `context`, carrying the figures typed in
 * the annex sheets already there (by target id). The old sheets are left as they are: the new annex
 * goes on new sheets. The metadata goes to the very hidden sheet "_kehoach", the same place the .xlsx
 * writer puts it, so both kinds consolidate.
 */
export async function writeAnnexInContext(context: Excel.RequestContext, request: AnnexRequest, options: WriteAnnexOptions = {}): Promise<WriteAnnexResult> {
  // Read batch: which names are taken, the metadata, and the annex sheets the add-in named.
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const reads = queueAnnexReads(sheets);
  await context.sync();

  const prepared = prepareAnnex(request, readGrids(reads));
  if (!prepared.ok) throw new BilingualError(prepared.error);
  const taken = sheets.items.map((s) => s.name);
  const targetsName = uniqueSheetName(DEFAULT_SHEET_NAMES.targets, taken);
  const tasksName = uniqueSheetName(DEFAULT_SHEET_NAMES.tasks, [...taken, targetsName]);
  const layoutOptions: LayoutOptions = { protect: options.protect, sheetNames: { targets: targetsName, tasks: tasksName } };
  const layout = layoutAnnexWorkbook(prepared.annex, layoutOptions);

  // Write batch.
  const written = layout.sheets.map((s) => queueSheet(context.workbook, s));
  const meta = reads.find((r) => r.name === META_SHEET)!;
  queueMeta(context.workbook, meta.sheet, meta.used, layout.meta);
  if (options.activate !== false && written[0]) written[0].activate();
  await context.sync();
  return { sheets: layout.sheets.map((s) => s.name), carried: prepared.carried };
}

function queueMeta(workbook: Excel.Workbook, meta: Excel.Worksheet, used: Excel.Range, records: MetaRecord[]): void {
  if (meta.isNullObject) {
    queueSheet(workbook, layoutMetaSheet(records));
    return;
  }
  // An empty metadata sheet gets its header row first.
  const start = used.isNullObject ? 0 : used.rowIndex + used.values.length;
  const body: (string | number | null)[][] = [...(start === 0 ? [metaHeaderRow()] : []), ...records.map(metaRow)];
  const rows = body.map((r) => r.map((v) => (v === null ? "" : v)));
  if (!rows.length) return;
  const range = meta.getRangeByIndexes(start, 0, rows.length, rows[0].length);
  range.numberFormat = rows.map((r) => r.map(() => "@"));
  range.values = rows;
}

/** Task-pane entry point of the download: the annex sheets already in the workbook. */
export function readAnnexSheets(): Promise<SheetGrid[]> {
  return runExplained((context) => readAnnexSheetsInContext(context));
}

/** Task-pane entry point: Excel.run around writeAnnexInContext, Excel's errors explained. */
export function writeAnnex(request: AnnexRequest, options: WriteAnnexOptions = {}): Promise<WriteAnnexResult> {
  return runExplained((context) => writeAnnexInContext(context, request, options));
}
