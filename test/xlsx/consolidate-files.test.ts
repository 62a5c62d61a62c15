/** The consolidate conductor (pane and CLI): inputs read one at a time, same-named files told apart, repeats merged once, exit codes. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildAnnex } from "../../src/core/annex/build";
import { annexToXlsx } from "../../src/xlsx/annex-xlsx";
import { consolidateFiles } from "../../src/xlsx/consolidate";
import { annexInput } from "../../src/node/read-annexes";
import { consolidateCommand } from "../../src/cli/consolidate";
import { syntheticCatalog, syntheticCatalogFile } from "../core/annex/synthetic";

const catalog = syntheticCatalog({ agencies: 3, targetsPerAgency: 2 });
const T1 = "tinh-x-2024.t0001";
const dir = mkdtempSync(join(tmpdir(), "kehoach-consolidate-files-"));

async function annexFile(path: string, agency: string | undefined, actual: number, c = catalog): Promise<string> {
  const built = buildAnnex(c, { plan: "tinh-x-2024", agency, period: "2024-Q2", generatedAt: "2024-06-10T02:00:00.000Z", actuals: new Map([[T1, { actual }]]) });
  if (!built.ok) throw new Error(built.error.vi);
  writeFileSync(path, await annexToXlsx(built.annex));
  return path;
}

describe("consolidateFiles", () => {
  test("two files with the same name in different folders are told apart by their path in Xung đột", async () => {
    mkdirSync(join(dir, "dot1"));
    mkdirSync(join(dir, "dot2"));
    const a = await annexFile(join(dir, "dot1", "bao-cao.xlsx"), "so-1", 100);
    const b = await annexFile(join(dir, "dot2", "bao-cao.xlsx"), undefined, 120);
    const out = await consolidateFiles(catalog, [a, b].map(annexInput), { period: "2024-Q2", now: "2024-06-20T00:00:00Z" });
    if (!out.ok) throw new Error(out.error.vi);
    expect(new Set(out.result.conflicts.map((c) => c.file))).toEqual(new Set([a, b]));
    expect(out.result.submissions.map((s) => s.file)).toEqual([a, b]);
  });

  test("the same file given twice is merged once, with a warning", async () => {
    const a = await annexFile(join(dir, "so1.xlsx"), "so-1", 100);
    const out = await consolidateFiles(catalog, [a, join(dir, ".", "so1.xlsx")].map(annexInput), { period: "2024-Q2", now: "2024-06-20T00:00:00Z" });
    if (!out.ok) throw new Error(out.error.vi);
    expect(out.result.submissions).toHaveLength(1);
    expect(out.result.rejected).toEqual([expect.objectContaining({ reason: expect.objectContaining({ vi: expect.stringContaining("một lần") }) })]);
    expect(out.result.timeliness.filter((t) => t.agencyId === "so-1")).toHaveLength(1);
  });

  test("a sheet of 60,000 rows is refused with its reason, without reading past the cap; the other file is merged", async () => {
    const { unzipSync, zipSync, strToU8, strFromU8 } = await import("fflate");
    const good = await annexFile(join(dir, "tot.xlsx"), "so-2", 7);
    const files = unzipSync(readFileSync(await annexFile(join(dir, "lon.xlsx"), "so-1", 1)));
    const sheet = Object.keys(files).find((n) => /xl\/worksheets\/sheet\d+\.xml$/.test(n))!;
    const extra: string[] = [];
    for (let r = 100; r < 60_100; r++) extra.push(`<row r="${r}"><c r="A${r}"><v>1</v></c></row>`);
    files[sheet] = strToU8(strFromU8(files[sheet]).replace("</sheetData>", `${extra.join("")}</sheetData>`));
    writeFileSync(join(dir, "lon.xlsx"), zipSync(files, { level: 1 }));
    const out = await consolidateFiles(catalog, [join(dir, "lon.xlsx"), good].map(annexInput), { period: "2024-Q2", now: "2024-06-20T00:00:00Z" });
    if (!out.ok) throw new Error(out.error.vi);
    expect(out.result.rejected.find((r) => r.file === "lon.xlsx")?.reason.vi).toMatch(/hơn 20\.000 dòng/);
    expect(out.result.submissions.map((s) => s.file)).toEqual(["tot.xlsx"]);
  });

  test("kehoach consolidate exits 0 when every agency's file is merged, and 3 when one is missing (the report is written either way)", async () => {
    const own = syntheticCatalogFile({ agencies: 1, targetsPerAgency: 2 });
    const catalogPath = join(dir, "one.json");
    writeFileSync(catalogPath, JSON.stringify(own));
    const { loadCatalogsOrThrow } = await import("../../src/core/catalog/load");
    const one = loadCatalogsOrThrow([{ file: "one.json", data: own }]);
    const annex = await annexFile(join(dir, "only.xlsx"), "so-1", 5, one);
    const quiet = (args: string[]) => {
      const o = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
      const e = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
      return Promise.resolve(consolidateCommand.run(args, "vi")).finally(() => (o.mockRestore(), e.mockRestore()));
    };
    expect(await quiet([annex, "--catalog", catalogPath, "--period", "2024-Q2", "--out", join(dir, "th1.xlsx")])).toBe(0);
    const two = join(dir, "two.json");
    writeFileSync(two, JSON.stringify(syntheticCatalogFile({ agencies: 2, targetsPerAgency: 2 })));
    expect(await quiet([annex, "--catalog", two, "--period", "2024-Q2", "--out", join(dir, "th2.xlsx")])).toBe(3);
  });
});
