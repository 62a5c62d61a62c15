/** A workbook as plain cell values, whatever read it (a reader of .xlsx bytes, or Office.js). */

/** A formula cell saved without its result (tools that do not calculate, e.g. openpyxl): it has no value to use. */
export interface UncomputedFormula {
  uncomputed: true;
  /** The formula as written, without "=", when the reader knows it. */
  formula: string;
}

export type GridCell = string | number | boolean | Date | UncomputedFormula | null;

export const isUncomputed = (cell: unknown): cell is UncomputedFormula =>
  typeof cell === "object" && cell !== null && (cell as UncomputedFormula).uncomputed === true;

/**
 * Rows read per sheet at most. An annex has a row per target (a province's whole plan is a few
 * thousand); a sheet beyond this is refused whole, and readers stop there so memory stays small.
 */
export const MAX_SHEET_ROWS = 20_000;

export interface SheetGrid {
  name: string;
  hidden: boolean;
  /** rows[r][c], 0-based; row r is sheet row r + 1. */
  rows: GridCell[][];
  /** Set by a reader that stopped at MAX_SHEET_ROWS: the sheet has more rows than it kept. */
  truncated?: boolean;
}

/** One input file: its sheets, or why it could not be read at all. */
export type FileRead =
  | { file: string; ok: true; sheets: SheetGrid[]; /** file modification time, ISO */ modifiedAt?: string }
  | { file: string; ok: false; reason: { vi: string; en: string } };
