/**
 * How each cell of a sheet layout looks, decided once for all writers (ExcelJS file
 * writers, Office.js): font, fill, border, number format, alignment, lock.
 */
import type { SheetLayout } from "./layout";

export const FONT_NAME = "Times New Roman";
export const HEADER_FILL = "D9E1F2";
export const GROUP_FILL = "F2F2F2";
/** Cells an agency types into are visibly distinct from the locked ones. */
export const INPUT_FILL = "FFF8DC";

export interface CellStyle {
  font: { bold: boolean; italic: boolean; size: number };
  fill: string | null;
  border: boolean;
  numFmt: string | null;
  horizontal: "left" | "center" | "right" | null;
  vertical: "middle" | null;
  wrap: boolean;
  indent: number;
  unlocked: boolean;
}

/** Which cells of a sheet an agency types into (1-based row and column). */
export interface InputCells {
  has(row: number, col: number): boolean;
}

/** Per sheet, from its input areas: a look-up that allocates nothing per cell (writers ask for every cell). */
export function inputCells(layout: SheetLayout): InputCells {
  const areas = layout.inputAreas;
  return {
    has(row, col) {
      for (let i = 0; i < areas.length; i++) {
        const a = areas[i];
        if (row >= a.top && row <= a.bottom && col >= a.left && col <= a.right) return true;
      }
      return false;
    },
  };
}

/** The style of cell (row, col), 1-based; null for a cell that needs none (plain, empty). */
export function cellStyle(layout: SheetLayout, row: number, col: number, inputs: InputCells): CellStyle | null {
  const r = layout.rows[row - 1];
  const value = r.cells[col - 1];
  const numFmt = r.formats?.[col - 1] ?? null;
  const unlocked = inputs.has(row, col);
  if (r.style === "plain") {
    return value === null && !numFmt && !unlocked ? null : { ...PLAIN, numFmt, unlocked };
  }
  const column = layout.columns[col - 1];
  const style: CellStyle = {
    font: {
      bold: r.style === "heading" || r.style === "header" || r.style === "group" || r.style === "masthead",
      italic: r.style === "title" || r.style === "note",
      size: r.style === "heading" ? 14 : r.style === "masthead" ? 12 : 11,
    },
    fill: null,
    border: false,
    numFmt,
    horizontal: null,
    vertical: "middle",
    wrap: false,
    indent: 0,
    unlocked,
  };
  switch (r.style) {
    case "masthead":
    case "note":
      return value === null && !unlocked ? null : { ...style, horizontal: "center", wrap: true };
    case "heading":
    case "title":
      return { ...style, horizontal: r.style === "heading" ? "center" : "left", wrap: true };
    case "blank":
      return style;
    case "header":
      return { ...style, border: true, fill: HEADER_FILL, horizontal: "center", wrap: true };
    default:
      return {
        ...style,
        border: true,
        fill: unlocked ? INPUT_FILL : r.style === "group" ? GROUP_FILL : null,
        horizontal: column?.align ?? null,
        wrap: column?.wrap ?? false,
        indent: r.style === "subitem" && column?.wrap ? 1 : 0,
      };
  }
}

const PLAIN: CellStyle = {
  font: { bold: false, italic: false, size: 11 },
  fill: null,
  border: false,
  numFmt: null,
  horizontal: null,
  vertical: null,
  wrap: false,
  indent: 0,
  unlocked: false,
};
