/** Actuals as Vietnamese write them, read alike by `evaluate` and `annex --actuals`. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { annexCommand } from "../../src/cli/annex";
import { evaluateCommand, readActuals } from "../../src/cli/evaluate";
import { loadCatalogFiles } from "../../src/node/catalog-files";
import { readWorkbookFile } from "../../src/xlsx/read";

const loaded = loadCatalogFiles();
if (!loaded.ok) throw new Error("bundled catalog does not load");
const catalog = loaded.catalog;
const PLAN = "qn-cds-2024";
const AGENCY = "qn.so-thong-tin-va-truyen-thong";
const [first, second] = catalog.targets.filter((t) => t.plan === PLAN && t.agency === AGENCY);
const dir = mkdtempSync(join(tmpdir(), "kehoach-actuals-"));

describe("vi-VN numbers in an actuals file", () => {
  test("'15.295' is fifteen thousand in a file with decimal commas, with ';' columns, or with nothing to say otherwise", () => {
    for (const csv of [`${first.id},2024,15.295\n${second.id},2024,"14,5"\n`, `${first.id};2024;15.295\n${second.id};2024;14.5\n`, `${first.id},2024,15.295\n`]) {
      const { rows, errors } = readActuals(csv, catalog.targetById);
      expect(errors).toEqual([]);
      expect(rows[0].value).toBe(15295);
    }
  });

  test("in a file that writes decimals with '.', '1.500' is refused naming both readings, and the other rows are read", () => {
    const { rows, errors } = readActuals(`${first.id},2024,14.5\n${second.id},2024,1.500\n`, catalog.targetById);
    expect(rows.map((r) => r.value)).toEqual([14.5]);
    expect(errors).toHaveLength(1);
    expect(errors[0].line).toBe(2);
    expect(errors[0].message.vi).toContain("1500");
    expect(errors[0].message.vi).toContain("1,500");
  });
});

describe("annex --actuals with a bad row", () => {
  test("reports the bad row by line, builds the annex with the others, and exits 1 as evaluate does", async () => {
    const csv = join(dir, "actuals.csv");
    writeFileSync(csv, `id;period;value\n${first.id};2024-Q2;4.320\n${second.id};2024-Q2;abc\n`);
    const out = join(dir, "annex.xlsx");
    let err = "";
    const o = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
    const e = jest.spyOn(process.stderr, "write").mockImplementation((s) => ((err += String(s)), true));
    let code: number;
    try {
      code = await annexCommand.run(["--plan", PLAN, "--agency", AGENCY, "--period", "2024-Q2", "--actuals", csv, "--out", out], "vi");
    } finally {
      o.mockRestore();
      e.mockRestore();
    }
    expect(code).toBe(1);
    expect(err).toMatch(/actuals\.csv:3: .*abc/);
    const read = await readWorkbookFile({ name: "annex.xlsx", data: new Uint8Array(readFileSync(out)) });
    if (!read.ok) throw new Error(read.reason.vi);
    const rows = read.sheets[0].rows;
    const header = rows.find((r) => r.includes("Thực hiện kỳ báo cáo"))!;
    const row = rows.find((r) => r.includes(first.id))!;
    expect(row[header.indexOf("Thực hiện kỳ báo cáo")]).toBe(4320);
  });
});

describe("evaluate --plan", () => {
  test("judges only that plan's targets, and says how many rows of other plans it left out", async () => {
    const other = catalog.targets.find((t) => t.plan !== PLAN)!;
    const csv = join(dir, "two-plans.csv");
    writeFileSync(csv, `${first.id};2024;5\n${other.id};${other.year};1\n`);
    let out = "";
    let err = "";
    const o = jest.spyOn(process.stdout, "write").mockImplementation((s) => ((out += String(s)), true));
    const e = jest.spyOn(process.stderr, "write").mockImplementation((s) => ((err += String(s)), true));
    let code: number;
    try {
      code = await evaluateCommand.run(["--actuals", csv, "--plan", PLAN, "--json"], "vi");
    } finally {
      o.mockRestore();
      e.mockRestore();
    }
    expect(code).toBe(0);
    const ids = (JSON.parse(out) as { id: string }[]).map((r) => r.id);
    expect(new Set(ids)).toEqual(new Set(catalog.targets.filter((t) => t.plan === PLAN).map((t) => t.id)));
    expect(err).toContain("1 dòng thuộc kế hoạch khác, không đánh giá");
  });
});
