import { buildTableLayout, targetRow } from "../../../src/core/sheet/table-layout";
import { loadCatalogsOrThrow } from "../../../src/core/catalog/load";
import { BUNDLED_CATALOG_FILES } from "../../../src/catalog-source/bundled";

const catalog = loadCatalogsOrThrow(BUNDLED_CATALOG_FILES);

describe("insert table layout", () => {
  test("ranges are written as vi-VN text, single values as numbers with their decimals", () => {
    const rows = [targetRow(catalog, catalog.targetById.get("bg-nq96.18")!), targetRow(catalog, catalog.targetById.get("bg-2024.23")!)];
    const layout = buildTableLayout(rows);
    expect(layout.left[0][4]).toBe("1–1,5");
    expect(layout.planFormats[0]).toEqual(["@"]);
    expect(layout.left[1][4]).toBe(1.8);
    expect(layout.planFormats[1]).toEqual(["#,##0.0"]);
    expect(layout.right[1][1]).toMatch(/^003_.*\.txt, dòng \d+$/);
  });
});

test("native formulas, where given, replace KH.PERCENT and KH.STATUS row by row", () => {
  const rows = [
    { id: "a", name: "Chỉ tiêu A", unit: "%", plan: 90, decimals: 0, agency: "Sở A", source: "x.txt, dòng 1", native: { percent: "=1", status: '="Đạt"' } },
    { id: "b", name: "Chỉ tiêu B", unit: "%", plan: 80, decimals: 0, agency: "Sở A", source: "x.txt, dòng 2" },
  ];
  expect(buildTableLayout(rows).formulas).toEqual([
    ["=1", '="Đạt"'],
    ["=KH.PERCENT([@Mã],[@[Thực hiện]])", "=KH.STATUS([@Mã],[@[Thực hiện]])"],
  ]);
});
