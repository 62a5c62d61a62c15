import { OfficeMockObject } from "office-addin-mock";
import { listTables } from "../../src/excel/list-tables";

function workbookWith(tables: { name: string; sheet: string; headers: string[] }[]) {
  const data: Record<string, unknown> = {};
  tables.forEach((t, i) => {
    data[`header${i}`] = { values: [t.headers] };
    data[`sheet${i}`] = { name: t.sheet };
  });
  const mock = new OfficeMockObject({ context: { workbook: data } }) as any;
  const loads: string[] = [];
  // The collection itself: its items are known once "items/name" is loaded.
  mock.context.workbook.tables = {
    load: (what: string) => loads.push(what),
    items: tables.map((t, i) => ({
      name: t.name,
      getHeaderRowRange: () => mock.context.workbook[`header${i}`],
      worksheet: mock.context.workbook[`sheet${i}`],
    })),
  };
  const sync = jest.spyOn(mock.context, "sync");
  return { context: mock.context as Excel.RequestContext, sync, loads };
}

describe("listTables (Office.js)", () => {
  test("names, sheets and headers of every table in two round trips", async () => {
    const { context, sync, loads } = workbookWith([
      { name: "ChiTieu_1", sheet: "Chỉ tiêu", headers: ["STT", "Mã", "Thực hiện"] },
      { name: "BaoCao", sheet: "Báo cáo Sở", headers: ["Mã chỉ tiêu", "Số thực hiện"] },
    ]);
    const tables = await listTables(context);
    expect(loads).toEqual(["items/name"]);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(tables).toEqual([
      { name: "ChiTieu_1", sheet: "Chỉ tiêu", columns: ["STT", "Mã", "Thực hiện"] },
      { name: "BaoCao", sheet: "Báo cáo Sở", columns: ["Mã chỉ tiêu", "Số thực hiện"] },
    ]);
  });

  test("a workbook without tables costs one round trip", async () => {
    const { context, sync } = workbookWith([]);
    expect(await listTables(context)).toEqual([]);
    expect(sync).toHaveBeenCalledTimes(1);
  });
});
