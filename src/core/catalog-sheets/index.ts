/** A catalog as worksheets and back: review in Excel, then "Lưu danh mục". */
export { catalogToSheets } from "./to-sheets";
export { sheetsToCatalog, type SheetCells, type SheetProblem, type SheetsReadResult } from "./from-sheets";
export { CATALOG_SHEET_NAMES, PLAN_SHEET, TARGETS_TABLE, AGENCIES_TABLE, TASKS_TABLE, REPORTING_TABLE } from "./spec";
export * from "./from-sheets";
