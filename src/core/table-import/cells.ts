/**
 * Cells of an imported table as people write them: the grid with merged areas spread over their
 * cells and hidden columns left out, and a plan figure read from "Khoảng 4", "Dưới 3", "6,6-6,8",
 * "≥ 95", "Trên 10", "8/9" by the extractor's own quantity reader.
 */
import type { Comparator } from "../catalog/schema";
import { isUncomputed, type GridCell } from "../consolidate/grid";
import { findQuantities } from "../extract/quantities";
import { foldKeepingOffsets } from "../extract/ocr";
import { formatViNumber } from "../numbers/vi";
import { shownCell } from "./formats";
import type { TableGrid } from "./types";

export interface Sheet {
  /** Visible columns only: raw[r][i] is the cell as written (a merged area's value in its first cell only). */
  raw: GridCell[][];
  /** The same with each merged area's value in every cell of the area (for headers and agency columns). */
  filled: GridCell[][];
  /** 1-based sheet column of visible column i. */
  columns: number[];
  /** 1-based sheet row of row r. */
  rowNumber(r: number): number;
}

export function layOut(grid: TableGrid): Sheet {
  const firstRow = grid.firstRow ?? 1;
  const firstColumn = grid.firstColumn ?? 1;
  const hidden = new Set(grid.hiddenColumns ?? []);
  const width = grid.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const visible: number[] = [];
  for (let c = 0; c < width; c++) if (!hidden.has(firstColumn + c)) visible.push(c);
  const formats = grid.formats ?? [];
  const hiddenRows = new Set((grid.hiddenRows ?? []).map((row) => row - firstRow));
  const full: GridCell[][] = grid.rows.map((r, i) => Array.from({ length: width }, (_, c) => (hiddenRows.has(i) ? null : shownCell(r[c] ?? null, formats[i]?.[c]))));
  const filled = full.map((r) => [...r]);
  for (const m of grid.merges ?? []) {
    const top = m.top - firstRow;
    const left = m.left - firstColumn;
    const value = full[top]?.[left] ?? null;
    if (value === null) continue;
    for (let r = Math.max(0, top); r <= m.bottom - firstRow && r < filled.length; r++) {
      for (let c = Math.max(0, left); c <= m.right - firstColumn && c < width; c++) filled[r][c] = value;
    }
  }
  return {
    raw: full.map((r) => visible.map((c) => r[c])),
    filled: filled.map((r) => visible.map((c) => r[c])),
    columns: visible.map((c) => firstColumn + c),
    rowNumber: (r) => firstRow + r,
  };
}

/** A cell as text: trimmed, NFC, numbers as vi-VN writes them. */
export function cellText(cell: GridCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return formatViNumber(cell, { maxDecimals: 6 });
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (isUncomputed(cell)) return `=${cell.formula}`;
  return String(cell).normalize("NFC").replace(/\s+/g, " ").trim();
}

export interface Amount {
  min: number;
  max: number;
  comparator: Comparator;
  /** "8/9": the whole the figure is part of. */
  of?: number;
  /** A unit written in the cell itself ("95%"). */
  unit?: string;
  /** "Giảm 1-1,5", "Tăng 8%": the cell states a change, not a level. */
  change?: "increase" | "decrease";
}

/** "—", "x", "…": the table says there is no figure. */
const NO_FIGURE = /^(?:[-–—x×…./]+|k\.?h\.?|không|khong)$/iu;
const SYMBOLS: [RegExp, string][] = [
  [/≥|>=|=>/g, " tối thiểu "],
  [/≤|<=|=</g, " tối đa "],
  [/>/g, " trên "],
  [/</g, " dưới "],
  [/[~≈]/g, " khoảng "],
];
/** A count unit the quantity reader knows, added after the figure so that a bare number is read too. */
const PROBE_UNIT = " huyện";

/** The figure in a cell, null when the cell states none, "unreadable" when it has words but no figure. */
export function readAmount(cell: GridCell | undefined): Amount | null | "unreadable" {
  if (typeof cell === "number") return Number.isFinite(cell) ? { min: cell, max: cell, comparator: "=" } : "unreadable";
  const text = cellText(cell);
  if (!text || NO_FIGURE.test(text)) return null;
  // "12,5‰": the quantity reader knows no per-mille sign, so it is read apart and given back as the unit.
  const perMille = text.includes("‰");
  let written = text.replace(/\s*‰/gu, "");
  for (const [re, word] of SYMBOLS) written = written.replace(re, word);
  // "Bình quân 1-1,5/năm": a yearly figure; the year is the column's, the unit the row's.
  written = written.replace(/\s+/g, " ").replace(/\s*\/\s*năm$/iu, "").trim();
  const probe = `${written}${PROBE_UNIT}`;
  const [q] = findQuantities(probe, foldKeepingOffsets(probe), false);
  if (!q) return "unreadable";
  const ownUnit = perMille ? "‰" : q.end <= written.length && q.unit ? q.unit : undefined;
  const change = /^(giam|tang)\b/.exec(foldKeepingOffsets(text).toLowerCase())?.[1];
  return {
    min: q.min,
    max: q.max,
    comparator: q.comparator,
    ...(q.of !== undefined ? { of: q.of } : {}),
    ...(ownUnit ? { unit: ownUnit } : {}),
    ...(change ? { change: change === "giam" ? "decrease" : "increase" } : {}),
  };
}
