/**
 * LibreOffice, a real client, opens and recalculates every kind of file the SpreadsheetML writer
 * produces, and shows on every sheet exactly what it shows for the file ExcelJS writes from the same
 * layouts: texts, figures in vi-VN formats, and the values and statuses its formulas compute.
 * Skipped, with a message, where soffice is missing.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exceljsXlsx } from "../../src/xlsx/write";
import { writeSpreadsheetML } from "../../src/xlsx/sml-write";
import { isFormula, type SheetLayout } from "../../src/core/sheet";
import { fileKinds, T1 } from "./sml-files";
import { csvRows, CSV_FILTER, hasSoffice, soffice } from "./soffice";

if (!hasSoffice) console.warn("soffice (libreoffice-calc) not found: LibreOffice tests of the SpreadsheetML writer skipped");
const d = hasSoffice ? describe : describe.skip;

/** Every sheet as CSV (filter option 12 = -1: one file per sheet, named "<file>-<sheet>.csv"). */
const ALL_SHEETS_CSV = `${CSV_FILTER},false,false,-1`;
/** The same sheets with every formula's cached result blanked. */
const withoutCachedResults = (sheet: SheetLayout): SheetLayout => ({
  ...sheet,
  rows: sheet.rows.map((row) => ({ ...row, cells: row.cells.map((v) => (isFormula(v) ? { formula: v.formula, result: null } : v)) })),
});
const KINDS = ["annex", "annex-with-tasks", "agency-annex", "tracking-list", "report", "catalog"];

d("LibreOffice opens and recalculates the SpreadsheetML writer's files", () => {
  const dir = mkdtempSync(join(tmpdir(), "kehoach-sml-lo-"));
  const sheetsOf = new Map<string, string[]>();
  beforeAll(async () => {
    const names: string[] = [];
    for (const kind of await fileKinds()) {
      sheetsOf.set(kind.name, kind.sheets.map((s) => s.name));
      writeFileSync(join(dir, `${kind.name}.sml.xlsx`), writeSpreadsheetML(kind.sheets));
      writeFileSync(join(dir, `${kind.name}.exceljs.xlsx`), await exceljsXlsx(kind.sheets));
      names.push(`${kind.name}.sml.xlsx`, `${kind.name}.exceljs.xlsx`);
      if (kind.name === "annex-with-tasks") {
        writeFileSync(join(dir, "uncached.sml.xlsx"), writeSpreadsheetML(kind.sheets.map(withoutCachedResults)));
        names.push("uncached.sml.xlsx");
      }
    }
    soffice(dir, ["--convert-to", ALL_SHEETS_CSV, "--outdir", join(dir, "csv"), ...names], { recalculate: true, utf8Names: true });
  });

  const csv = (file: string, sheet: string) => csvRows(readFileSync(join(dir, "csv", `${file}-${sheet}.csv`), "utf8"));

  test.each(KINDS)("%s: every sheet shows the same as the ExcelJS file", (kind) => {
    const exported = readdirSync(join(dir, "csv"));
    for (const sheet of sheetsOf.get(kind)!) {
      expect(exported).toContain(`${kind}.sml-${sheet}.csv`);
      const ours = csv(`${kind}.sml`, sheet);
      expect(ours.length).toBeGreaterThan(0);
      expect(ours).toEqual(csv(`${kind}.exceljs`, sheet));
    }
  });

  test("our formulas themselves compute the statuses: a file without cached results shows the same once recalculated", () => {
    const theirs = csv("annex-with-tasks.exceljs", "Phụ lục");
    const row = theirs.find((r) => r.includes(T1))!;
    expect(row.some((cell) => /^(Đạt|Vượt|Đúng tiến độ|Có nguy cơ|Chậm tiến độ|Không đạt)$/.test(cell))).toBe(true);
    expect(csv("uncached.sml", "Phụ lục")).toEqual(theirs);
  });
});
