/** Office.js reads for the table import: at most two round trips each, whatever the size; merged areas and hidden columns come back 1-based. */
import { readSelectionTable, readSheets } from "../../src/excel/read-tables";

function fakeContext(values: unknown[][], options: { rowIndex: number; columnIndex: number; hidden: number[]; merged: string }) {
  let syncs = 0;
  const range = {
    load: () => undefined,
    isNullObject: false,
    values,
    numberFormat: values.map((row) => row.map((_, c) => (c === 3 ? "0.0%" : "General"))),
    rowIndex: options.rowIndex,
    columnIndex: options.columnIndex,
    rowCount: values.length,
    columnCount: values[0].length,
    getColumn: (i: number) => ({ load: () => undefined, columnHidden: options.hidden.includes(i) }),
    getMergedAreasOrNullObject: () => ({ load: () => undefined, isNullObject: false, address: options.merged }),
  };
  const sheet = { name: "Biểu 1", load: () => undefined, getUsedRange: () => ({}) };
  const selected = { worksheet: sheet, getIntersectionOrNullObject: () => range };
  const context = {
    workbook: { getSelectedRange: () => selected },
    sync: async () => void syncs++,
  };
  return { context: context as unknown as Excel.RequestContext, syncs: () => syncs };
}

beforeAll(() => {
  (globalThis as { Office?: unknown }).Office = { context: { requirements: { isSetSupported: () => true } } };
});
afterAll(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

test("the selection: values, merged areas and hidden columns in two syncs, placed where they are on the sheet", async () => {
  const rows = Array.from({ length: 600 }, (_, r) => (r === 0 ? ["STT", "Chỉ tiêu", "Mã nội bộ", "Kế hoạch năm 2026"] : [r, `Chỉ tiêu ${r}`, "", r * 2]));
  const fake = fakeContext(rows, { rowIndex: 3, columnIndex: 1, hidden: [2], merged: "'Biểu 1'!B4:B5, 'Biểu 1'!D4:E4" });
  const grid = await readSelectionTable(fake.context);
  expect(fake.syncs()).toBe(2);
  expect(grid).toMatchObject({ sheet: "Biểu 1", firstRow: 4, firstColumn: 2, hiddenColumns: [4] });
  expect(grid.merges).toEqual([
    { top: 4, left: 2, bottom: 5, right: 2 },
    { top: 4, left: 4, bottom: 4, right: 5 },
  ]);
  expect(grid.rows[1][2]).toBeNull();
  // Number formats come in the same round trip, so a "95%" cell (0.95) is read as shown.
  expect(grid.formats?.[1][3]).toBe("0.0%");
});

test("named sheets: two syncs for any number of sheets; missing ones left out; rows placed from the top of the sheet", async () => {
  let syncs = 0;
  const used = (name: string) => ({ load: () => undefined, isNullObject: false, values: [[`${name} A1`, "B1"]], rowIndex: 1, columnIndex: 0 });
  const context = {
    workbook: {
      worksheets: {
        load: () => undefined,
        items: [{ name: "DM Kế hoạch" }, { name: "DM Chỉ tiêu" }],
        getItem: (name: string) => ({ getUsedRangeOrNullObject: () => used(name) }),
      },
    },
    sync: async () => void syncs++,
  } as unknown as Excel.RequestContext;
  const sheets = await readSheets(context, ["DM Kế hoạch", "DM Chỉ tiêu", "DM Cơ quan"]);
  expect(syncs).toBe(2);
  expect(sheets.map((s) => s.name)).toEqual(["DM Kế hoạch", "DM Chỉ tiêu"]);
  expect(sheets[1].rows).toEqual([[], ["DM Chỉ tiêu A1", "B1"]]);
});
