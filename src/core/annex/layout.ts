/**
 * The annex as sheets: every cell, merge, number format, print setting and rule, decided
 * once here. The ExcelJS writer (src/xlsx) and the Office.js writer (src/excel) only render
 * this, so the two produce the same layout.
 */
import { excelNumberFormat } from "../numbers/vi";
import { decimalsOf } from "../numbers/format";
import { COLUMN_SPECS, INPUT_KEYS, type ColumnKey } from "./columns";
import { TASK_STATES } from "./labels";
import type { Area, CellValue, SheetLayout, TrafficLight } from "../sheet/layout";
import type { Tone } from "../sheet/status";
import { META_SHEET, metaHeaderRow, metaRow, type MetaRecord } from "./meta";
import type { Annex, AnnexRow } from "./model";
import { cellAddress } from "../sheet/a1";
import { containingFirst } from "../sheet/status-rules";
import { officialHeader, PAGE_FOOTER, signatureBlock } from "./official";
import { percentLastYearFormula, percentPlanFormula, statusFormula, wordTones, type EvaluationWords } from "./formulas";

export interface LayoutOptions {
  /** Lock everything but the input cells. */
  protect?: boolean;
  sheetNames?: { targets?: string; tasks?: string };
}

export const DEFAULT_SHEET_NAMES = { targets: "Phụ lục", tasks: "Nhiệm vụ" } as const;
export const TEXT_FORMAT = "@";
export const PERCENT_FORMAT = "#,##0.0";
/** Empty number cells an agency fills in: up to three decimals shown, vi-VN grouping. */
export const INPUT_NUMBER_FORMAT = "#,##0.0##";

export interface AnnexWorkbookLayout {
  sheets: SheetLayout[];
  /** The metadata rows for the sheets above (the writer adds them to "_kehoach"). */
  meta: MetaRecord[];
}

export function layoutAnnexWorkbook(annex: Annex, options: LayoutOptions = {}): AnnexWorkbookLayout {
  const targetsName = options.sheetNames?.targets ?? DEFAULT_SHEET_NAMES.targets;
  const tasksName = options.sheetNames?.tasks ?? DEFAULT_SHEET_NAMES.tasks;
  const sheets = [layoutTargetsSheet(annex, targetsName, options.protect ?? false)];
  const record = (sheet: string, content: MetaRecord["content"]): MetaRecord => ({ sheet, content, ...annex.meta });
  const meta = [record(targetsName, "targets")];
  if (annex.tasks.length) {
    sheets.push(layoutTasksSheet(annex, tasksName, options.protect ?? false));
    meta.push(record(tasksName, "tasks"));
  }
  return { sheets, meta };
}

export function layoutMetaSheet(records: MetaRecord[]): SheetLayout {
  const header = metaHeaderRow();
  return {
    ...emptySheet(META_SHEET, header.length),
    visibility: "veryHidden",
    columns: header.map(() => ({ width: 20 })),
    rows: [
      { style: "plain", cells: header, formats: header.map(() => TEXT_FORMAT) },
      ...records.map((r) => ({ style: "plain" as const, cells: metaRow(r), formats: header.map(() => TEXT_FORMAT) })),
    ],
  };
}

function emptySheet(name: string, columnCount: number): SheetLayout {
  return {
    name,
    visibility: "visible",
    columns: Array.from({ length: columnCount }, () => ({ width: 12 })),
    rows: [],
    merges: [],
    trafficLights: [],
    validations: [],
    inputAreas: [],
    protect: false,
  };
}

/** Heading and title lines, merged across the visible columns. */
function titleBlock(sheet: SheetLayout, heading: string, lines: string[], visibleColumns: number): void {
  const width = sheet.columns.length;
  const pad = (first: CellValue): CellValue[] => [first, ...Array<CellValue>(width - 1).fill(null)];
  const charsPerLine = Math.max(20, sheet.columns.slice(0, visibleColumns).reduce((sum, c) => sum + c.width, 0) * 1.1);
  const height = (text: string, points: number) => Math.max(1, Math.ceil(text.length / charsPerLine)) * points;
  sheet.rows.push({ style: "heading", cells: pad(heading), height: height(heading, 20) });
  for (const line of lines) sheet.rows.push({ style: "title", cells: pad(line), height: height(line, 16) });
  sheet.rows.push({ style: "blank", cells: pad(null) });
  for (let r = 1; r <= lines.length + 1; r++) sheet.merges.push({ top: r, left: 1, bottom: r, right: visibleColumns });
}

/** Decimals shown for a figure: as many as it has, at most 3. */
const shownDecimals = (value: number): number => Math.min(3, decimalsOf(value));

const FIGURE_FORMATS = [0, 1, 2, 3].map(excelNumberFormat);

function numberFormatFor(value: CellValue, key: ColumnKey): string | null {
  const kind = COLUMN_SPECS[key].kind;
  if (kind === "percent") return PERCENT_FORMAT;
  if (kind !== "number") return INPUT_KEYS.has(key) || kind === "text" ? TEXT_FORMAT : null;
  if (typeof value === "number") return FIGURE_FORMATS[shownDecimals(value)];
  return INPUT_KEYS.has(key) ? INPUT_NUMBER_FORMAT : null;
}

export function annexCell(row: AnnexRow, key: ColumnKey): CellValue {
  switch (key) {
    case "stt":
      return row.stt;
    case "name":
      return row.name;
    case "unit":
      return row.unit;
    case "agency":
      return row.agencyName;
    case "status":
      return row.statusText;
    case "note":
      return row.note || null;
    case "targetId":
      return row.targetId;
    default:
      return row[key];
  }
}

/**
 * A row's cells, with "% so kế hoạch", "% so cùng kỳ" and "Đánh giá" as formulas on the figures
 * typed in the same row (where the annex has those columns), cached with today's values.
 */
function withFormulas(row: AnnexRow, keys: readonly ColumnKey[], sheetRow: number, words: EvaluationWords): CellValue[] {
  const at = (k: ColumnKey) => {
    const i = keys.indexOf(k);
    return i < 0 ? null : cellAddress(sheetRow, i + 1);
  };
  const actual = at("actual");
  const lastYear = at("lastYear");
  return keys.map((k) => {
    const value = annexCell(row, k);
    if (!actual) return value;
    const result = typeof value === "object" ? null : value;
    if (k === "percentPlan" && row.judging) return { formula: percentPlanFormula(row.judging, actual), result };
    if (k === "status" && row.judging) return { formula: statusFormula(row.judging, actual, words), result };
    if (k === "percentLastYear" && lastYear) return { formula: percentLastYearFormula(actual, lastYear), result };
    return value;
  });
}

function layoutTargetsSheet(annex: Annex, name: string, protect: boolean): SheetLayout {
  const keys = annex.columns;
  const sheet = emptySheet(name, keys.length);
  sheet.protect = protect;
  sheet.columns = keys.map((k) => ({
    width: COLUMN_SPECS[k].width,
    hidden: k === "targetId",
    // Ranges written as text ("135–140") align with the numbers of their column.
    align: COLUMN_SPECS[k].kind === "index" || COLUMN_SPECS[k].kind === "status" || k === "unit" ? "center" : COLUMN_SPECS[k].kind === "number" || COLUMN_SPECS[k].kind === "percent" ? "right" : undefined,
    wrap: k === "name" || k === "note" || k === "agency" || k === "unit" || k === "status" || k === "planYear" || k === "targetFinal",
  }));
  const visible = keys.filter((k) => k !== "targetId").length;
  const typed = new Set(keys.flatMap((k, i) => (INPUT_KEYS.has(k) ? [i + 1] : [])));
  officialHeader(sheet, annex, annex.heading, annex.meta.kind === "consolidated" ? "Biểu tổng hợp" : "Biểu số 01", visible, typed);

  sheet.rows.push({ style: "header", cells: keys.map((k) => annex.headers[k] ?? COLUMN_SPECS[k].header) });
  const headerRow = sheet.rows.length;
  const firstBody = headerRow + 1;
  const itemRows: number[] = [];
  // Agencies type figures into their annex: it judges them itself. A consolidated report holds merged figures.
  const agencyTypes = annex.meta.kind === "agency";
  // Rows share their list of number formats: a report of 150,000 rows has a handful of distinct ones.
  const formatLists: (string | null)[][] = [];
  const sharedFormats = (formats: (string | null)[]) => {
    for (const list of formatLists) if (sameList(list, formats)) return list;
    if (formatLists.length < 64) formatLists.push(formats);
    return formats;
  };
  for (const group of annex.groups) {
    const cells = keys.map((k): CellValue => (k === "stt" ? group.numeral : k === "name" ? group.name : null));
    sheet.rows.push({ style: "group", cells });
    for (const row of group.rows) {
      const cells = agencyTypes ? withFormulas(row, keys, sheet.rows.length + 1, annex.words) : keys.map((k) => annexCell(row, k));
      sheet.rows.push({ style: row.isSubTarget ? "subitem" : "item", cells, formats: sharedFormats(keys.map((k, i) => numberFormatFor(cells[i], k))) });
      itemRows.push(sheet.rows.length);
    }
  }
  fitHeights(sheet, headerRow);
  const lastBody = Math.max(firstBody, sheet.rows.length);
  const nameColumn = keys.indexOf("name") + 1;
  sheet.freeze = { rows: headerRow, columns: nameColumn };
  sheet.print = { titleRows: { from: headerRow, to: headerRow }, footer: PAGE_FOOTER };
  const statusColumn = keys.indexOf("status") + 1;
  if (statusColumn > 0) {
    sheet.trafficLights.push({
      area: { top: firstBody, left: statusColumn, bottom: lastBody, right: statusColumn },
      rules: containingFirst(wordTones(annex.words)),
    });
  }
  keys.forEach((k, i) => {
    if (INPUT_KEYS.has(k)) for (const area of runs(itemRows, i + 1)) sheet.inputAreas.push(area);
  });
  signatureBlock(sheet, visible, typed);
  return sheet;
}

/**
 * Spreadsheet programs do not always grow a row to fit wrapped text written by a program,
 * so rows get a height from their longest wrapped cell (about one character per width unit).
 */
function sameList(a: readonly (string | null)[], b: readonly (string | null)[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function fitHeights(sheet: SheetLayout, fromRow: number): void {
  for (let r = fromRow - 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    let lines = 1;
    for (let c = 0; c < row.cells.length; c++) {
      const cell = row.cells[c];
      const column = sheet.columns[c];
      if (typeof cell !== "string" || column?.hidden || !(column?.wrap || row.style === "header")) continue;
      lines = Math.max(lines, Math.ceil((cell.length * 1.1) / Math.max(4, column.width - 1)));
    }
    if (lines > 1) row.height = Math.min(409, lines * 15 + 2);
  }
}

/** Consecutive row numbers as areas of one column. */
function runs(rows: number[], column: number): Area[] {
  const areas: Area[] = [];
  for (const r of rows) {
    const last = areas.at(-1);
    if (last && last.bottom === r - 1) last.bottom = r;
    else areas.push({ top: r, left: column, bottom: r, right: column });
  }
  return areas;
}

export const TASK_HEADERS = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Tình trạng", "Ghi chú", "Mã nhiệm vụ"] as const;

function layoutTasksSheet(annex: Annex, name: string, protect: boolean): SheetLayout {
  const sheet = emptySheet(name, TASK_HEADERS.length);
  sheet.protect = protect;
  sheet.columns = [
    { width: 6, align: "center" },
    { width: 60, wrap: true },
    { width: 28, wrap: true },
    { width: 18, wrap: true },
    { width: 18, align: "center" },
    { width: 30, wrap: true },
    { width: 18, hidden: true },
  ];
  const typed = new Set([5, 6]);
  officialHeader(sheet, annex, annex.heading.replace("CÁC CHỈ TIÊU", "CÁC NHIỆM VỤ"), annex.meta.kind === "consolidated" ? "Biểu tổng hợp" : "Biểu số 02", TASK_HEADERS.length - 1, typed);
  sheet.rows.push({ style: "header", cells: [...TASK_HEADERS] });
  const headerRow = sheet.rows.length;
  for (const t of annex.tasks) {
    sheet.rows.push({
      style: "item",
      cells: [t.stt, t.title, t.agencies, t.deadline || null, t.state || null, t.note || null, t.taskId],
      formats: [null, null, null, null, TEXT_FORMAT, TEXT_FORMAT, null],
    });
  }
  fitHeights(sheet, headerRow);
  const first = headerRow + 1;
  const last = Math.max(first, sheet.rows.length);
  sheet.freeze = { rows: headerRow, columns: 2 };
  sheet.print = { titleRows: { from: headerRow, to: headerRow }, footer: PAGE_FOOTER };
  const stateArea = { top: first, left: 5, bottom: last, right: 5 };
  sheet.trafficLights.push({
    area: stateArea,
    rules: TASK_STATES.filter((s) => s.tone !== "none").map((s) => ({ text: s.vi, tone: s.tone as Exclude<Tone, "none"> })),
  });
  if (annex.tasks.length) {
    sheet.validations.push({ area: stateArea, values: TASK_STATES.map((s) => s.vi) });
    sheet.inputAreas.push(stateArea, { top: first, left: 6, bottom: last, right: 6 });
  }
  signatureBlock(sheet, TASK_HEADERS.length - 1, typed);
  return sheet;
}

/** A plain report table (completeness, timeliness, conflicts, rejected files). */
export function layoutTableSheet(
  name: string,
  heading: string,
  lines: string[],
  columns: { header: string; width: number; format?: string; wrap?: boolean }[],
  rows: CellValue[][],
  trafficLight?: { column: number; rules: TrafficLight["rules"] },
): SheetLayout {
  const sheet = emptySheet(name, columns.length);
  sheet.columns = columns.map((c) => ({ width: c.width, wrap: c.wrap }));
  titleBlock(sheet, heading, lines, columns.length);
  sheet.rows.push({ style: "header", cells: columns.map((c) => c.header) });
  const headerRow = sheet.rows.length;
  for (const cells of rows) {
    sheet.rows.push({
      style: "item",
      cells,
      formats: columns.map((c, i) => c.format ?? (typeof cells[i] === "number" ? excelNumberFormat(shownDecimals(cells[i] as number)) : null)),
    });
  }
  fitHeights(sheet, headerRow);
  sheet.freeze = { rows: headerRow, columns: 0 };
  sheet.print = { titleRows: { from: headerRow, to: headerRow } };
  if (trafficLight) {
    sheet.trafficLights.push({
      area: { top: headerRow + 1, left: trafficLight.column, bottom: Math.max(headerRow + 1, sheet.rows.length), right: trafficLight.column },
      rules: trafficLight.rules,
    });
  }
  return sheet;
}

