/**
 * A catalog file as worksheets for review in Excel: the plan (one field per row), then one
 * table each of targets, agencies, tasks and reporting rules, one record per row, every
 * field a column. Rendered by the ExcelJS writer (src/xlsx) and by Office.js (src/excel).
 */
import type { CatalogFile } from "../catalog/schema";
import { TEXT_FORMAT } from "../annex/layout";
import type { CellValue, LayoutRow, SheetLayout } from "../sheet/layout";
import { headerLabel, PLAN_FIELDS, PLAN_HEADER, PLAN_SHEET, TABLES, type FieldSpec, type TableSpec } from "./spec";

export function valueAt(record: unknown, path: string): unknown {
  let v: unknown = record;
  for (const key of path.split(".")) {
    if (!v || typeof v !== "object") return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

export function cellFor(field: FieldSpec, value: unknown): CellValue {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.join(field.type === "lines" ? "\n" : "; ");
  if (typeof value === "number" || typeof value === "string") return value;
  return JSON.stringify(value);
}

const formatOf = (field: FieldSpec): string | null => (field.type === "number" ? null : TEXT_FORMAT);

function sheet(name: string, widths: number[], rows: LayoutRow[]): SheetLayout {
  return {
    name,
    visibility: "visible",
    columns: widths.map((width) => ({ width, wrap: width >= 40 })),
    rows,
    merges: [],
    freeze: { rows: 1, columns: 0 },
    trafficLights: [],
    validations: [],
    inputAreas: [],
    protect: false,
  };
}

function tableSheet(spec: TableSpec, records: readonly unknown[]): SheetLayout {
  const formats = spec.fields.map(formatOf);
  const header: LayoutRow = { style: "header", cells: spec.fields.map(headerLabel) };
  const body: LayoutRow[] = records.map((r) => ({ style: "plain", cells: spec.fields.map((field) => cellFor(field, valueAt(r, field.path))), formats }));
  return sheet(spec.sheet, spec.fields.map((x) => x.width), [header, ...body]);
}

function planSheet(catalog: CatalogFile): SheetLayout {
  const header: LayoutRow = { style: "header", cells: [`${PLAN_HEADER.field.vi} (field)`, `${PLAN_HEADER.value.vi} (value)`] };
  const rows: LayoutRow[] = PLAN_FIELDS.map((field) => ({
    style: "plain",
    cells: [headerLabel(field), cellFor(field, valueAt(catalog, field.path))],
    formats: [TEXT_FORMAT, TEXT_FORMAT],
  }));
  return sheet(PLAN_SHEET, [40, 80], [header, ...rows]);
}

/** The catalog's sheets, in the order CATALOG_SHEET_NAMES lists them. */
export function catalogToSheets(catalog: CatalogFile): SheetLayout[] {
  const records: Record<TableSpec["key"], readonly unknown[]> = {
    targets: catalog.targets,
    agencies: catalog.agencies,
    tasks: catalog.tasks,
    reporting: catalog.plan.reporting ?? [],
  };
  return [planSheet(catalog), ...TABLES.map((spec) => tableSheet(spec, records[spec.key]))];
}
