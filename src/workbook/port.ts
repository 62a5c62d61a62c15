/**
 * The workbook port: what the task pane (src/taskpane) asks of a workbook, one method per user operation.
 * Implemented by src/excel (Office.js, at most two context.sync() per method) and src/preview (in memory).
 */
import type { Bilingual } from "../core/messages";
import type { Annex } from "../core/annex/model";
import type { SheetLayout } from "../core/sheet/layout";
import type { TargetRowInput } from "../core/sheet/table-layout";

export type { TargetRowInput };

export interface InsertTargetsOptions {
  where: "selection" | "newSheet";
  /** The user confirmed that non-empty cells may be overwritten. */
  overwrite?: boolean;
}

export type InsertTargetsResult =
  | { ok: true; sheet: string; address: string; table: string; rows: number }
  /** Cells in the way hold data: ask the user, then call again with overwrite. */
  | { ok: false; reason: "occupied"; address: string; message: Bilingual }
  /** Cannot be done at that place at all (an existing table overlaps, sheet too small). */
  | { ok: false; reason: "blocked"; message: Bilingual };

export interface TableInfo {
  name: string;
  sheet: string;
  columns: string[];
}

/** Which columns of a table hold what. Column names are the table's header texts. */
export interface FlagMapping {
  table: string;
  idColumn: string;
  actualColumn: string;
  /** The column showing KH.STATUS; when absent an "Đánh giá" column is added with KH.STATUS formulas. */
  statusColumn?: string;
}

export interface TableRowData {
  /** 0-based row in the table body. */
  index: number;
  id: string;
  /** As read: a number, text the user typed, or null for an empty cell. */
  actual: number | string | null;
  status: string;
  /** Where the row is, for selectRow. */
  sheet: string;
  address: string;
}

export type FlagStatusResult =
  | { ok: true; table: string; sheet: string; statusColumn: string; addedStatusColumn: boolean; rows: TableRowData[] }
  | { ok: false; message: Bilingual };

export interface RowRef {
  sheet: string;
  address: string;
}

export interface WorkbookPort {
  /** "excel" or "preview": the pane shows it and hides what only makes sense in one of them. */
  readonly kind: "excel" | "preview";
  insertTargets(rows: TargetRowInput[], options: InsertTargetsOptions): Promise<InsertTargetsResult>;
  listTables(): Promise<TableInfo[]>;
  /** Adds the status colouring to the mapped table (replacing ours, never duplicating) and reads its rows. */
  flagStatus(mapping: FlagMapping): Promise<FlagStatusResult>;
  selectRow(row: RowRef): Promise<void>;
  /** Write an agency's annex as new sheets (issue 6). */
  writeAnnex(annex: Annex): Promise<{ sheets: string[] }>;
  /** Write laid-out sheets (the consolidation result) as new sheets; names are made unique. */
  writeSheets(sheets: SheetLayout[]): Promise<{ sheets: string[] }>;
}
