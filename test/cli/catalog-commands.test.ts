import { kehoach } from "./run-cli";
import { TargetSchema, PlanSchema } from "../../src/core/catalog/schema";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

describe("kehoach plans / targets / validate", () => {
  test("plans --json prints exactly one JSON array of plan records", () => {
    const { stdout, code } = kehoach(["plans", "--json"]);
    expect(code).toBe(0);
    const plans = JSON.parse(stdout);
    expect(Array.isArray(plans)).toBe(true);
    expect(plans.length).toBeGreaterThanOrEqual(5);
    for (const p of plans) expect(PlanSchema.safeParse(p).success).toBe(true);
  });

  test("plans without --json is a readable table with id, title and source file", () => {
    const { stdout, code } = kehoach(["plans"]);
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toMatch(/mã\s+tên kế hoạch/);
    expect(stdout).toContain("bg-nq96");
    expect(stdout).toContain("000_5a3e3845986e69f7.txt");
    expect(stdout).not.toMatch(/Kế hoạch Kế hoạch|Chương trình hành động Chương trình hành động/);
  });

  test("targets --plan --json prints catalog target records of that plan only", () => {
    const { stdout, code } = kehoach(["targets", "--plan", "bg-nq96", "--json"]);
    expect(code).toBe(0);
    const targets = JSON.parse(stdout);
    expect(targets.length).toBeGreaterThan(10);
    for (const t of targets) {
      expect(t.plan).toBe("bg-nq96");
      expect(TargetSchema.safeParse(t).success).toBe(true);
    }
  });

  test("--agency matches names without diacritics", () => {
    const all = JSON.parse(kehoach(["targets", "--json"]).stdout);
    const { stdout } = kehoach(["targets", "--agency", "so ke hoach va dau tu", "--json"]);
    const some = JSON.parse(stdout);
    expect(some.length).toBeGreaterThan(0);
    expect(some.length).toBeLessThan(all.length);
    expect(new Set(some.map((t: { agency: string }) => t.agency))).toEqual(new Set(["bg.so-ke-hoach-va-dau-tu"]));
  });

  test("--search 'ho ngheo' finds the poverty targets", () => {
    const found = JSON.parse(kehoach(["targets", "--search", "ho ngheo", "--json"]).stdout);
    expect(found.length).toBeGreaterThan(0);
    for (const t of found) expect(t.name.toLowerCase()).toContain("hộ nghèo");
  });

  test("an unknown plan is an error that lists the plans", () => {
    const { stderr, code } = kehoach(["targets", "--plan", "khong-co"]);
    expect(code).toBe(1);
    expect(stderr).toContain("bg-nq96");
  });

  test("a bad option is refused with exit code 2, in English with --en", () => {
    const { stderr, code } = kehoach(["targets", "--colour", "x", "--en"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^Unknown option --colour\. See --help/);
    expect(stderr).not.toMatch(/positional|ERR_/);
  });

  test("validate lists every problem of a broken catalog by path and exits 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "kh-"));
    const file = join(dir, "broken.json");
    writeFileSync(file, JSON.stringify({ version: "1", plan: { id: "x" }, agencies: [], targets: [{ id: "x.1", min: 5, max: 1 }], tasks: [] }));
    const { stderr, code } = kehoach(["validate", file]);
    expect(code).toBe(1);
    expect(stderr).toContain("broken.json › plan.title");
    expect(stderr).toContain("broken.json › targets[0].min: min (5) lớn hơn max (1)");
    expect(stderr).toMatch(/không nạp gì/);
  });

  test("validate with no file checks the bundled seeds", () => {
    const { stdout, code } = kehoach(["validate"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Hợp lệ: \d+ kế hoạch, \d+ chỉ tiêu/);
  });
});
