/** Wide tables that assign each commune, ward or agency its own figure: recognised, asked about, and built as a planner expects. Expected values read from the fixtures. */
import { importTable, type TableImportResult } from "../../../src/core/table-import";
import { loadCatalogs } from "../../../src/core/catalog/load";
import { AGENCY_MATRIX, BARE_PLACE_COLUMNS, COMMUNE_ASSIGNMENT, COMMUNE_ROWS, WARD_PLAN_AND_RESULTS } from "../../fixtures/tables/wide";
import { merged } from "../../fixtures/tables/merged";

function catalogOf(result: TableImportResult) {
  if (result.kind !== "catalog") throw new Error(`expected a catalog, got ${JSON.stringify(result)}`);
  return result;
}

describe("one column per commune under 'Chia ra', beside the province total", () => {
  test("the importer asks whether the columns are units; none of them is read as the plan column", () => {
    const asked = importTable(COMMUNE_ASSIGNMENT);
    if (asked.kind !== "question") throw new Error(JSON.stringify(asked));
    expect(asked.question.needs).toEqual(["units"]);
    expect(asked.question.units?.map((c) => [c.letter, c.assignee])).toEqual([
      ["E", "Phường Đông Hải"],
      ["F", "Xã Tân Lập"],
      ["G", "Đặc khu Cồn Cỏ"],
    ]);
    expect(asked.question.message.vi).toContain("một chỉ tiêu chung (cột D)");
    expect(asked.question.message.en).toContain("one sub-target per unit, led by that unit");
  });

  const result = catalogOf(importTable(COMMUNE_ASSIGNMENT, { plan: "giao-2026", columns: { units: [5, 6, 7] } }));
  const { catalog } = result;
  const byName = (name: string) => catalog.targets.find((t) => t.name === name);

  test("answered: each row is the province target, with one sub-target per commune that the commune leads", () => {
    expect(loadCatalogs([{ file: "x.json", data: catalog }]).ok).toBe(true);
    const revenue = byName("Thu ngân sách nhà nước trên địa bàn")!;
    expect(revenue).toMatchObject({ value: 1450, unit: "Tỷ đồng", year: 2026, group: "Kinh tế" });
    expect(revenue.parent).toBeUndefined();
    const ward = byName("Thu ngân sách nhà nước trên địa bàn – Phường Đông Hải")!;
    expect(ward).toMatchObject({ value: 980, parent: revenue.id, unit: "Tỷ đồng", kind: "flow" });
    expect(catalog.agencies.find((a) => a.id === ward.agency)).toMatchObject({ name: "UBND phường Đông Hải", level: "commune" });
    expect(catalog.agencies.find((a) => a.id === byName("Thu ngân sách nhà nước trên địa bàn – Đặc khu Cồn Cỏ")!.agency)?.name).toBe("UBND đặc khu Cồn Cỏ");
  });

  test("cells as written in unit columns: '-' gives no sub-target, 'Trên 90' a comparator; a falling share below 1% is not flagged", () => {
    expect(byName("Số xã, phường đạt chuẩn đô thị văn minh – Đặc khu Cồn Cỏ")).toBeUndefined();
    expect(byName("Số xã, phường đạt chuẩn đô thị văn minh – Xã Tân Lập")?.value).toBe(1);
    expect(byName("Tỷ lệ dân số tham gia bảo hiểm y tế – Đặc khu Cồn Cỏ")).toMatchObject({ value: 90, comparator: ">" });
    expect(byName("Tỷ lệ hộ nghèo theo chuẩn đa chiều – Đặc khu Cồn Cỏ")).toMatchObject({ value: 0.5, direction: "decrease", group: "Xã hội" });
    expect(result.warnings.some((w) => /phân số/.test(w.message.vi))).toBe(false);
  });

  test("4 rows × (1 + 3 communes) less the empty cell = 15 targets; the 'Tổng cộng' line is not one", () => {
    expect(catalog.targets).toHaveLength(15);
    expect(catalog.targets.some((t) => /tổng cộng/i.test(t.name))).toBe(false);
  });

  test("answered 'none': the columns are skipped and the province column is the plan", () => {
    const none = catalogOf(importTable(COMMUNE_ASSIGNMENT, { columns: { units: [] } }));
    expect(none.catalog.targets.map((t) => t.value)).toEqual([1450, 2, 2.5, 95]);
  });
});

describe("other wide shapes", () => {
  test("no total column, results per ward beside plans per ward: targets per ward, each ward's result offered as its actual", () => {
    const asked = importTable(WARD_PLAN_AND_RESULTS);
    expect(asked.kind === "question" && asked.question.needs).toEqual(["units"]);
    const { catalog, actuals } = catalogOf(importTable(WARD_PLAN_AND_RESULTS, { columns: { units: [6, 7] } }));
    expect(catalog.targets.map((t) => [t.name, t.value, t.year])).toEqual([
      ["Số lao động được tạo việc làm mới – Phường Bắc Sơn", 450, 2026],
      ["Số lao động được tạo việc làm mới – Phường Nam Sơn", 400, 2026],
      ["Tỷ lệ trường đạt chuẩn quốc gia – Phường Bắc Sơn", 85, 2026],
      ["Tỷ lệ trường đạt chuẩn quốc gia – Phường Nam Sơn", 80, 2026],
    ]);
    const south = catalog.targets[1];
    expect(actuals.filter((a) => a.id === south.id)).toEqual([{ id: south.id, period: "2025", value: 380 }]);
    expect(actuals).toHaveLength(4);
  });

  test("agency columns marked 'x': the first marked agency leads the province target, the others take part; no sub-targets", () => {
    const asked = importTable(AGENCY_MATRIX);
    expect(asked.kind === "question" && asked.question.units?.map((c) => c.letter)).toEqual(["E", "F", "G"]);
    const { catalog } = catalogOf(importTable(AGENCY_MATRIX, { columns: { units: [5, 6, 7] } }));
    expect(catalog.targets).toHaveLength(2);
    const lead = (i: number) => catalog.agencies.find((a) => a.id === catalog.targets[i].agency)?.name;
    expect([lead(0), lead(1)]).toEqual(["Sở Y tế", "Sở Giáo dục và Đào tạo"]);
    expect(catalog.targets[0].note).toContain("Phối hợp: Bảo hiểm xã hội tỉnh");
  });

  test("columns headed only by place names: asked for the plan column, with the columns offered as units; the answer builds per-unit targets", () => {
    const asked = importTable(BARE_PLACE_COLUMNS, { year: 2026 });
    if (asked.kind !== "question") throw new Error(JSON.stringify(asked));
    expect(asked.question.needs).toEqual(["plan"]);
    expect(asked.question.units?.map((c) => c.header)).toEqual(["Tân Phú", "Hòa Bình", "An Lạc"]);
    expect(asked.question.message.vi).toContain("Nếu các cột D “Tân Phú”, E “Hòa Bình”, F “An Lạc” là từng xã");
    const { catalog } = catalogOf(importTable(BARE_PLACE_COLUMNS, { year: 2026, columns: { units: [4, 5, 6] } }));
    expect(catalog.targets.map((t) => [t.name, t.value])).toEqual([
      ["Số hộ được hỗ trợ nhà ở – Tân Phú", 12],
      ["Số hộ được hỗ trợ nhà ở – Hòa Bình", 8],
      ["Số hộ được hỗ trợ nhà ở – An Lạc", 15],
    ]);
  });
});

describe("one commune per row, one indicator per column", () => {
  test("asked first: the rows look like units, the figure columns like indicators", () => {
    const asked = importTable(COMMUNE_ROWS);
    if (asked.kind !== "question") throw new Error(JSON.stringify(asked));
    expect(asked.question.needs).toEqual(["rows"]);
    expect(asked.question.rows?.column.letter).toBe("B");
    expect(asked.question.rows?.indicators.map((c) => c.letter)).toEqual(["C", "D", "E", "F"]);
    expect(asked.question.message.vi).toContain("Toàn tỉnh, Phường Đông Hải, Xã Tân Lập");
  });

  test("confirmed: the province row gives the overall targets, each commune its own under them, led by the commune", () => {
    const { catalog } = catalogOf(importTable(COMMUNE_ROWS, { plan: "xa-2026", columns: { rows: 2 } }));
    expect(loadCatalogs([{ file: "x.json", data: catalog }]).ok).toBe(true);
    const byName = (name: string) => catalog.targets.find((t) => t.name === name)!;
    const lead = (name: string) => catalog.agencies.find((a) => a.id === byName(name).agency)?.name;
    expect(byName("Thu ngân sách nhà nước")).toMatchObject({ value: 1450, unit: "tỷ đồng", kind: "flow", year: 2026 });
    // "Tỷ lệ hộ nghèo giảm (%)" | "1 - 1,5": the rate itself falls, by percentage points.
    expect(byName("Tỷ lệ hộ nghèo giảm")).toMatchObject({ min: 1, max: 1.5, unit: "điểm %", kind: "change", direction: "decrease" });
    expect(byName("Số hộ thoát nghèo – Xã Tân Lập")).toMatchObject({ value: 850, unit: "hộ", parent: byName("Số hộ thoát nghèo").id, note: "Xã miền núi" });
    expect(lead("Số hộ thoát nghèo – Xã Tân Lập")).toBe("UBND xã Tân Lập");
    expect(byName("Tỷ lệ tham gia bảo hiểm y tế – Đặc khu Cồn Cỏ")).toMatchObject({ value: 90, comparator: ">" });
    expect(catalog.targets.find((t) => t.name === "Tỷ lệ hộ nghèo giảm – Đặc khu Cồn Cỏ")).toBeUndefined();
    expect(catalog.targets).toHaveLength(15);
  });

  test("answered 'not so' (rows=0): read as an ordinary table, which then asks for its name and plan columns", () => {
    const result = importTable(COMMUNE_ROWS, { columns: { rows: 0 } });
    expect(result.kind === "question" && result.question.needs).toEqual(["name", "plan"]);
  });
});

test("a second header row naming only agencies ('Sở Y tế', 'Sở Nội vụ') under 'Giao các sở' is part of the header: each Sở is a unit, not a target row", () => {
  const table = {
    file: "giao-so.xlsx",
    sheet: "Biểu 3",
    rows: [
      ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026", "Giao các sở", null],
      [null, null, null, null, "Sở Y tế", "Sở Nội vụ"],
      [1, "Số lượt người được khám chữa bệnh", "Lượt", 5000, 4200, 800],
    ],
    merges: merged("A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:F1"),
  };
  const asked = importTable(table);
  if (asked.kind !== "question") throw new Error(JSON.stringify(asked));
  expect(asked.question.units?.map((c) => [c.letter, c.assignee])).toEqual([
    ["E", "Sở Y tế"],
    ["F", "Sở Nội vụ"],
  ]);
  const { catalog } = catalogOf(importTable(table, { columns: { units: [5, 6] } }));
  expect(catalog.targets.map((t) => [t.name, t.value])).toEqual([
    ["Số lượt người được khám chữa bệnh", 5000],
    ["Số lượt người được khám chữa bệnh – Sở Y tế", 4200],
    ["Số lượt người được khám chữa bệnh – Sở Nội vụ", 800],
  ]);
});

test("one commune per row with a result beside each indicator: the results are offered as actuals of that indicator's targets, for the year their header names", () => {
  const table = {
    file: "giao-xa-kq.xlsx",
    sheet: "Biểu 2",
    rows: [
      ["GIAO CHỈ TIÊU NĂM 2026 CHO CÁC XÃ"],
      ["STT", "Xã, phường", "Thu ngân sách nhà nước (tỷ đồng)", null, "Tỷ lệ hộ nghèo (%)", null],
      [null, null, "Ước thực hiện 2025", "Kế hoạch 2026", "Thực hiện quý III/2025", "Kế hoạch 2026"],
      [null, "Toàn tỉnh", "1.380", "1.450", "3,2", "2,5"],
      [1, "Xã Tân Lập", 400, 420, "4,1", "3,5"],
      [2, "Phường Đông Hải", 950, 980, "1,2", "1"],
    ],
    merges: merged("A2:A3", "B2:B3", "C2:D2", "E2:F2"),
  };
  const asked = importTable(table);
  if (asked.kind !== "question") throw new Error(JSON.stringify(asked));
  expect(asked.question.rows?.indicators.map((c) => c.letter)).toEqual(["D", "F"]);
  const { catalog, actuals } = catalogOf(importTable(table, { columns: { rows: 2 } }));
  const idOf = (name: string) => catalog.targets.find((t) => t.name === name)?.id;
  expect(catalog.targets.map((t) => [t.name, t.value, t.unit])).toEqual([
    ["Thu ngân sách nhà nước", 1450, "tỷ đồng"],
    ["Tỷ lệ hộ nghèo", 2.5, "%"],
    ["Thu ngân sách nhà nước – Xã Tân Lập", 420, "tỷ đồng"],
    ["Tỷ lệ hộ nghèo – Xã Tân Lập", 3.5, "%"],
    ["Thu ngân sách nhà nước – Phường Đông Hải", 980, "tỷ đồng"],
    ["Tỷ lệ hộ nghèo – Phường Đông Hải", 1, "%"],
  ]);
  expect(actuals).toEqual([
    { id: idOf("Thu ngân sách nhà nước"), period: "2025", value: 1380 },
    { id: idOf("Tỷ lệ hộ nghèo"), period: "2025-Q3", value: 3.2 },
    { id: idOf("Thu ngân sách nhà nước – Xã Tân Lập"), period: "2025", value: 400 },
    { id: idOf("Tỷ lệ hộ nghèo – Xã Tân Lập"), period: "2025-Q3", value: 4.1 },
    { id: idOf("Thu ngân sách nhà nước – Phường Đông Hải"), period: "2025", value: 950 },
    { id: idOf("Tỷ lệ hộ nghèo – Phường Đông Hải"), period: "2025-Q3", value: 1.2 },
  ]);
});
