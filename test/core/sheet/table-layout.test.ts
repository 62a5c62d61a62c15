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
