/**
 * A real client edits the review workbook: LibreOffice opens the catalog sheets and saves them again;
 * the catalog read back is unchanged. Skipped, with a message, where soffice is missing.
 */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { catalogFromXlsx, catalogToXlsx } from "../../src/xlsx/catalog-sheets";
import { loadCatalogFiles } from "../../src/node/catalog-files";
import { hasSoffice, soffice } from "./soffice";

if (!hasSoffice) console.warn("soffice (libreoffice-calc) not found: catalog review workbook LibreOffice test skipped");
const d = hasSoffice ? describe : describe.skip;

d("LibreOffice saves the catalog review workbook again", () => {
  test("bg-nq96 (ranges, baselines, reporting rules, 88 tasks) survives a LibreOffice save", async () => {
    const loaded = loadCatalogFiles();
    if (!loaded.ok) throw new Error("seeds do not load");
    const catalog = loaded.catalog.files.find((f) => f.plan.id === "bg-nq96")!;
    const dir = mkdtempSync(join(tmpdir(), "kehoach-lo-catalog-"));
    writeFileSync(join(dir, "review.xlsx"), await catalogToXlsx(catalog));
    mkdirSync(join(dir, "out"));
    soffice(dir, ["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", "out", "review.xlsx"]);
    const back = await catalogFromXlsx({ name: "review.xlsx", data: readFileSync(join(dir, "out", "review.xlsx")) });
    if (!back.ok) throw new Error(back.problems.slice(0, 5).map((p) => p.message.vi).join("\n"));
    expect(back.catalog).toEqual(catalog);
  });
});
