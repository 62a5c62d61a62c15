/** The Office.js WorkbookPort: each user operation is one module of src/excel, run in its own Excel.run. */
import type { WorkbookPort } from "../workbook/port";
import { insertTargets } from "./insert-targets";
import { flagStatus } from "./flag-status";
import { listTables } from "./list-tables";
import { selectRow } from "./select-row";

export function createExcelPort(): WorkbookPort {
  return {
    kind: "excel",
    insertTargets: (rows, options) => Excel.run((context) => insertTargets(context, rows, options)),
    listTables: () => Excel.run((context) => listTables(context)),
    flagStatus: (mapping) => Excel.run((context) => flagStatus(context, mapping)),
    selectRow: (row) => Excel.run((context) => selectRow(context, row)),
    // The annex writers carry the whole annex layout: loaded when first used, not with the pane.
    writeAnnex: async (annex) => (await import(/* webpackChunkName: "excel-annex" */ "./write-annex")).writeAnnex(annex),
    writeSheets: async (sheets) => {
      const { writeSheets } = await import(/* webpackChunkName: "excel-annex" */ "./write-sheets");
      return Excel.run((context) => writeSheets(context, sheets));
    },
  };
}
