import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Target } from "../../src/core/catalog/schema";
import { parseCsv } from "../../src/core/text/csv";
import { readActuals } from "../../src/cli/evaluate";
import { loadCatalogFiles } from "../../src/node/catalog-files";

const ROOT = resolve(__dirname, "../..");
let dir: string;

function kehoach(...args: string[]) {
  const r = spawnSync(process.execPath, ["scripts/kehoach.cjs", ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, KEHOACH_LANG: "" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.split("\n").filter((l) => !/npm warn/i.test(l)).join("\n") };
}

const source = { file: "test.txt", line: 1, text: "thử" };
const common = { plan: "t", group: "Kinh tế", source };
const TARGETS = [
  { ...common, id: "t.grdp", name: "Tốc độ tăng trưởng GRDP", unit: "%", min: 15, max: 16, comparator: "~", kind: "rate", direction: "increase", year: 2024 },
  { ...common, id: "t.thu", name: "Thu ngân sách nhà nước", unit: "tỷ đồng", value: 15000, comparator: "=", kind: "flow", direction: "increase", year: 2024 },
  { ...common, id: "t.ngheo", name: "Tỷ lệ hộ nghèo", unit: "%", min: 1, max: 1.5, comparator: "~", kind: "change", direction: "decrease", year: 2025, baseline: { year: 2020, value: 6 } },
  { ...common, id: "t.rung", name: "Tỷ lệ che phủ rừng", unit: "%", value: 40, comparator: "=", kind: "level", direction: "increase", year: 2030, baseline: { year: 2021, value: 37 } },
];

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content, "utf8");
  return path;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kehoach-evaluate-"));
  file("targets.json", JSON.stringify(TARGETS));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MIXED_CSV = [
  "\uFEFFid,period,value",
  't.grdp,2024-6M,"10,94"',
  "t.thu,2024-6M,7650",
  "t.thu,2024,15295.5",
  "t.rung,2024,38",
  "t.nope,2024,1",
  "t.grdp,2024-Q5,3",
  "t.rung,2023,abc",
].join("\r\n");

describe("kehoach evaluate", () => {
  test("judges every good row, reports the bad ones by line, adds no_data for targets without actuals, exits 1", () => {
    const r = kehoach("evaluate", "--targets", join(dir, "targets.json"), "--actuals", file("mixed.csv", MIXED_CSV), "--json");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/mixed\.csv:6: .*t\.nope/);
    expect(r.stderr).toMatch(/mixed\.csv:7: .*2024-Q5/);
    expect(r.stderr).toMatch(/mixed\.csv:8: .*abc/);
    const records = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(records.map((x) => [x.id, x.period, x.status])).toEqual([
      ["t.grdp", "2024-6M", "at_risk"],
      ["t.thu", "2024-6M", "on_track"],
      ["t.thu", "2024", "achieved"],
      ["t.rung", "2024", "on_track"],
      ["t.ngheo", "2024", "no_data"],
    ]);
    expect(Object.keys(records[0]).slice(0, 7)).toEqual(["id", "period", "value", "expected", "percentOfPlan", "status", "reason"]);
    expect(records[0]).toMatchObject({ value: 10.94, expected: 15, percentOfPlan: 72.7 });
    expect(records[1]).toMatchObject({ value: 7650, expected: 7500, percentOfPlan: 51 });
    expect(records[2]).toMatchObject({ value: 15295.5, percentOfPlan: 102 });
    expect(records[4]).toMatchObject({ value: null, percentOfPlan: null });
    expect(String(records[0].reason)).toMatch(/^Chậm .* so với tiến độ cần đạt đến 30\/6\/2024/);
  });

  test("a clean semicolon file (Excel vi-VN) without header exits 0 and prints a Vietnamese table", () => {
    const r = kehoach("evaluate", "--targets", join(dir, "targets.json"), "--actuals", file("clean.csv", "t.grdp;2024;15,2\nt.rung;2024;37,5\n"));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^mã\s+kỳ\s+thực hiện\s+cần đạt\s+% KH\s+đánh giá\s+lý do/);
    expect(r.stdout).toMatch(/t\.grdp\s+2024\s+15,2\s+15\s+101,3%\s+Đạt/);
    expect(r.stdout).toMatch(/t\.rung\s+2024\s+37,5\s+38\s+93,8%\s+Chậm tiến độ/);
    expect(r.stdout).toContain("Chưa có số liệu");
  });

  test("a CSV saved as UTF-16 (Excel's \"Unicode Text\") is read like UTF-8; bytes that are not text are refused, exit 2", () => {
    const utf16 = join(dir, "utf16.csv");
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("t.grdp;2024;15,2\r\nt.rung;2024;37,5\r\n", "utf16le")]));
    const r = kehoach("evaluate", "--targets", join(dir, "targets.json"), "--actuals", utf16);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/t\.grdp\s+2024\s+15,2\s+15\s+101,3%\s+Đạt/);
    const legacy = join(dir, "legacy.csv");
    writeFileSync(legacy, Buffer.from([0x74, 0x2e, 0x72, 0x75, 0x6e, 0x67, 0x3b, 0xd0, 0xe1, 0x3b, 0x31, 0x0a]));
    const bad = kehoach("evaluate", "--targets", join(dir, "targets.json"), "--actuals", legacy);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("legacy.csv");
  });

  test("--en prints the table in English", () => {
    const r = kehoach("evaluate", "--targets", join(dir, "targets.json"), "--actuals", join(dir, "clean.csv"), "--en");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^id\s+period\s+actual\s+expected\s+% of plan\s+status\s+reason/);
    expect(r.stdout).toMatch(/t\.grdp\s+2024\s+15\.2\s+15\s+101\.3%\s+Achieved/);
  });

  test("bad usage exits 2: no --actuals, a missing file, an invalid targets file", () => {
    expect(kehoach("evaluate", "--targets", join(dir, "targets.json")).code).toBe(2);
    expect(kehoach("evaluate", "--targets", join(dir, "targets.json"), "--actuals", join(dir, "absent.csv")).code).toBe(2);
    const bad = kehoach("evaluate", "--targets", file("bad.json", JSON.stringify([{ id: "x" }])), "--actuals", join(dir, "clean.csv"));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("bad.json");
  });

  test("--catalog reads a catalog file", () => {
    const catalog = {
      version: "2026-01-01.1",
      plan: { id: "t", type: "Kế hoạch", title: "Kế hoạch thử nghiệm", issuer: "UBND tỉnh", date: "2024", province: "Thử", sourceFile: "test.txt" },
      agencies: [],
      targets: TARGETS,
      tasks: [],
    };
    const r = kehoach("evaluate", "--catalog", file("catalog.json", JSON.stringify(catalog)), "--actuals", join(dir, "clean.csv"), "--json");
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Array<{ id: string }>).map((x) => x.id)).toEqual(["t.grdp", "t.rung", "t.thu", "t.ngheo"]);
  });

  const bundled = loadCatalogFiles();
  const first = bundled.ok ? bundled.catalog.targets[0] : undefined;
  (first ? test : test.skip)("without --targets, the bundled catalog in seeds/ is used", () => {
    const r = kehoach("evaluate", "--actuals", file("bundled.csv", `${first!.id},${first!.year},1\n`), "--json");
    expect(r.code).toBe(0);
    const records = JSON.parse(r.stdout) as Array<{ id: string; period: string; value: number | null }>;
    expect(records[0]).toMatchObject({ id: first!.id, period: String(first!.year), value: 1 });
    expect(records).toHaveLength(bundled.ok ? bundled.catalog.targets.length : 0);
  });
});

describe("reading the actuals table (no process spawned)", () => {
  test("quotes, doubled quotes, CRLF, a quoted line break and blank lines keep their line numbers", () => {
    const table = parseCsv('\uFEFFa,"b, c","say ""hi"""\r\n\r\nx,"two\nlines",z\n,,\nlast,1,2');
    expect(table.delimiter).toBe(",");
    expect(table.rows).toEqual([
      { line: 1, fields: ["a", "b, c", 'say "hi"'] },
      { line: 3, fields: ["x", "two\nlines", "z"] },
      { line: 6, fields: ["last", "1", "2"] },
    ]);
  });

  test("';' is detected as the delimiter when the first line uses it", () => {
    expect(parseCsv("t.a;2024;14,5\n").rows[0].fields).toEqual(["t.a", "2024", "14,5"]);
  });

  test("an unquoted decimal comma splits the row: reported with a hint, never guessed", () => {
    const targets = new Map(TARGETS.map((t) => [t.id, t as unknown as Target]));
    const { rows, errors } = readActuals("t.grdp,2024,14,5\nt.grdp,2023,\n", targets);
    expect(errors).toHaveLength(1);
    expect(errors[0].line).toBe(1);
    expect(errors[0].message.vi).toContain('"14,5"');
    expect(rows).toHaveLength(1);
    expect(rows[0].value).toBeNull(); // an empty value is "no data", not an error
  });

  test("the same target and period twice: the second row is reported", () => {
    const targets = new Map(TARGETS.map((t) => [t.id, t as unknown as Target]));
    const { rows, errors } = readActuals("t.grdp,2024,14\nt.grdp,2024,15\n", targets);
    expect(rows).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 2 });
    expect(errors[0].message.vi).toContain("dòng 1");
  });
});
