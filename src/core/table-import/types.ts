/** The table importer's public types: a grid of cells in, a draft catalog (or a question) out. */
import type { CatalogFile } from "../catalog/schema";
import type { GridCell } from "../consolidate/grid";
import type { Bilingual } from "../messages";
import type { Area } from "../sheet/layout";

/** 1-based, inclusive: a merged area as the sheet numbers it. */
export type MergedArea = Area;

/**
 * A table as read from an .xlsx sheet, a .csv file or the selected range: rows[r][c] is the cell at
 * sheet row firstRow + r, column firstColumn + c (1-based), as the reader found it.
 */
export interface TableGrid {
  file: string;
  sheet: string;
  rows: GridCell[][];
  merges?: MergedArea[];
  /** 1-based sheet columns that are hidden: never read. */
  hiddenColumns?: number[];
  /** 1-based sheet rows that are hidden: not read, and named in a warning. */
  hiddenRows?: number[];
  firstRow?: number;
  firstColumn?: number;
  /**
   * Number format code of each cell, same shape as rows (Excel's numFmt, Office.js numberFormat); may be
   * sparse. A figure under a "%" format is stored as a fraction (0.95 for "95%") and is read as shown.
   */
  formats?: (string | null | undefined)[][];
}

/** What a column holds. */
export type ColumnRole = "stt" | "name" | "unit" | "plan" | "result" | "agency" | "note" | "assign" | "partner";

export interface ColumnInfo {
  /** 1-based sheet column, and its letter. */
  column: number;
  letter: string;
  /** The header as written (header rows joined with " / "). */
  header: string;
  role?: ColumnRole;
  /** "Phường A", "Sở Y tế": the commune, ward or agency a wide table's column is about (role "assign", or a result). */
  assignee?: string;
  /** The year (or period, for results) the header names. */
  year?: number;
  fromYear?: number;
  period?: string;
}

/**
 * The user's answer to a question: which column (1-based sheet column) holds what. `units`: the columns
 * that each assign the row's target to one commune, ward or agency (an empty list: none of them do).
 */
export type ColumnChoice = Partial<Record<"name" | "plan" | "unit" | "stt" | "agency", number>> & {
  units?: number[];
  /** The column naming one commune, ward or agency per row, whose other columns are indicators; 0: the rows are not units. */
  rows?: number;
};

export interface TableImportOptions {
  /** Plan id (target id prefix); default: from the file name. */
  plan?: string;
  /** The plan's issuer, who leads targets the table gives no agency for; default "UBND tỉnh". */
  issuer?: string;
  province?: string;
  /** Year when neither the headers nor the title name one. */
  year?: number;
  columns?: ColumnChoice;
}

/** A result column's figure, offered as the actual of its period. */
export interface OfferedActual {
  id: string;
  period: string;
  value: number;
}

export interface ImportQuestion {
  message: Bilingual;
  /** What the importer needs to know, and the visible columns to choose from. */
  needs: ("name" | "plan" | "units" | "rows")[];
  columns: ColumnInfo[];
  /** Columns that may each be a unit to assign to (recognised ones first); answer with `units`. */
  units?: ColumnInfo[];
  /** The column that seems to name one unit per row (answer with `rows`), and the indicator columns beside it. */
  rows?: { column: ColumnInfo; indicators: ColumnInfo[] };
}

export interface TableProblem {
  sheet: string;
  row: number;
  column?: string;
  message: Bilingual;
}

export type TableImportResult =
  | { kind: "catalog"; catalog: CatalogFile; columns: ColumnInfo[]; actuals: OfferedActual[]; warnings: TableProblem[] }
  | { kind: "question"; question: ImportQuestion }
  | { kind: "error"; message: Bilingual };
