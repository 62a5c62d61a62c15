/**
 * A1 addresses, one convention: rows and columns are numbered from 1 as Excel shows them
 * (column 1 is "A"), like SheetLayout's areas. Office.js's 0-based indexes add 1 before coming here.
 */
import type { Area } from "./layout";

/** 1 → "A", 27 → "AA". */
export function columnName(column: number): string {
  let out = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** "A" → 1, "aa" → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellAddress(row: number, column: number): string {
  return `${columnName(column)}${row}`;
}

/** "C5:L25"; a one-cell area is just "C5". */
export function areaAddress(a: Area): string {
  const tl = cellAddress(a.top, a.left);
  const br = cellAddress(a.bottom, a.right);
  return tl === br ? tl : `${tl}:${br}`;
}

/** The block of `rows` × `columns` cells from (row, column): always "C5:L25" form, as Office.js writes it. */
export function rangeAddress(row: number, column: number, rows: number, columns: number): string {
  return `${cellAddress(row, column)}:${cellAddress(row + rows - 1, column + columns - 1)}`;
}

/** "'Chỉ tiêu (2)'!C5:L25" (as Office.js returns addresses) → sheet "Chỉ tiêu (2)", range "C5:L25". */
export function splitAddress(address: string): { sheet: string; range: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: "", range: address };
  const sheet = address.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  return { sheet, range: address.slice(bang + 1) };
}

/** "C5:L25" → top 5, left 3, bottom 25, right 12; "C5" → the one cell. */
export function areaOf(range: string): Area {
  const [a, b = a] = range.split(":");
  const from = topLeft(a);
  const to = topLeft(b);
  return { top: from.row, left: from.column, bottom: to.row, right: to.column };
}

/** "C5:L25" → row 5, column 3. */
export function topLeft(range: string): { row: number; column: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)/i.exec(range);
  if (!m) throw new Error(`Địa chỉ ô không hợp lệ: ${range}`);
  return { row: Number(m[2]), column: columnNumber(m[1]) };
}
