/**
 * An in-memory workbook: sheets of cells (values, formulas, formats), tables, selection and the
 * status colouring rules. Just enough of Excel for the task pane's operations, and observable so
 * the grid view re-renders.
 */
import type { StatusRule } from "../core/sheet";

export type CellValue = string | number;

export interface MemoryCell {
  value?: CellValue;
  formula?: string;
  /** Excel number format code: "#,##0.0", "0.0%", "@". */
  format?: string;
  fill?: string;
  unlocked?: boolean;
}

export interface MemoryTable {
  name: string;
  sheet: string;
  /** 0-based row of the header and column of the first column. */
  top: number;
  left: number;
  columns: string[];
  rowCount: number;
  /** Text-contains rules on one column (the status column). */
  rules: { column: string; rules: readonly StatusRule[] } | null;
}

export interface MemorySheet {
  name: string;
  cells: Map<string, MemoryCell>;
}

export interface Selection {
  sheet: string;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

const key = (row: number, column: number) => `${row},${column}`;

export class MemoryWorkbook {
  readonly sheets: MemorySheet[] = [];
  readonly tables: MemoryTable[] = [];
  selection: Selection;
  private version = 0;
  private readonly listeners = new Set<() => void>();

  constructor(firstSheet = "Trang tính 1") {
    this.addSheet(firstSheet);
    this.selection = { sheet: firstSheet, row: 0, column: 0, rows: 1, columns: 1 };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }

  sheet(name: string): MemorySheet {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`Không có trang tính “${name}”`);
    return found;
  }

  hasSheet(name: string): boolean {
    return this.sheets.some((s) => s.name === name);
  }

  addSheet(name: string): MemorySheet {
    if (this.hasSheet(name)) throw new Error(`Đã có trang tính “${name}”`);
    const sheet: MemorySheet = { name, cells: new Map() };
    this.sheets.push(sheet);
    return sheet;
  }

  cell(sheet: string, row: number, column: number): MemoryCell | undefined {
    return this.sheet(sheet).cells.get(key(row, column));
  }

  setCell(sheet: string, row: number, column: number, cell: MemoryCell): void {
    const cells = this.sheet(sheet).cells;
    const merged = { ...cells.get(key(row, column)), ...cell };
    cells.set(key(row, column), merged);
  }

  clearCell(sheet: string, row: number, column: number): void {
    this.sheet(sheet).cells.delete(key(row, column));
  }

  isEmpty(sheet: string, row: number, column: number): boolean {
    const c = this.cell(sheet, row, column);
    return !c || ((c.value === undefined || c.value === "") && !c.formula);
  }

  /** Rows × columns of the sheet that hold anything (for the grid's extent). */
  extent(sheet: string): { rows: number; columns: number } {
    let rows = 0;
    let columns = 0;
    for (const k of this.sheet(sheet).cells.keys()) {
      const [r, c] = k.split(",").map(Number);
      rows = Math.max(rows, r + 1);
      columns = Math.max(columns, c + 1);
    }
    return { rows, columns };
  }

  tableAt(sheet: string, row: number, column: number): MemoryTable | undefined {
    return this.tables.find(
      (t) => t.sheet === sheet && row >= t.top && row <= t.top + t.rowCount && column >= t.left && column < t.left + t.columns.length,
    );
  }

  tableOverlaps(sheet: string, row: number, column: number, rows: number, columns: number): boolean {
    return this.tables.some(
      (t) =>
        t.sheet === sheet &&
        row <= t.top + t.rowCount &&
        row + rows - 1 >= t.top &&
        column <= t.left + t.columns.length - 1 &&
        column + columns - 1 >= t.left,
    );
  }

  select(selection: Selection): void {
    this.selection = selection;
    this.changed();
  }
}
