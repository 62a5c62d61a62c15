/** `kehoach annex --each-agency --out-dir DIR`: one annex per agency with targets or tasks, a tracking list, agencies by name; the files consolidate. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { annexCommand } from "../../src/cli/annex";
import { TRACKING_FILE } from "../../src/cli/annex-each";
import { readWorkbookFile } from "../../src/xlsx/read";
import { consolidateFiles } from "../../src/xlsx/consolidate";
import { syntheticCatalog, syntheticCatalogFile } from "../core/annex/synthetic";
import { runCommand } from "./run-cli";

const run = (args: string[]) => runCommand(annexCommand, args);

// Three agencies with targets (two with tasks), and the recipient Sở Tài chính, which has nothing to report.
const file = syntheticCatalogFile({ agencies: 3, targetsPerAgency: 2 });
const catalog = syntheticCatalog({ agencies: 3, targetsPerAgency: 2 });
const dir = mkdtempSync(join(tmpdir(), "kehoach-each-"));
const catalogPath = join(dir, "catalog.json");
writeFileSync(catalogPath, JSON.stringify(file));

describe("kehoach annex --each-agency", () => {
  const out = join(dir, "gui");
  let result: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    result = await run(["--plan", "tinh-x-2024", "--period", "2024-Q2", "--catalog", catalogPath, "--each-agency", "--out-dir", out]);
  });

  test("one file per agency with targets or tasks, named by the agency's name, and the tracking list", () => {
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      TRACKING_FILE,
      "phu-luc-tinh-x-2024-2024-Q2-so-nganh-so-1.xlsx",
      "phu-luc-tinh-x-2024-2024-Q2-so-nganh-so-2.xlsx",
      "phu-luc-tinh-x-2024-2024-Q2-so-nganh-so-3.xlsx",
    ]);
    expect(result.out).toContain("3 phụ lục");
  });

  test("the tracking list names each agency, its file, its targets and tasks, and the deadline", async () => {
    const read = await readWorkbookFile({ name: TRACKING_FILE, data: new Uint8Array(readFileSync(join(out, TRACKING_FILE))) });
    if (!read.ok) throw new Error(read.reason.vi);
    const rows = read.sheets.find((s) => s.name === "Danh sách gửi")!.rows;
    const header = rows.findIndex((r) => r[0] === "STT");
    expect(rows[header]).toEqual(["STT", "Cơ quan, đơn vị", "Tệp phụ lục", "Số chỉ tiêu", "Số nhiệm vụ", "Hạn gửi lại"]);
    // so-1 leads targets 1, 2 and the sub-target of 1; each agency leads one task; quarterly annexes are due before the 15th.
    expect(rows[header + 1]).toEqual(["1", "Sở Ngành Số 1", "phu-luc-tinh-x-2024-2024-Q2-so-nganh-so-1.xlsx", 3, 1, "14/6/2024"]);
    expect(rows[header + 3]).toEqual(["3", "Sở Ngành Số 3", "phu-luc-tinh-x-2024-2024-Q2-so-nganh-so-3.xlsx", 2, 1, "14/6/2024"]);
    expect(rows.flat().some((c) => typeof c === "string" && c.startsWith("so-"))).toBe(false);
  });

  test("the annexes sent back consolidate, and completeness lists exactly the agencies that were sent one", async () => {
    const files = readdirSync(out)
      .filter((f) => f !== TRACKING_FILE)
      .slice(0, 2)
      .map((f) => ({ name: f, data: new Uint8Array(readFileSync(join(out, f))) }));
    const report = await consolidateFiles(catalog, files, { period: "2024-Q2", now: "2024-06-20T00:00:00Z" });
    if (!report.ok) throw new Error(report.error.vi);
    expect(report.result.completeness.map((c) => [c.agencyName, c.status === "missing"])).toEqual([
      ["Sở Ngành Số 1", false],
      ["Sở Ngành Số 2", false],
      ["Sở Ngành Số 3", true],
    ]);
  });

  test("an existing file is refused before anything is written, unless --force", async () => {
    const again = await run(["--plan", "tinh-x-2024", "--period", "2024-Q2", "--catalog", catalogPath, "--each-agency", "--out-dir", out]);
    expect(again.code).toBe(1);
    expect(again.err).toContain("--force");
    const forced = await run(["--plan", "tinh-x-2024", "--period", "2024-Q2", "--catalog", catalogPath, "--each-agency", "--out-dir", out, "--force"]);
    expect(forced.code).toBe(0);
  });

  test("without --out-dir, --each-agency says what is missing", async () => {
    const r = await run(["--plan", "tinh-x-2024", "--period", "2024-Q2", "--catalog", catalogPath, "--each-agency"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--out-dir");
  });
});
