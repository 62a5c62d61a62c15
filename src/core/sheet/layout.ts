/**
 * The general sheet model every writer renders (ExcelJS files, Office.js, the in-memory preview):
 * rows of cells with a style, columns, merges, traffic lights, validations, input areas, protection.
 * The annex, the consolidated report and the catalog sheets are all laid out as SheetLayouts.
 */
import type { Tone } from "./status";

/** A formula (without "="), with the value it gives on the figures written (cached for readers that do not calculate). */
export interface FormulaCell {
  formula: string;
  result: number | string | null;
}

export type CellValue = string | number | null | FormulaCell;

export const isFormula = (v: CellValue | undefined): v is FormulaCell => typeof v === "object" && v !== null;

/** "masthead": the official blocks above and below the table (issuing body, national motto, signatures), bold and centred; "note": italic and centred. */
export type RowStyle = "masthead" | "note" | "heading" | "title" | "blank" | "header" | "group" | "item" | "subitem" | "plain";

export interface LayoutRow {
  style: RowStyle;
  cells: CellValue[];
  /** Number format per cell (null = none). */
  formats?: (string | null)[];
  /** Row height in points, for wrapped title lines. */
  height?: number;
}

export interface ColumnLayout {
  width: number;
  hidden?: boolean;
  align?: "left" | "center" | "right";
  wrap?: boolean;
}

/** 1-based, inclusive. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface TrafficLight {
  area: Area;
  rules: { text: string; tone: Exclude<Tone, "none"> }[];
}

export interface ListValidation {
  area: Area;
  values: string[];
}

export interface SheetLayout {
  name: string;
  visibility: "visible" | "veryHidden";
  columns: ColumnLayout[];
  rows: LayoutRow[];
  merges: Area[];
  freeze?: { rows: number; columns: number };
  /** A4 landscape, fit to one page wide, these rows repeated on every page. */
  print?: { titleRows: { from: number; to: number }; /** Page footer in Excel's codes ("Trang &P/&N"). */ footer?: string };
  trafficLights: TrafficLight[];
  /** A stacked bar chart over this block (header row and first column as labels), where the writer can draw one (Office.js). */
  chart?: { title: string; area: Area };
  validations: ListValidation[];
  /** Cells people type into: left unlocked when the sheet is protected. */
  inputAreas: Area[];
  protect: boolean;
}

/** A sheet name Excel accepts (≤ 31 characters, none of []:*?/\) and not already taken. */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const base = wanted.replace(/[[\]:*?/\\]/g, " ").slice(0, 31).trim() || "Sheet";
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
