/**
 * Worksheets back to a catalog file ("Lưu danh mục"): the cells are read by the header of their
 * column, validated with the catalog schema, and every problem is named by sheet, row and column.
 */
import type { CatalogFile } from "../catalog/schema";
import { loadCatalogs } from "../catalog/load";
import type { Problem } from "../catalog/problems";
import type { GridCell } from "../consolidate/grid";
import type { Bilingual } from "../messages";
import { parseViNumber } from "../numbers/vi";
import { unescapeFormulaText } from "../text/escape";
import { fold } from "../text/normalize";
import { columnName } from "../sheet/a1";
import { headerLabel, PLAN_FIELDS, PLAN_SHEET, TABLES, type FieldSpec, type TableKey, type TableSpec } from "./spec";

export interface SheetCells {
  name: string;
  /** rows[r][c], 0-based; row r is sheet row r + 1. */
  rows: GridCell[][];
}

/** A problem with the place it is at (1-based row, column letter), when it has one. */
export interface SheetProblem extends Problem {
  sheet?: string;
  row?: number;
  column?: string;
}

export type SheetsReadResult = { ok: true; catalog: CatalogFile } | { ok: false; problems: SheetProblem[] };

interface Place {
  sheet: string;
  row?: number;
  /** 0-based column and its field, when known. */
  column?: number;
  field?: FieldSpec;
}

function placeText(place: Place): Bilingual {
  const col = place.column !== undefined ? columnName(place.column + 1) : undefined;
  const label = place.field ? headerLabel(place.field) : undefined;
  const vi = [`Trang tính “${place.sheet}”`];
  const en = [`Sheet “${place.sheet}”`];
  if (place.row) vi.push(`dòng ${place.row}`), en.push(`row ${place.row}`);
  if (col) vi.push(`cột ${col}${label ? ` “${label}”` : ""}`), en.push(`column ${col}${label ? ` “${label}”` : ""}`);
  else if (label) vi.push(`cột “${label}” (không có trên trang tính)`), en.push(`column “${label}” (missing from the sheet)`);
  return { vi: vi.join(", "), en: en.join(", ") };
}

function problemAt(file: string, place: Place, message: Bilingual): SheetProblem {
  const where = placeText(place);
  return {
    file,
    path: "",
    message: { vi: `${where.vi}: ${message.vi}`, en: `${where.en}: ${message.en}` },
    sheet: place.sheet,
    ...(place.row ? { row: place.row } : {}),
    ...(place.column !== undefined ? { column: columnName(place.column + 1) } : {}),
  };
}

/** A header cell → the field it names: "Tên chỉ tiêu (name)" by its path, else by its words. */
function fieldOfHeader(cell: GridCell, fields: readonly FieldSpec[]): FieldSpec | undefined {
  if (typeof cell !== "string") return undefined;
  const path = /\(([^()]+)\)\s*$/.exec(cell.trim())?.[1];
  const byPath = path ? fields.find((x) => x.path === path) : undefined;
  if (byPath) return byPath;
  const words = fold(cell.replace(/\([^()]*\)\s*$/, ""));
  return fields.find((x) => fold(x.vi) === words || fold(x.en) === words);
}

function isBlank(cell: GridCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

type Converted = { ok: true; value: unknown } | { ok: false; error: Bilingual };

function convert(cell: GridCell, field: FieldSpec): Converted {
  const text = (): string => {
    if (typeof cell === "string") return unescapeFormulaText(cell);
    if (cell instanceof Date) return cell.toISOString().slice(0, 10);
    return String(cell);
  };
  switch (field.type) {
    case "number": {
      if (typeof cell === "number") return { ok: true, value: cell };
      if (typeof cell === "string") {
        const n = parseViNumber(cell, "auto");
        return n.ok ? { ok: true, value: n.value } : { ok: false, error: n.error };
      }
      return { ok: false, error: { vi: `“${text()}” không phải là số`, en: `“${text()}” is not a number` } };
    }
    case "ids":
      return { ok: true, value: text().split(/[;,\n]/).map((s) => s.trim()).filter(Boolean) };
    case "lines":
      return { ok: true, value: text().split(/\r?\n/).map((s) => s.trim()).filter(Boolean) };
    default:
      return { ok: true, value: text() };
  }
}

function setAt(record: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let at = record;
  for (const key of keys.slice(0, -1)) {
    if (!at[key] || typeof at[key] !== "object") at[key] = {};
    at = at[key] as Record<string, unknown>;
  }
  at[keys[keys.length - 1]] = value;
}

function findSheet(sheets: readonly SheetCells[], name: string): SheetCells | undefined {
  return sheets.find((s) => s.name === name) ?? sheets.find((s) => fold(s.name) === fold(name));
}

interface ReadTable {
  records: Record<string, unknown>[];
  rows: number[];
  columns: Map<string, number>;
}

function readTable(file: string, spec: TableSpec, sheet: SheetCells, problems: SheetProblem[]): ReadTable {
  const columns = new Map<string, number>();
  const header = sheet.rows[0] ?? [];
  const fieldAt: (FieldSpec | undefined)[] = header.map((cell) => fieldOfHeader(cell, spec.fields));
  fieldAt.forEach((field, c) => field && !columns.has(field.path) && columns.set(field.path, c));
  const out: ReadTable = { records: [], rows: [], columns };
  for (let r = 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    if (cells.every(isBlank)) continue;
    const record: Record<string, unknown> = {};
    for (const [path, c] of columns) {
      const cell = cells[c];
      if (isBlank(cell)) continue;
      const field = fieldAt[c]!;
      const converted = convert(cell as GridCell, field);
      if (converted.ok) setAt(record, path, converted.value);
      else problems.push(problemAt(file, { sheet: sheet.name, row: r + 1, column: c, field }, converted.error));
    }
    out.records.push(record);
    out.rows.push(r + 1);
  }
  return out;
}

function readPlan(file: string, sheet: SheetCells, problems: SheetProblem[]): { data: Record<string, unknown>; rows: Map<string, number> } {
  const data: Record<string, unknown> = {};
  const rows = new Map<string, number>();
  sheet.rows.forEach((cells, r) => {
    if (r === 0) return;
    const field = fieldOfHeader(cells?.[0] ?? null, PLAN_FIELDS);
    if (!field) return;
    rows.set(field.path, r + 1);
    const cell = cells[1];
    if (isBlank(cell)) return;
    const converted = convert(cell as GridCell, field);
    if (converted.ok) setAt(data, field.path, converted.value);
    else problems.push(problemAt(file, { sheet: sheet.name, row: r + 1, column: 1, field }, converted.error));
  });
  return { data, rows };
}

const MISSING_SHEET = (name: string): Bilingual => ({
  vi: `thiếu trang tính “${name}” của danh mục`,
  en: `the catalog sheet “${name}” is missing`,
});

/** Read the catalog sheets (as written by catalogToSheets, then edited) back into a validated catalog file. */
export function sheetsToCatalog(sheets: readonly SheetCells[], file: string): SheetsReadResult {
  const problems: SheetProblem[] = [];
  const planSheet = findSheet(sheets, PLAN_SHEET);
  if (!planSheet) {
    const hint = {
      vi: `${MISSING_SHEET(PLAN_SHEET).vi}. Đây không phải bảng soát danh mục; bảng chỉ tiêu của tỉnh thì nhập bằng “Nhập bảng chỉ tiêu” (kehoach import-table).`,
      en: `${MISSING_SHEET(PLAN_SHEET).en}. This is not a catalog review workbook; import a province's target table with “Import target table” (kehoach import-table).`,
    };
    return { ok: false, problems: [{ file, path: "", message: hint, sheet: PLAN_SHEET }] };
  }
  const plan = readPlan(file, planSheet, problems);
  const tables = new Map<TableKey, ReadTable & { sheet: string }>();
  for (const spec of TABLES) {
    const sheet = findSheet(sheets, spec.sheet);
    if (!sheet) {
      if (spec.key === "targets") problems.push({ file, path: "", message: MISSING_SHEET(spec.sheet), sheet: spec.sheet });
      continue;
    }
    tables.set(spec.key, { ...readTable(file, spec, sheet, problems), sheet: sheet.name });
  }
  const planData = (plan.data.plan ?? {}) as Record<string, unknown>;
  const planId = planData.id;
  const recordsOf = (key: TableKey) => tables.get(key)?.records ?? [];
  // A new row may leave the plan column empty: it belongs to the plan of this catalog.
  for (const key of ["targets", "tasks"] as const) for (const r of recordsOf(key)) if (r.plan === undefined && planId !== undefined) r.plan = planId;
  const reporting = recordsOf("reporting");
  const catalog = {
    ...(plan.data.$schema !== undefined ? { $schema: plan.data.$schema } : {}),
    version: plan.data.version,
    plan: { ...planData, ...(reporting.length ? { reporting } : {}) },
    agencies: recordsOf("agencies"),
    targets: recordsOf("targets"),
    tasks: recordsOf("tasks"),
  };
  const loaded = loadCatalogs([{ file, data: catalog }]);
  if (loaded.ok && !problems.length) return { ok: true, catalog: loaded.catalog.files[0] };
  // A cell that could not be read is named once, not again as a missing field.
  const named = new Set(problems.map(cellKey));
  const schemaProblems = loaded.ok ? [] : loaded.problems.map((p) => locate(p, planSheet.name, plan.rows, tables)).filter((p) => !p.column || !named.has(cellKey(p)));
  return { ok: false, problems: [...problems, ...schemaProblems] };
}

const cellKey = (p: SheetProblem): string => `${p.sheet}!${p.column}${p.row}`;

const TABLE_PATH = /^(targets|agencies|tasks|plan\.reporting)\[(\d+)\]\.?(.*)$/;

/** The field a sub-path falls in: "baseline.year" → that column; "agencies[0]" → "agencies"; "baseline" → its first column. */
function fieldFor(rest: string, fields: readonly FieldSpec[]): FieldSpec | undefined {
  const path = rest.replace(/\[\d+\].*$/, "");
  if (!path) return undefined;
  return fields.find((x) => x.path === path) ?? fields.find((x) => path.startsWith(`${x.path}.`)) ?? fields.find((x) => x.path.startsWith(`${path}.`));
}

/** Move a schema problem ("targets[3].min") to the sheet, row and column it came from. */
function locate(p: Problem, planSheet: string, planRows: Map<string, number>, tables: Map<TableKey, ReadTable & { sheet: string }>): SheetProblem {
  const m = TABLE_PATH.exec(p.path);
  if (m) {
    const key: TableKey = m[1] === "plan.reporting" ? "reporting" : (m[1] as TableKey);
    const table = tables.get(key);
    const spec = TABLES.find((t) => t.key === key)!;
    if (table) {
      const field = fieldFor(m[3], spec.fields);
      return problemAt(p.file, { sheet: table.sheet, row: table.rows[Number(m[2])], column: field ? table.columns.get(field.path) : undefined, field }, p.message);
    }
  }
  const field = fieldFor(p.path, PLAN_FIELDS);
  if (field) {
    const row = planRows.get(field.path);
    return problemAt(p.file, { sheet: planSheet, row, column: row ? 1 : undefined, field: row ? field : field }, p.message);
  }
  return { ...p, message: { vi: `${p.path ? `${p.path}: ` : ""}${p.message.vi}`, en: `${p.path ? `${p.path}: ` : ""}${p.message.en}` }, path: "" };
}
