/**
 * The workbook port: what the task pane (src/taskpane) asks of a workbook, one method per user operation.
 * Implemented by src/excel (Office.js, at most two context.sync() per method) and src/preview (in memory);
 * the decisions (what goes where, what is refused, the messages) are the core's (src/core/operations).
 */
import type { AnnexRequest, CarriedFigures } from "../core/operations";
import type { SheetGrid } from "../core/consolidate";
import type { SheetLayout } from "../core/sheet";
import type { TargetRowInput } from "../core/sheet";
import type { InsertTargetsOptions, InsertTargetsResult } from "../core/operations";
import type { FlagMapping, FlagStatusResult, TableInfo } from "../core/operations";
import type { TableGrid } from "../core/table-import";
import type { SheetCells } from "../core/catalog-sheets";

export type { TargetRowInput, InsertTargetsOptions, InsertTargetsResult, FlagMapping, FlagStatusResult, TableInfo };
export type { TableRowData } from "../core/operations";

export interface RowRef {
  sheet: string;
  address: string;
}

export interface WorkbookPort {
  /** "excel" or "preview": the pane shows it and hides what only makes sense in one of them. */
  readonly kind: "excel" | "preview";
  /** False where Excel cannot run custom functions (KH.*): the pane then writes native formulas instead. */
  readonly customFunctions?: boolean;
  insertTargets(rows: TargetRowInput[], options: InsertTargetsOptions): Promise<InsertTargetsResult>;
  listTables(): Promise<TableInfo[]>;
  /** Adds the status colouring to the mapped table (replacing ours, never duplicating) and reads its rows. */
  flagStatus(mapping: FlagMapping): Promise<FlagStatusResult>;
  selectRow(row: RowRef): Promise<void>;
  /**
   * Write an agency's annex as new sheets (issue 6), carrying the figures typed in the workbook's annex
   * for the same plan and period (by target id; core/operations `prepareAnnex`). `carried` says what came across.
   */
  writeAnnex(request: AnnexRequest): Promise<{ sheets: string[]; carried?: CarriedFigures }>;
  /** The workbook's annex sheets and metadata as grids (`annexSheetCandidates`), for a download that carries their figures too. */
  readAnnexSheets?(): Promise<SheetGrid[]>;
  /** Write laid-out sheets (the consolidation result) as new sheets; names are made unique. */
  writeSheets(sheets: SheetLayout[]): Promise<{ sheets: string[] }>;
  /** The selected range as a table to import targets from: values, merged areas, hidden columns. */
  readSelectionTable?(): Promise<TableGrid>;
  /** The cells of the named sheets (the catalog review sheets); sheets that do not exist are left out. */
  readSheets?(names: readonly string[]): Promise<SheetCells[]>;
}
