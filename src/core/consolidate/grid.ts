/** A workbook as plain cell values, whatever read it (ExcelJS from a file, or Office.js). */
export type GridCell = string | number | boolean | Date | null;

export interface SheetGrid {
  name: string;
  hidden: boolean;
  /** rows[r][c], 0-based; row r is sheet row r + 1. */
  rows: GridCell[][];
}

/** One input file: its sheets, or why it could not be read at all. */
export type FileRead =
  | { file: string; ok: true; sheets: SheetGrid[]; /** file modification time, ISO */ modifiedAt?: string }
  | { file: string; ok: false; reason: { vi: string; en: string } };
