/** The catalog review workbook through ExcelJS: written, read back the same, for every seed catalog. */
import ExcelJS from "exceljs";
import { catalogFromXlsx, catalogToXlsx } from "../../src/xlsx/catalog-sheets";
import { loadCatalogFiles } from "../../src/node/catalog-files";

const loaded = loadCatalogFiles();
const seeds = loaded.ok ? loaded.catalog.files : [];

describe("catalog review workbook (.xlsx)", () => {
  test.each(seeds.map((c) => [c.plan.id, c] as const))("%s: catalog → .xlsx → catalog is the identity", async (_id, catalog) => {
    const bytes = await catalogToXlsx(catalog);
    const back = await catalogFromXlsx({ name: "review.xlsx", data: bytes });
    if (!back.ok) throw new Error(back.problems.map((p) => p.message.vi).join("\n"));
    expect(back.catalog).toEqual(catalog);
  });

  test("text columns are formatted as text, so Excel keeps ids like 01 and dates as typed", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await catalogToXlsx(seeds[0])).buffer as ArrayBuffer);
    const ws = workbook.getWorksheet("DM Chỉ tiêu")!;
    expect(ws.getCell(2, 1).numFmt).toBe("@");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["DM Kế hoạch", "DM Chỉ tiêu", "DM Cơ quan", "DM Nhiệm vụ", "DM Báo cáo"]);
  });
});
