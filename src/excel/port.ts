/** The Office.js WorkbookPort: each user operation is one module of src/excel, run in its own Excel.run. */
import type { WorkbookPort } from "../workbook/port";
import { listTables } from "./list-tables";
import { selectRow } from "./select-row";
import { runExplained } from "./office-errors";

export function createExcelPort(): WorkbookPort {
  return {
    kind: "excel",
    // Excel 2016/2019 volume licences and others without the custom-functions runtime show #NAME? for KH.*.
    customFunctions: typeof Office === "undefined" || Office.context?.requirements?.isSetSupported("CustomFunctionsRuntime", "1.1") !== false,
    // Inserting carries the table layout and its plan: loaded on the first insert, not with the pane.
    insertTargets: async (rows, options) => {
      const { insertTargets } = await import(/* webpackChunkName: "excel-insert" */ "./insert-targets");
      return runExplained((context) => insertTargets(context, rows, options));
    },
    listTables: () => runExplained((context) => listTables(context)),
    // Judging a sheet carries the evaluation rules: loaded on the first flag, not with the pane.
    flagStatus: async (mapping) => {
      const { flagStatus } = await import(/* webpackChunkName: "excel-flag" */ "./flag-status");
      return runExplained((context) => flagStatus(context, mapping));
    },
    selectRow: (row) => runExplained((context) => selectRow(context, row)),
    // The annex writers carry the whole annex layout: loaded when first used, not with the pane.
    writeAnnex: async (request) => (await import(/* webpackChunkName: "excel-annex" */ "./write-annex")).writeAnnex(request),
    readAnnexSheets: async () => (await import(/* webpackChunkName: "excel-annex" */ "./write-annex")).readAnnexSheets(),
    readSelectionTable: async () => {
      const { readSelectionTable } = await import(/* webpackChunkName: "excel-tables" */ "./read-tables");
      return runExplained((context) => readSelectionTable(context));
    },
    readSheets: async (names) => {
      const { readSheets } = await import(/* webpackChunkName: "excel-tables" */ "./read-tables");
      return runExplained((context) => readSheets(context, names));
    },
    writeSheets: async (sheets) => {
      const { writeSheets } = await import(/* webpackChunkName: "excel-annex" */ "./write-sheets");
      return runExplained((context) => writeSheets(context, sheets));
    },
  };
}
