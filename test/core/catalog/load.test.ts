/**
 * The strict loader: a malformed catalog set is rejected as a whole, with every
 * problem listed by file and JSON path, in Vietnamese and English.
 */
import { CatalogError, loadCatalogs, loadCatalogsOrThrow, type CatalogInput } from "../../../src/core/catalog/load";
import type { Problem } from "../../../src/core/catalog/problems";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function catalog(planId: string, overrides: Partial<Json> = {}): Json {
  const agency = `x.so-${planId}`;
  return {
    version: "2026-11-22.1",
    plan: { id: planId, type: "Kế hoạch", title: `Kế hoạch thử ${planId}`, issuer: "UBND tỉnh", date: "2024", province: "Tỉnh thử", sourceFile: `${planId}.txt` },
    agencies: [{ id: agency, name: "Sở Thử nghiệm", level: "province" }],
    targets: [
      target(planId, "01", { agency }),
      target(planId, "02", { unit: "tỷ đồng", kind: "flow", min: 10, max: 12, comparator: "~", value: undefined }),
    ],
    tasks: [{ id: `${planId}.nv01`, plan: planId, title: "Báo cáo kết quả", agencies: [agency], targets: [`${planId}.01`], source: src() }],
    ...overrides,
  };
}

function target(planId: string, nn: string, fields: Json = {}): Json {
  const t: Json = {
    id: `${planId}.${nn}`,
    plan: planId,
    name: `Tỷ lệ chỉ tiêu thử số ${nn}`,
    unit: "%",
    value: 90,
    comparator: "=",
    kind: "level",
    direction: "increase",
    year: 2024,
    group: "Chuyển đổi số",
    source: src(),
    ...fields,
  };
  for (const key of Object.keys(t)) if (t[key] === undefined) delete t[key];
  return t;
}

function src(): Json {
  return { file: "doc.txt", line: 1, text: "đạt 90%" };
}

function rejected(inputs: CatalogInput[]): Problem[] {
  const result = loadCatalogs(inputs);
  expect(result.ok).toBe(false);
  expect("catalog" in result).toBe(false); // nothing loaded half
  return result.ok ? [] : result.problems;
}

const where = (problems: Problem[]) => problems.map((p) => `${p.file} › ${p.path}`);

describe("loadCatalogs", () => {
  it("accepts the well-formed fixtures, so the rejections below are caused by the defects alone", () => {
    const result = loadCatalogs([
      { file: "a.json", data: catalog("a") },
      { file: "b.json", data: catalog("b") },
    ]);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.catalog.targets.map((t) => t.id)).toEqual(["a.01", "a.02", "b.01", "b.02"]);
      expect(result.catalog.fileOfTarget.get("b.02")).toBe("b.json");
    }
  });

  it("rejects a target or a task that names another plan than its file's, in both languages", () => {
    const a = catalog("a");
    a.targets[0].plan = "b";
    a.tasks[0].plan = "c";
    const problems = rejected([{ file: "a.json", data: a }]);
    expect(where(problems)).toEqual(["a.json › targets[0].plan", "a.json › tasks[0].plan"]);
    expect(problems.map((p) => p.message.vi)).toEqual([
      'chỉ tiêu thuộc kế hoạch "b" nhưng tệp là của "a"',
      'nhiệm vụ thuộc kế hoạch "c" nhưng tệp là của "a"',
    ]);
    expect(problems[1].message.en).toBe('task belongs to plan "c" but the file is plan "a"');
  });

  it("rejects an id used in two files, naming the second file and the path", () => {
    const b = catalog("b");
    b.targets[1].id = "a.02";
    const problems = rejected([
      { file: "a.json", data: catalog("a") },
      { file: "b.json", data: b },
    ]);
    expect(where(problems)).toEqual(["b.json › targets[1].id"]);
    expect(problems[0].message.vi).toContain("a.02");
    expect(problems[0].message.en).toContain("a.02");
  });

  it("rejects a duplicate plan id and duplicate task id across files", () => {
    const second = catalog("a");
    const problems = rejected([
      { file: "a.json", data: catalog("a") },
      { file: "a-copy.json", data: second },
    ]);
    expect(where(problems)).toEqual(
      expect.arrayContaining(["a-copy.json › plan.id", "a-copy.json › targets[0].id", "a-copy.json › tasks[0].id"]),
    );
    expect(problems.every((p) => p.file === "a-copy.json")).toBe(true);
  });

  it("rejects a range whose min is above its max", () => {
    const a = catalog("a");
    a.targets[1] = target("a", "02", { value: undefined, min: 16, max: 15, comparator: "~", kind: "rate" });
    const problems = rejected([{ file: "a.json", data: a }]);
    expect(where(problems)).toEqual(["a.json › targets[1].min"]);
    expect(problems[0].message.en).toBe("min (16) is greater than max (15)");
  });

  it("rejects an unknown comparator", () => {
    const a = catalog("a");
    a.targets[0].comparator = "≥";
    const problems = rejected([{ file: "a.json", data: a }]);
    expect(where(problems)).toEqual(["a.json › targets[0].comparator"]);
  });

  it("rejects a percentage share above 100 but allows a growth rate above 100%", () => {
    const share = catalog("a");
    share.targets[0].value = 120;
    expect(where(rejected([{ file: "a.json", data: share }]))).toEqual(["a.json › targets[0].value"]);

    const rate = catalog("a");
    Object.assign(rate.targets[0], { value: 120, kind: "rate" });
    expect(loadCatalogs([{ file: "a.json", data: rate }]).ok).toBe(true);
  });

  it("rejects references to an agency the file does not define", () => {
    const a = catalog("a");
    a.targets[0].agency = "x.so-khong-co";
    a.tasks[0].partners = ["x.so-cung-khong-co"];
    a.plan.reporting = [{ frequency: "year", recipient: "x.so-nhan-bao-cao", due: { type: "day_of_month", month: 12, day: 15 } }];
    const problems = rejected([{ file: "a.json", data: a }]);
    expect(where(problems).sort()).toEqual(["a.json › plan.reporting[0].recipient", "a.json › targets[0].agency", "a.json › tasks[0].agencies"]);
    expect(problems.map((p) => p.message.en).join(" ")).toContain('unknown agency "x.so-khong-co"');
  });

  it("rejects a parent that is not a target of the same file", () => {
    const a = catalog("a");
    a.targets[1].parent = "a.99";
    const problems = rejected([{ file: "a.json", data: a }]);
    expect(where(problems)).toEqual(["a.json › targets[1].parent"]);
    expect(problems[0].message.en).toBe('unknown target "a.99"');
  });

  it("lists every problem of every file at once and loads nothing, not even the valid file", () => {
    const good = catalog("good");
    const bad = catalog("bad");
    bad.targets[0] = target("bad", "01", { comparator: "≈", value: 150, agency: "x.nowhere", parent: "bad.77" });
    bad.targets[1] = target("bad", "02", { id: "good.01", value: undefined, min: 3, max: 1, comparator: "~", unit: "km" });
    const problems = rejected([
      { file: "good.json", data: good },
      { file: "bad.json", data: bad },
    ]);
    expect(where(problems).sort()).toEqual(
      [
        "bad.json › targets[0].comparator",
        "bad.json › targets[0].value",
        "bad.json › targets[0].agency",
        "bad.json › targets[0].parent",
        "bad.json › targets[1].min",
        "bad.json › targets[1].id",
      ].sort(),
    );
  });

  it("gives every problem an English message without Vietnamese text", () => {
    const bad = catalog("bad");
    bad.targets[0] = target("bad", "01", { comparator: "≈", value: 150, agency: "x.nowhere", parent: "bad.77" });
    bad.targets[1] = target("bad", "02", { value: undefined, min: 3, max: 1, comparator: "~", year: "2024" });
    bad.tasks[0].deadline = { text: "trước ngày 30/01/2022", date: "30/01/2022" };
    const problems = rejected([{ file: "bad.json", data: bad }]);
    expect(problems.length).toBeGreaterThanOrEqual(6);
    for (const p of problems) {
      expect(p.message.vi.length).toBeGreaterThan(0);
      expect(p.message.en.length).toBeGreaterThan(0);
      expect(p.message.en).not.toMatch(/[À-ỹđĐ]/u);
    }
  });

  it("loadCatalogsOrThrow throws a CatalogError carrying all the problems", () => {
    const a = catalog("a");
    a.targets[0].comparator = "??";
    a.targets[1].parent = "a.99";
    let caught: unknown;
    try {
      loadCatalogsOrThrow([{ file: "a.json", data: a }]);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(CatalogError);
    expect(where((caught as CatalogError).problems).sort()).toEqual(["a.json › targets[0].comparator", "a.json › targets[1].parent"]);
    expect((caught as CatalogError).message).toContain("a.json › targets[0].comparator");
  });
});
