/** Catalog → worksheets → catalog returns the same catalog, and edits made in Excel are read or named by sheet, row and column. */
import { catalogToSheets, sheetsToCatalog, type SheetCells } from "../../../src/core/catalog-sheets";
import { isFormula, type SheetLayout } from "../../../src/core/sheet/layout";
import { loadCatalogFiles } from "../../../src/node/catalog-files";
import { escapeFormulaText } from "../../../src/core/text/escape";
import type { CatalogFile } from "../../../src/core/catalog/schema";

/** What a writer puts in the cells (text escaped so it never becomes a formula). */
function cellsOf(layouts: SheetLayout[]): SheetCells[] {
  return layouts.map((l) => ({ name: l.name, rows: l.rows.map((r) => r.cells.map((v) => (typeof v === "string" ? escapeFormulaText(v) : isFormula(v) ? v.result : v))) }));
}

const seeds = (() => {
  const loaded = loadCatalogFiles();
  if (!loaded.ok) throw new Error("seeds do not load");
  return loaded.catalog.files;
})();

function sheetNamed(sheets: SheetCells[], name: string): SheetCells {
  return sheets.find((s) => s.name === name)!;
}

function columnOf(sheet: SheetCells, path: string): number {
  return sheet.rows[0].findIndex((h) => typeof h === "string" && h.endsWith(`(${path})`));
}

describe("catalog ⇄ worksheets", () => {
  test.each(seeds.map((c) => [c.plan.id, c] as [string, CatalogFile]))("%s comes back unchanged", (_id, catalog) => {
    const back = sheetsToCatalog(cellsOf(catalogToSheets(catalog)), "review.xlsx");
    if (!back.ok) throw new Error(back.problems.map((p) => p.message.vi).join("\n"));
    expect(back.catalog).toEqual(catalog);
  });

  test("one row per target, with its source quote, and the plan fields one per row", () => {
    const catalog = seeds[0];
    const sheets = cellsOf(catalogToSheets(catalog));
    const targets = sheetNamed(sheets, "DM Chỉ tiêu");
    expect(targets.rows.length).toBe(catalog.targets.length + 1);
    expect(targets.rows[1][columnOf(targets, "source.text")]).toBe(escapeFormulaText(catalog.targets[0].source.text));
    expect(sheetNamed(sheets, "DM Kế hoạch").rows.some((r) => r[0] === "Tên kế hoạch (plan.title)" && r[1] === catalog.plan.title)).toBe(true);
  });

  test("edits made with Excel's tools are read back: a renamed target, a vi-VN number typed as text, a new row without its plan id", () => {
    const catalog = seeds.find((c) => c.targets.length > 5)!;
    const sheets = cellsOf(catalogToSheets(catalog));
    const targets = sheetNamed(sheets, "DM Chỉ tiêu");
    const first = catalog.targets.find((t) => t.value !== undefined)!;
    const row = targets.rows.findIndex((r) => r[0] === first.id);
    targets.rows[row][columnOf(targets, "name")] = "Tên đã sửa của chỉ tiêu";
    targets.rows[row][columnOf(targets, "value")] = "14,5";
    const copy = [...targets.rows[row]];
    copy[columnOf(targets, "id")] = `${first.id}-moi`;
    copy[columnOf(targets, "plan")] = null;
    copy[columnOf(targets, "parent")] = null;
    targets.rows.push(copy);
    const back = sheetsToCatalog(sheets, "review.xlsx");
    if (!back.ok) throw new Error(back.problems.map((p) => p.message.vi).join("\n"));
    const edited = back.catalog.targets.find((t) => t.id === first.id)!;
    expect(edited.name).toBe("Tên đã sửa của chỉ tiêu");
    expect(edited.value).toBe(14.5);
    expect(back.catalog.targets.find((t) => t.id === `${first.id}-moi`)?.plan).toBe(catalog.plan.id);
  });

  test("problems are named by sheet, row and column, in Vietnamese and English", () => {
    const catalog = seeds.find((c) => c.targets.some((t) => t.min !== undefined))!;
    const sheets = cellsOf(catalogToSheets(catalog));
    const targets = sheetNamed(sheets, "DM Chỉ tiêu");
    const ranged = catalog.targets.findIndex((t) => t.min !== undefined);
    const row = ranged + 1;
    targets.rows[row][columnOf(targets, "min")] = 999; // above max
    targets.rows[2][columnOf(targets, "kind")] = "tăng";
    targets.rows[3][columnOf(targets, "year")] = "năm sau";
    targets.rows[4][columnOf(targets, "agency")] = "so-khong-co";
    const back = sheetsToCatalog(sheets, "review.xlsx");
    expect(back.ok).toBe(false);
    if (back.ok) return;
    const at = (r: number, path: string) => back.problems.find((p) => p.row === r + 1 && p.column === String.fromCharCode(65 + columnOf(targets, path)));
    expect(at(row, "min")?.message.vi).toMatch(/^Trang tính “DM Chỉ tiêu”, dòng \d+, cột [A-Z]+ “Từ \(min\)”: min \(999\) lớn hơn max/);
    expect(at(row, "min")?.message.en).toMatch(/^Sheet “DM Chỉ tiêu”, row \d+, column [A-Z]+ .*min \(999\) is greater than max/);
    expect(at(2, "kind")).toBeDefined();
    expect(at(3, "year")?.message.vi).toContain("không phải là số");
    expect(at(4, "agency")?.message.vi).toContain("so-khong-co");
  });

  test("a text that looks like a formula stays text both ways", () => {
    const catalog = structuredClone(seeds[0]);
    catalog.targets[0].note = "=HYPERLINK(\"http://x\")";
    const layouts = catalogToSheets(catalog);
    const sheets = cellsOf(layouts);
    const targets = sheetNamed(sheets, "DM Chỉ tiêu");
    expect(String(targets.rows[1][columnOf(targets, "note")]).startsWith("'=")).toBe(true);
    const back = sheetsToCatalog(sheets, "review.xlsx");
    expect(back.ok && back.catalog.targets[0].note).toBe(catalog.targets[0].note);
  });

  test("a province's own table is not a review workbook: the message points to the table import", () => {
    const back = sheetsToCatalog([{ name: "Biểu 01", rows: [["STT", "Chỉ tiêu", "Kế hoạch năm 2026"]] }], "bieu.xlsx");
    expect(!back.ok && back.problems[0].message.vi).toContain("kehoach import-table");
  });

  test("a missing targets sheet is named", () => {
    const sheets = cellsOf(catalogToSheets(seeds[0])).filter((s) => s.name !== "DM Chỉ tiêu");
    const back = sheetsToCatalog(sheets, "review.xlsx");
    expect(!back.ok && back.problems[0].message.vi).toContain("thiếu trang tính “DM Chỉ tiêu”");
  });
});
