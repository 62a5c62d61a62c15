/** The WorkbookPort over the in-memory workbook: the same operations, the same table layout as Excel. */
import type { FlagMapping, FlagStatusResult, InsertTargetsOptions, InsertTargetsResult, RowRef, TableInfo, TargetRowInput, WorkbookPort } from "../workbook/port";
import { buildTableLayout, COLUMN, INPUT_FILL, TABLE_HEADERS } from "../core/sheet/table-layout";
import { STATUS_RULES } from "../core/sheet/status-rules";
import { fold } from "../core/text/normalize";
import { ADDED_STATUS_HEADER } from "../excel/flag-status";
import { NEW_SHEET_NAME } from "../excel/insert-targets";
import { rangeAddress, topLeft } from "../core/sheet/a1";
import type { MemoryWorkbook } from "./memory-workbook";
import type { Annex } from "../core/annex/model";
import { layoutAnnexWorkbook } from "../core/annex/layout";
import { uniqueSheetName, type SheetLayout } from "../core/sheet/layout";
import { inputCells } from "../core/sheet/style";
import { escapeFormulaText } from "../core/text/escape";

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
    if (rows.length === 0) return { ok: false, reason: "blocked", message: { vi: "Chưa chọn chỉ tiêu nào.", en: "No targets selected." } };
    const width = TABLE_HEADERS.length;
    const height = rows.length + 1;
    let sheet: string;
    let top = 0;
    let left = 0;
    if (options.where === "selection") {
      ({ sheet, row: top, column: left } = wb.selection);
      const address = rangeAddress(top + 1, left + 1, height, width);
      if (wb.tableOverlaps(sheet, top, left, height, width)) {
        return {
          ok: false,
          reason: "blocked",
          message: { vi: `Vùng ${address} chồng lên một bảng đã có. Hãy chọn ô khác hoặc chèn vào trang tính mới.`, en: `${address} overlaps an existing table. Pick another cell or insert on a new sheet.` },
        };
      }
      const occupied = this.occupied(sheet, top, left, height, width);
      if (occupied && !options.overwrite) {
        return { ok: false, reason: "occupied", address: occupied, message: { vi: `Các ô ${occupied} đã có dữ liệu. Ghi đè lên chúng?`, en: `Cells ${occupied} are not empty. Overwrite them?` } };
      }
    } else {
      sheet = [NEW_SHEET_NAME, ...Array.from({ length: 19 }, (_, i) => `${NEW_SHEET_NAME} (${i + 2})`)].find((n) => !wb.hasSheet(n)) ?? "";
      if (!sheet) return { ok: false, reason: "blocked", message: { vi: "Đã có quá nhiều trang tính “Chỉ tiêu”.", en: "Too many “Chỉ tiêu” sheets already." } };
      wb.addSheet(sheet);
    }

    const layout = buildTableLayout(rows);
    for (let r = 0; r < height; r++) for (let c = 0; c < width; c++) wb.clearCell(sheet, top + r, left + c);
    layout.headers.forEach((h, c) => wb.setCell(sheet, top, left + c, { value: h }));
    rows.forEach((_, i) => {
      const r = top + 1 + i;
      layout.left[i].forEach((v, c) => wb.setCell(sheet, r, left + c, { value: v }));
      wb.setCell(sheet, r, left + COLUMN.plan, { format: layout.planFormats[i][0] });
      wb.setCell(sheet, r, left + COLUMN.actual, { format: layout.actualFormats[i][0], fill: INPUT_FILL, unlocked: true });
      wb.setCell(sheet, r, left + COLUMN.percent, { formula: layout.formulas[i][0], format: layout.percentFormats[i][0] });
      wb.setCell(sheet, r, left + COLUMN.status, { formula: layout.formulas[i][1] });
      layout.right[i].forEach((v, c) => wb.setCell(sheet, r, left + COLUMN.agency + c, { value: v }));
    });
    const table = `ChiTieu_${wb.tables.length + 1}`;
    wb.tables.push({ name: table, sheet, top, left, columns: [...layout.headers], rowCount: rows.length, rules: null });
    wb.selection = { sheet, row: top + 1, column: left + COLUMN.actual, rows: 1, columns: 1 };
    wb.changed();
    return { ok: true, sheet, address: rangeAddress(top + 1, left + 1, height, width), table, rows: rows.length };
  }

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
    if (!table) return { ok: false, message: { vi: `Không có bảng “${mapping.table}”.`, en: `No table “${mapping.table}”.` } };
    const col = (name: string) => table.columns.findIndex((c) => c === name || fold(c) === fold(name));
    const idAt = col(mapping.idColumn);
    const actualAt = col(mapping.actualColumn);
    const missing = [idAt < 0 ? mapping.idColumn : null, actualAt < 0 ? mapping.actualColumn : null].filter(Boolean);
    if (missing.length) return { ok: false, message: { vi: `Bảng “${table.name}” không có cột ${missing.join(", ")}.`, en: `Table “${table.name}” has no column ${missing.join(", ")}.` } };
    let statusAt = col(mapping.statusColumn ?? ADDED_STATUS_HEADER);
    if (statusAt < 0 && mapping.statusColumn) {
      return { ok: false, message: { vi: `Bảng “${table.name}” không có cột ${mapping.statusColumn}.`, en: `Table “${table.name}” has no column ${mapping.statusColumn}.` } };
    }
    const added = statusAt < 0;
    const rows = Array.from({ length: table.rowCount }, (_, index) => {
      const r = table.top + 1 + index;
      const id = wb.cell(table.sheet, r, table.left + idAt)?.value;
      const actual = wb.cell(table.sheet, r, table.left + actualAt)?.value;
      return {
        index,
        id: String(id ?? "").trim(),
        actual: actual === undefined || actual === "" ? null : actual,
        status: "",
        sheet: table.sheet,
        address: rangeAddress(r + 1, table.left + 1, 1, table.columns.length + (added ? 1 : 0)),
      };
    });
    if (added) {
      statusAt = table.columns.length;
      const esc = (c: string) => `[@[${c.replace(/['#[\]]/g, "'$&")}]]`;
      const formula = `=KH.STATUS(${esc(table.columns[idAt])},${esc(table.columns[actualAt])})`;
      wb.setCell(table.sheet, table.top, table.left + statusAt, { value: ADDED_STATUS_HEADER });
      for (let i = 0; i < table.rowCount; i++) wb.setCell(table.sheet, table.top + 1 + i, table.left + statusAt, { formula });
      table.columns.push(ADDED_STATUS_HEADER);
    }
    // The memory workbook holds only our rules (no user rules), so replacing them drops only ours, as in Excel.
    table.rules = { column: table.columns[statusAt], rules: STATUS_RULES };
    wb.changed();
    return { ok: true, table: table.name, sheet: table.sheet, statusColumn: table.columns[statusAt], addedStatusColumn: added, rows };
  }

  async selectRow(row: RowRef): Promise<void> {
    await this.pause();
    const [start, end] = row.address.split(":");
    const a = topLeft(start);
    const b = topLeft(end ?? start);
    this.workbook.select({ sheet: row.sheet, row: a.row - 1, column: a.column - 1, rows: b.row - a.row + 1, columns: b.column - a.column + 1 });
  }

  async writeAnnex(annex: Annex): Promise<{ sheets: string[] }> {
    return this.writeSheets(layoutAnnexWorkbook(annex).sheets);
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
            ...(unlocked ? { unlocked: true, fill: INPUT_FILL } : {}),
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
