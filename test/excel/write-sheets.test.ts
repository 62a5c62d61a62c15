import { OfficeMockObject } from "office-addin-mock";
import { writeSheets } from "../../src/excel/write-sheets";
import { layoutAnnexWorkbook } from "../../src/core/annex/layout";
import type { SheetLayout } from "../../src/core/sheet/layout";
import { buildAnnex } from "../../src/core/annex/build";
import { layoutSummarySheet } from "../../src/core/annex/summary";
import { loadCatalogsOrThrow } from "../../src/core/catalog/load";
import { BUNDLED_CATALOG_FILES } from "../../src/catalog-source/bundled";

/** Accepts any Office.js call chain and records the sheets added. */
function anything(log: string[], path = ""): any {
  return new Proxy(function () {}, {
    get: (_, key) => (key === "then" ? undefined : anything(log, `${path}.${String(key)}`)),
    apply: (_, __, args) => {
      if (path.endsWith("worksheets.add")) log.push(`add ${args[0]}`);
      if (path.endsWith("charts.add")) log.push(`chart ${args[0]}`);
      return anything(log, `${path}()`);
    },
    set: () => true,
  });
}

const catalog = loadCatalogsOrThrow(BUNDLED_CATALOG_FILES);

function layouts(): SheetLayout[] {
  const built = buildAnnex(catalog, { plan: "bg-2022", period: "2022", generatedAt: "2022-12-01T00:00:00Z" });
  if (!built.ok) throw new Error(built.error.vi);
  const { sheets } = layoutAnnexWorkbook(built.annex, { sheetNames: { targets: "Tổng hợp", tasks: "Đủ/thiếu" } });
  return [...sheets, { ...sheets[0], name: "_meta", visibility: "veryHidden" }];
}

test("writeSheets: unique names, hidden sheets skipped, two round trips", async () => {
  const mock = new OfficeMockObject({ context: { workbook: {} } }) as any;
  const log: string[] = [];
  const proxy = anything(log, "workbook");
  mock.context.workbook.worksheets = {
    load: () => undefined,
    items: [{ name: "Tổng hợp" }],
    add: (name: string) => {
      log.push(`add ${name}`);
      return proxy;
    },
  };
  const sync = jest.spyOn(mock.context, "sync");
  const result = await writeSheets(mock.context, layouts());
  expect(sync).toHaveBeenCalledTimes(2);
  expect(result.sheets).toEqual(["Tổng hợp (2)", "Đủ thiếu"]);
  expect(log.filter((l) => l.startsWith("add "))).toEqual(["add Tổng hợp (2)", "add Đủ thiếu"]);
});

test("the report's summary sheet gets an Excel chart (stacked bars per group); other sheets none", async () => {
  const mock = new OfficeMockObject({ context: { workbook: {} } }) as any;
  const log: string[] = [];
  mock.context.workbook.worksheets = { load: () => undefined, items: [], add: (name: string) => (log.push(`add ${name}`), anything(log, `sheet[${name}]`)) };
  const built = buildAnnex(catalog, { plan: "bg-2022", period: "2022", generatedAt: "2022-12-01T00:00:00Z", kind: "consolidated", showNoData: true });
  if (!built.ok) throw new Error(built.error.vi);
  await writeSheets(mock.context, [...layouts().slice(0, 1), layoutSummarySheet(built.annex, [])]);
  expect(log).toEqual(["add Tổng hợp", "add Tóm tắt", "chart BarStacked"]);
});
