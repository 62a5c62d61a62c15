/** Office.js reads for the table import: at most two round trips each, whatever the size; merged areas and hidden columns come back 1-based. */
import { readSelectionTable, readSheets } from "../../src/excel/read-tables";
import { importTable } from "../../src/core/table-import";

/** Office.js proxies: a property is readable only once loaded and synced, as in Excel; `syncs` counts the round trips. */
function fakeExcel() {
  let syncs = 0;
  const pending: (() => void)[] = [];
  function proxy<T extends Record<string, unknown>>(props: T, methods: Record<string, unknown> = {}) {
    const loaded = new Set<string>();
    const object: Record<string, unknown> = {
      ...methods,
      load: (names: string) => pending.push(() => names.split(",").forEach((n) => loaded.add(n.trim()))),
    };
    for (const key of Object.keys(props)) {
      Object.defineProperty(object, key, {
        get: () => {
          if (!loaded.has(key)) throw new Error(`PropertyNotLoaded: ${key}`);
          return props[key];
        },
      });
    }
    return object as T & { load(names: string): void };
  }
  const sync = async () => {
    syncs++;
    pending.splice(0).forEach((f) => f());
  };
  return { proxy, sync, syncs: () => syncs };
}

function fakeContext(values: unknown[][], options: { rowIndex: number; columnIndex: number; hidden: number[]; merged: string; visible?: string }) {
  const excel = fakeExcel();
  const range = excel.proxy(
    {
      values,
      numberFormat: values.map((row) => row.map((_, c) => (c === 3 ? "0.0%" : "General"))),
      rowIndex: options.rowIndex,
      columnIndex: options.columnIndex,
      rowCount: values.length,
      columnCount: values[0].length,
    },
    {
      isNullObject: false,
      getColumn: (i: number) => excel.proxy({ columnHidden: options.hidden.includes(i) }),
      getMergedAreasOrNullObject: () => Object.assign(excel.proxy({ address: options.merged }), { isNullObject: false }),
      getSpecialCellsOrNullObject: (type: string) => {
        if (type !== "Visible") throw new Error(`unexpected special cells ${type}`);
        return Object.assign(excel.proxy({ address: options.visible ?? "" }), { isNullObject: options.visible === undefined });
      },
    },
  );
  const sheet = excel.proxy({ name: "Biểu 1" }, { getUsedRange: () => ({}) });
  const selected = { worksheet: sheet, getIntersectionOrNullObject: () => range };
  const context = { workbook: { getSelectedRange: () => selected }, sync: excel.sync };
  return { context: context as unknown as Excel.RequestContext, syncs: excel.syncs };
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

test("hidden rows in the selection (by hand or by a filter) are found in the same two syncs, and the import skips them and says which", async () => {
  const rows = [
    ["STT", "Chỉ tiêu", "Mã nội bộ", "ĐVT", "Kế hoạch năm 2026"],
    [1, "Số doanh nghiệp thành lập mới", "DN", "Doanh nghiệp", 900],
    [2, "Số hợp tác xã thành lập mới", "HTX", "Hợp tác xã", 40],
    [3, "Số tổ hợp tác thành lập mới", "THT", "Tổ hợp tác", 25],
    [4, "Số lao động được tạo việc làm", "LĐ", "Người", 15000],
  ];
  // Rows 3 and 5 of a selection B1:F5 are hidden; column D is hidden too, so the visible cells come in four areas.
  const fake = fakeContext(rows, { rowIndex: 0, columnIndex: 1, hidden: [2], merged: "", visible: "'Biểu 1, đợt 2'!B1:C2,'Biểu 1, đợt 2'!E1:F2,'Biểu 1, đợt 2'!B4:C4,'Biểu 1, đợt 2'!E4:F4" });
  const grid = await readSelectionTable(fake.context);
  expect(fake.syncs()).toBe(2);
  expect(grid.hiddenRows).toEqual([3, 5]);
  const result = importTable(grid);
  if (result.kind !== "catalog") throw new Error(JSON.stringify(result));
  expect(result.catalog.targets.map((t) => t.name)).toEqual(["Số doanh nghiệp thành lập mới", "Số tổ hợp tác thành lập mới"]);
  expect(result.warnings.map((w) => w.message.vi)).toContainEqual(expect.stringContaining("2 dòng bị ẩn không được đọc (dòng 3, 5)"));
});
