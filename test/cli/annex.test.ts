/** `kehoach annex` and `kehoach consolidate`, on the bundled catalog and on a catalog file. */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { annexCommand } from "../../src/cli/annex";
import { consolidateCommand, INCOMPLETE } from "../../src/cli/consolidate";
import { loadCatalogFiles } from "../../src/node/catalog-files";
import { readWorkbookFile } from "../../src/xlsx/read";
import { parseMetaGrid } from "../../src/core/annex/meta";
import { syntheticCatalogFile } from "../core/annex/synthetic";
import { runCommand } from "./run-cli";

const loaded = loadCatalogFiles();
if (!loaded.ok) throw new Error("bundled catalog does not load");
const catalog = loaded.catalog;
const PLAN = "qn-cds-2024";
const AGENCY = "qn.so-thong-tin-va-truyen-thong";

const run = runCommand;

async function metaOf(path: string) {
  const read = await readWorkbookFile({ name: "x.xlsx", data: new Uint8Array(readFileSync(path)) });
  if (!read.ok) throw new Error(read.reason.vi);
  const parsed = parseMetaGrid(read.sheets.find((s) => s.name === "_kehoach")!.rows);
  if (!parsed.ok) throw new Error(parsed.message.vi);
  return { meta: parsed.records[0], sheets: read.sheets };
}

const dir = mkdtempSync(join(tmpdir(), "kehoach-cli-annex-"));

describe("kehoach annex", () => {
  test("an agency named without diacritics gets its own annex", async () => {
    const out = join(dir, "sttt.xlsx");
    const r = await run(annexCommand, ["--plan", PLAN, "--agency", "So Thong tin va Truyen thong", "--period", "2024-Q2", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Đã ghi");
    const { meta, sheets } = await metaOf(out);
    expect(meta).toMatchObject({ plan: PLAN, agency: AGENCY, period: "2024-Q2", catalogVersion: catalog.files.find((f) => f.plan.id === PLAN)!.version });
    const own = catalog.targets.filter((t) => t.plan === PLAN && t.agency === AGENCY).map((t) => t.id);
    const ids = sheets[0].rows.flat().filter((c): c is string => typeof c === "string" && c.startsWith(`${PLAN}.`));
    expect(new Set(ids)).toEqual(new Set(own));
  });

  test("a missing --actuals file is unusable input: exit 2 and no annex, as in evaluate", async () => {
    const out = join(dir, "no-actuals.xlsx");
    const r = await run(annexCommand, ["--plan", PLAN, "--agency", AGENCY, "--period", "2024-Q2", "--actuals", join(dir, "absent.csv"), "--out", out]);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  test("--actuals fills this period, the same period last year and the full-year estimate", async () => {
    const target = catalog.targets.find((t) => t.plan === PLAN && t.agency === AGENCY)!;
    const csv = join(dir, "actuals.csv");
    writeFileSync(csv, `id;period;value\n${target.id};2024-Q2;"42,5"\n${target.id};2023-Q2;30\n${target.id};2024;88\n`);
    const out = join(dir, "with-actuals.xlsx");
    const r = await run(annexCommand, ["--plan", PLAN, "--agency", AGENCY, "--period", "2024-Q2", "--actuals", csv, "--out", out, "--json"]);
    expect(r.code).toBe(0);
    const records = JSON.parse(r.out) as { withActual: number }[];
    expect(Array.isArray(records)).toBe(true); // --json always prints one array
    expect(records[0].withActual).toBe(1);
    const { sheets } = await metaOf(out);
    const header = sheets[0].rows.find((row) => row.includes("Thực hiện kỳ báo cáo"))!;
    const row = sheets[0].rows.find((row) => row.includes(target.id))!;
    expect(row[header.indexOf("Thực hiện kỳ báo cáo")]).toBe(42.5);
    expect(row[header.indexOf("Thực hiện cùng kỳ năm trước")]).toBe(30);
    expect(row[header.indexOf("Ước thực hiện cả năm")]).toBe(88);
  });

  test("without --agency the annex covers every agency of the plan", async () => {
    const out = join(dir, "all.xlsx");
    expect((await run(annexCommand, ["--plan", PLAN, "--period", "2024", "--out", out])).code).toBe(0);
    const { meta, sheets } = await metaOf(out);
    expect(meta.agency).toBe("*");
    expect(sheets[0].rows.some((r) => r.includes("Cơ quan chủ trì"))).toBe(true);
  });

  test("unknown plan, agency or period: a clear message and a failing exit code", async () => {
    const out = join(dir, "never.xlsx");
    const plan = await run(annexCommand, ["--plan", "khong-co", "--period", "2024-Q2", "--out", out]);
    expect(plan.code).toBe(1);
    expect(plan.err).toContain("Không có kế hoạch");
    const agency = await run(annexCommand, ["--plan", PLAN, "--agency", "Sở Không Tồn Tại", "--period", "2024-Q2", "--out", out]);
    expect(agency.code).toBe(1);
    expect(agency.err).toContain("Không có cơ quan");
    const period = await run(annexCommand, ["--plan", PLAN, "--period", "2024-Q7", "--out", out]);
    expect(period.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

describe("kehoach consolidate", () => {
  test("merges good files, lists the bad ones with reasons, and writes the workbook", async () => {
    const good = join(dir, "with-actuals.xlsx");
    if (!existsSync(good)) {
      await run(annexCommand, ["--plan", PLAN, "--agency", AGENCY, "--period", "2024-Q2", "--out", good]);
    }
    const wrongPeriod = join(dir, "q1.xlsx");
    await run(annexCommand, ["--plan", PLAN, "--agency", AGENCY, "--period", "2024-Q1", "--out", wrongPeriod]);
    const notXlsx = join(dir, "bao-cao.xlsx");
    writeFileSync(notXlsx, "đây không phải bảng tính");
    const out = join(dir, "tong-hop.xlsx");
    const r = await run(consolidateCommand, [good, wrongPeriod, notXlsx, join(dir, "missing.xlsx"), "--period", "2024-Q2", "--out", out, "--json"]);
    // Files were refused: a distinct exit code for scripts, and the report is still written.
    expect(r.code).toBe(INCOMPLETE);
    expect(existsSync(out)).toBe(true);
    // --json prints one array (as every --json does); each record names its kind.
    const records = JSON.parse(r.out) as Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(Array.isArray(records)).toBe(true);
    expect(records[0]).toMatchObject({ kind: "report", out, plan: PLAN, period: "2024-Q2" });
    const files = records.filter((x) => x.kind === "file");
    expect(files.filter((x) => x.status === "accepted").map((a) => a.file)).toEqual(["with-actuals.xlsx"]);
    const reasons = Object.fromEntries(files.filter((x) => x.status === "rejected").map((x) => [x.file, x.reason.vi]));
    expect(reasons["q1.xlsx"]).toContain("2024-Q1");
    expect(reasons["bao-cao.xlsx"]).toContain("không phải tệp .xlsx");
    expect(reasons["missing.xlsx"]).toContain("không tìm thấy");
    expect(r.err).toContain("q1.xlsx");
    const { meta } = await metaOf(out);
    expect(meta).toMatchObject({ kind: "consolidated", plan: PLAN, period: "2024-Q2" });
  });
});

describe("--catalog: a province's own catalog instead of the bundled one", () => {
  test("annex and consolidate work on a catalog file (as `kehoach extract --out` writes one)", async () => {
    const own = syntheticCatalogFile({ agencies: 2, targetsPerAgency: 3, planId: "tinh-y-2024" });
    const catalogPath = join(dir, "tinh-y.json");
    writeFileSync(catalogPath, JSON.stringify(own));
    const annexPath = join(dir, "tinh-y-so-1.xlsx");
    const made = await run(annexCommand, ["--catalog", catalogPath, "--plan", "tinh-y-2024", "--agency", "so-1", "--period", "2024-Q2", "--out", annexPath]);
    expect(made.code).toBe(0);
    const bundledOnly = await run(annexCommand, ["--plan", "tinh-y-2024", "--period", "2024-Q2", "--out", join(dir, "x.xlsx")]);
    expect(bundledOnly.code).toBe(1);
    expect(bundledOnly.err).toContain('Không có kế hoạch "tinh-y-2024"');

    const out = join(dir, "tinh-y-tong-hop.xlsx");
    const merged = await run(consolidateCommand, [annexPath, "--catalog", catalogPath, "--period", "2024-Q2", "--out", out, "--json"]);
    expect(merged.code).toBe(INCOMPLETE); // so-2 sent nothing
    const records = JSON.parse(merged.out) as { kind: string; plan?: string; agency?: string; status?: string }[];
    expect(records[0].plan).toBe("tinh-y-2024");
    expect(records.filter((c) => c.kind === "agency").map((c) => [c.agency, c.status])).toEqual([
      ["so-1", "partial"],
      ["so-2", "missing"],
    ]);
  });

  test("a catalog file that does not validate stops the command with the problem and where it is", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ version: "1", plan: { id: "x" } }));
    const r = await run(consolidateCommand, [join(dir, "tinh-y-so-1.xlsx"), "--catalog", bad, "--period", "2024-Q2", "--out", join(dir, "y.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("bad.json");
  });
});
