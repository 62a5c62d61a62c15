/** Import targets from a table (.xlsx sheet, .csv, selected range) into a draft catalog. */
export { importTable } from "./import";
export { readAmount } from "./cells";
export { actualsCsv, csvGrid } from "./csv";
export { formatTableProblem } from "./problems";
export type { ColumnChoice, ColumnInfo, ImportQuestion, MergedArea, OfferedActual, TableGrid, TableImportOptions, TableImportResult, TableProblem } from "./types";
export * from "./types";
