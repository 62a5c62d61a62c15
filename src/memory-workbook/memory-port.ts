/** The WorkbookPort over the in-memory workbook: reads state and writes the plans src/core/operations decides, as Excel does. */
import type { FlagMapping, FlagStatusResult, InsertTargetsOptions, InsertTargetsResult, RowRef, TableInfo, TargetRowInput, WorkbookPort } from "../workbook/port";
import { COLUMN, INPUT_FILL_HEX } from "../core/sheet";
import { STATUS_RULES } from "../core/sheet";
import { insertedResult, insertRequest, planInsert, TABLE_NAME_PREFIX, type InsertPlace } from "../core/operations";
import { cannotReadTable, flaggedResult, NO_SUCH_TABLE, planFlag, statusFormulaFor, tableRows } from "../core/operations";
import { areaOf, rangeAddress } from "../core/sheet";
import type { MemoryWorkbook } from "./memory-workbook";
import { DEFAULT_SHEET_NAMES, layoutAnnexWorkbook, META_SHEET, metaHeaderRow, metaRow, type MetaRecord } from "../core/annex";
import { annexSheetCandidates, prepareAnnex, type AnnexRequest, type CarriedFigures } from "../core/operations";
import type { SheetGrid } from "../core/consolidate";
import { BilingualError } from "../core/messages";
import { uniqueSheetName, type SheetLayout } from "../core/sheet";
import { inputCells } from "../core/sheet";
import { escapeFormulaText } from "../core/text";
import type { TableGrid } from "../core/table-import";
import type { SheetCells } from "../core/catalog-sheets";

export class MemoryPort implements WorkbookPort {
  readonly kind = "preview" as const;
  /** Simulated latency, so progress indicators show as they would in Excel. */
  constructor(
    private readonly workbook: MemoryWorkbook,
    private readonly delayMs = 0,
  ) {}

  private pause(): Promise<void> {
    return this.delayMs > 0 ? new Promise((r) => setTimeout(r, this.delayMs)) : Promise.resolve();
  }

  async insertTargets(rows: TargetRowInput[], options: InsertTargetsOptions): Promise<InsertTargetsResult> {
    await this.pause();
    const wb = this.workbook;
    const request = insertRequest(rows, options);
    if (!request.ok) return request.refusal;
    let place: InsertPlace;
    if (options.where === "selection") {
      const { sheet, row: top, column: left } = wb.selection;
      place = {
        where: "selection",
        sheet,
        row: top + 1,
        column: left + 1,
        overlapsTable: wb.tableOverlaps(sheet, top, left, request.height, request.width),
        occupied: this.occupied(sheet, top, left, request.height, request.width),
      };
    } else {
      place = { where: "newSheet", existingSheets: new Set(wb.sheets.map((s) => s.name)) };
    }
    const plan = planInsert(rows, options, place);
    if (!plan.ok) return plan;

    const { sheet, layout } = plan;
    const top = plan.row - 1;
    const left = plan.column - 1;
    if (plan.addSheet) wb.addSheet(sheet);
    if (plan.clear) for (let r = 0; r < plan.height; r++) for (let c = 0; c < plan.width; c++) wb.clearCell(sheet, top + r, left + c);
    layout.headers.forEach((h, c) => wb.setCell(sheet, top, left + c, { value: h }));
    rows.forEach((_, i) => {
      const r = top + 1 + i;
      layout.left[i].forEach((v, c) => wb.setCell(sheet, r, left + c, { value: v }));
      wb.setCell(sheet, r, left + COLUMN.plan, { format: layout.planFormats[i][0] });
      wb.setCell(sheet, r, left + COLUMN.actual, { format: layout.actualFormats[i][0], fill: INPUT_FILL_HEX, unlocked: true });
      wb.setCell(sheet, r, left + COLUMN.percent, { formula: layout.formulas[i][0], format: layout.percentFormats[i][0] });
      wb.setCell(sheet, r, left + COLUMN.status, { formula: layout.formulas[i][1] });
      layout.right[i].forEach((v, c) => wb.setCell(sheet, r, left + COLUMN.agency + c, { value: v }));
    });
    const table = `${TABLE_NAME_PREFIX}${wb.tables.length + 1}`;
    wb.tables.push({ name: table, sheet, top, left, columns: [...layout.headers], rowCount: rows.length, rules: null });
    wb.selection = { sheet, row: top + 1, column: left + COLUMN.actual, rows: 1, columns: 1 };
    wb.changed();
    return insertedResult(plan, table);
  }

  /** The used part of an area (0-based top and left, as the memory workbook counts), as Excel's getUsedRange gives it. */
  private occupied(sheet: string, top: number, left: number, rows: number, columns: number): string | null {
    let first: [number, number] | null = null;
    let last: [number, number] = [0, 0];
    for (let r = top; r < top + rows; r++) {
      for (let c = left; c < left + columns; c++) {
        if (this.workbook.isEmpty(sheet, r, c)) continue;
        first ??= [r, c];
        last = [Math.max(last[0], r), Math.max(last[1], c)];
        first = [Math.min(first[0], r), Math.min(first[1], c)];
      }
    }
    if (!first) return null;
    return rangeAddress(first[0] + 1, first[1] + 1, last[0] - first[0] + 1, last[1] - first[1] + 1);
  }

  async listTables(): Promise<TableInfo[]> {
    await this.pause();
    return this.workbook.tables.map((t) => ({ name: t.name, sheet: t.sheet, columns: [...t.columns] }));
  }

  async flagStatus(mapping: FlagMapping): Promise<FlagStatusResult> {
    await this.pause();
    const wb = this.workbook;
    const table = wb.tables.find((t) => t.name === mapping.table);
    if (!table) return { ok: false, message: cannotReadTable(mapping.table, NO_SUCH_TABLE) };
    const plan = planFlag(mapping, table.columns);
    if (!plan.ok) return plan;
    const width = table.columns.length;
    const body = Array.from({ length: table.rowCount }, (_, i) => Array.from({ length: width }, (_, c) => wb.cell(table.sheet, table.top + 1 + i, table.left + c)?.value));
    const rows = tableRows(plan, body, { sheet: table.sheet, top: table.top + 2, left: table.left + 1, width });
    if (plan.addStatus) {
      wb.setCell(table.sheet, table.top, table.left + plan.statusAt, { value: plan.statusColumn });
      rows.forEach((row, i) => wb.setCell(table.sheet, table.top + 1 + i, table.left + plan.statusAt, { formula: statusFormulaFor(plan, mapping, row.id) }));
      table.columns.push(plan.statusColumn);
    }
    // The memory workbook holds only our rules (no user rules), so replacing them drops only ours, as in Excel.
    table.rules = { column: plan.statusColumn, rules: STATUS_RULES };
    wb.changed();
    return flaggedResult(mapping, plan, table.sheet, rows);
  }

  async selectRow(row: RowRef): Promise<void> {
    await this.pause();
    const a = areaOf(row.address);
    this.workbook.select({ sheet: row.sheet, row: a.top - 1, column: a.left - 1, rows: a.bottom - a.top + 1, columns: a.right - a.left + 1 });
  }

  /** The records Excel keeps in the very hidden "_kehoach" sheet (the preview shows no hidden sheets). */
  private readonly annexMeta: MetaRecord[] = [];

  async readAnnexSheets(): Promise<SheetGrid[]> {
    const wb = this.workbook;
    return annexSheetCandidates().flatMap((name): SheetGrid[] => {
      if (name === META_SHEET) return this.annexMeta.length ? [{ name, hidden: true, rows: [metaHeaderRow(), ...this.annexMeta.map(metaRow)] }] : [];
      if (!wb.hasSheet(name)) return [];
      const { rows, columns } = wb.extent(name);
      const cell = (r: number, c: number) => {
        const value = wb.cell(name, r, c)?.value;
        return typeof value === "number" || (typeof value === "string" && value !== "") ? value : null;
      };
      return [{ name, hidden: false, rows: Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => cell(r, c))) }];
    });
  }

  /** As the Office.js adapter: read the annex sheets already there, let the core carry their figures, write new sheets. */
  async writeAnnex(request: AnnexRequest): Promise<{ sheets: string[]; carried: CarriedFigures }> {
    const wb = this.workbook;
    const prepared = prepareAnnex(request, await this.readAnnexSheets());
    if (!prepared.ok) throw new BilingualError(prepared.error);
    const taken = wb.sheets.map((s) => s.name);
    const targets = uniqueSheetName(DEFAULT_SHEET_NAMES.targets, taken);
    const tasks = uniqueSheetName(DEFAULT_SHEET_NAMES.tasks, [...taken, targets]);
    const layout = layoutAnnexWorkbook(prepared.annex, { sheetNames: { targets, tasks } });
    const { sheets } = await this.writeSheets(layout.sheets);
    this.annexMeta.push(...layout.meta);
    return { sheets, carried: prepared.carried };
  }

  async readSelectionTable(): Promise<TableGrid> {
    await this.pause();
    const { sheet, row, column, rows, columns } = this.workbook.selection;
    const cells = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => this.workbook.cell(sheet, row + r, column + c)));
    const grid = cells.map((line) => line.map((cell) => (cell?.value === "" || cell?.value === undefined ? null : cell.value)));
    return { file: sheet, sheet, rows: grid, formats: cells.map((line) => line.map((cell) => cell?.format)), firstRow: row + 1, firstColumn: column + 1 };
  }

  async readSheets(names: readonly string[]): Promise<SheetCells[]> {
    await this.pause();
    return names.filter((n) => this.workbook.hasSheet(n)).map((name) => {
      const { rows, columns } = this.workbook.extent(name);
      const cells = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => this.workbook.cell(name, r, c)?.value ?? null));
      return { name, rows: cells.map((row) => row.map((v) => (v === "" ? null : v))) };
    });
  }

  async writeSheets(layouts: SheetLayout[]): Promise<{ sheets: string[] }> {
    await this.pause();
    const wb = this.workbook;
    const written: string[] = [];
    for (const layout of layouts.filter((l) => l.visibility === "visible")) {
      const name = uniqueSheetName(layout.name, wb.sheets.map((s) => s.name));
      wb.addSheet(name);
      const inputs = inputCells(layout);
      layout.rows.forEach((row, r) =>
        row.cells.forEach((value, c) => {
          const unlocked = inputs.has(r + 1, c + 1);
          if (value === null && !unlocked) return;
          const text = typeof value === "string" ? escapeFormulaText(value) : value;
          wb.setCell(name, r, c, {
            value: text === null ? "" : typeof text === "boolean" ? String(text) : (text as string | number),
            format: row.formats?.[c] ?? undefined,
            ...(unlocked ? { unlocked: true, fill: INPUT_FILL_HEX } : {}),
          });
        }),
      );
      written.push(name);
    }
    if (written[0]) wb.selection = { sheet: written[0], row: 0, column: 0, rows: 1, columns: 1 };
    wb.changed();
    return { sheets: written };
  }
}
