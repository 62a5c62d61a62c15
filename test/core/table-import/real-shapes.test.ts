/** Smaller shapes seen in published tables: a unit in the plan header, ratio columns, a totals line with figures. Expected values read from the rows below. */
import { importTable } from "../../../src/core/table-import";
import { planTitle } from "../../../src/core/catalog/describe";
import { merged } from "../../fixtures/tables/merged";
import { agencyName } from "../../support/agencies";

test("'Kế hoạch 2026 (%)' is the plan column and gives the unit; 'TH/KH (%)' and 'KH 2026/ƯTH 2025' are ratios, not results", () => {
  const result = importTable({
    file: "ty-le.csv",
    sheet: "ty-le.csv",
    rows: [
      ["TT", "Chỉ tiêu", "Ước thực hiện 2025 (%)", "Kế hoạch 2026 (%)", "TH/KH 2025 (%)", "KH 2026/ƯTH 2025"],
      [1, "Tỷ lệ xã có trạm y tế đạt chuẩn", 92, 95, 101, 103.3],
      [2, "Tỷ lệ dân số đô thị dùng nước sạch", 96.5, 98, 100.5, 101.6],
    ],
  });
  if (result.kind !== "catalog") throw new Error(JSON.stringify(result));
  expect(result.catalog.targets.map((t) => [t.name, t.value, t.unit])).toEqual([
    ["Tỷ lệ xã có trạm y tế đạt chuẩn", 95, "%"],
    ["Tỷ lệ dân số đô thị dùng nước sạch", 98, "%"],
  ]);
  expect(result.actuals.map((a) => [a.period, a.value])).toEqual([
    ["2025", 92],
    ["2025", 96.5],
  ]);
  expect(result.warnings.some((w) => /đơn vị tính/.test(w.message.vi))).toBe(false);
});

test("a 'Tổng cộng' line with figures is the table's sum, not a target, and the user is told so by row", () => {
  const result = importTable({
    file: "von.csv",
    sheet: "von.csv",
    rows: [
      ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026"],
      [1, "Vốn đầu tư từ ngân sách tỉnh", "Tỷ đồng", 3200],
      [2, "Vốn đầu tư từ ngân sách trung ương", "Tỷ đồng", 1800],
      [null, "Tổng cộng", "Tỷ đồng", 5000],
    ],
  });
  if (result.kind !== "catalog") throw new Error(JSON.stringify(result));
  expect(result.catalog.targets.map((t) => t.value)).toEqual([3200, 1800]);
  const line = result.warnings.find((w) => w.row === 4)!;
  expect(line.message.vi).toContain("dòng cộng của bảng");
  expect(line.message.en).toContain("total line");
});

test("'Chỉ tiêu' merged over the numbering column and the names: the column of marks is the STT, no question", () => {
  const result = importTable({
    file: "bieu.xlsx",
    sheet: "Biểu",
    rows: [
      ["Chỉ tiêu", null, "ĐVT", "Kế hoạch năm 2026"],
      ["I", "KINH TẾ"],
      [1, "Tốc độ tăng trưởng GRDP", "%", 8],
      ["-", "Nông, lâm nghiệp và thủy sản", "%", 3],
    ],
    merges: merged("A1:B1"),
  });
  if (result.kind !== "catalog") throw new Error(JSON.stringify(result));
  expect(result.catalog.targets.map((t) => [t.name, t.value, t.group])).toEqual([
    ["Tốc độ tăng trưởng GRDP", 8, "Kinh tế"],
    ["Tốc độ tăng trưởng GRDP – nông, lâm nghiệp và thủy sản", 3, "Kinh tế"],
  ]);
});

test("the plan's title is the line saying what the table is, not the issuer or the motto, and it never gets a second type", () => {
  const result = importTable({
    file: "giao.csv",
    sheet: "giao.csv",
    rows: [
      ["ỦY BAN NHÂN DÂN TỈNH LÂM SƠN", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      [null, null, "Độc lập - Tự do - Hạnh phúc"],
      ["CHỈ TIÊU KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026"],
      ["(Kèm theo Quyết định số 12/QĐ-UBND)"],
      ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026"],
      [1, "Tổng thu ngân sách nhà nước", "Tỷ đồng", 5200],
    ],
  });
  if (result.kind !== "catalog") throw new Error(JSON.stringify(result));
  expect(result.catalog.plan).toMatchObject({ type: "Kế hoạch", title: "Chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2026" });
  expect(planTitle(result.catalog.plan)).toBe("Chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2026");
});

test("a rate that is to fall by a figure is in percentage points ('điểm %'); a fall of an amount given in % stays '%'", () => {
  const result = importTable({
    file: "giam.csv",
    sheet: "giam.csv",
    rows: [
      ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026"],
      [1, "Tỷ lệ hộ nghèo", "%", "Giảm 0,5 - 0,7"],
      [2, "Số vụ tai nạn giao thông", "Vụ", "Giảm 10%"],
      [3, "Tỷ lệ thất nghiệp khu vực thành thị", "%", "Dưới 3"],
    ],
  });
  if (result.kind !== "catalog") throw new Error(JSON.stringify(result));
  expect(result.catalog.targets.map((t) => [t.name, t.min ?? t.value, t.unit, t.kind, t.direction])).toEqual([
    ["Tỷ lệ hộ nghèo", 0.5, "điểm %", "change", "decrease"],
    ["Số vụ tai nạn giao thông", 10, "%", "change", "decrease"],
    ["Tỷ lệ thất nghiệp khu vực thành thị", 3, "%", "level", "decrease"],
  ]);
});

test("a title merged across the whole table is not its header; the header below it is", () => {
  const title = "CÁC CHỈ TIÊU CHỦ YẾU VỀ KINH TẾ - XÃ HỘI NĂM 2026";
  const result = importTable({
    file: "nq.xlsx",
    sheet: "Phụ lục",
    rows: [
      [title, null, null, null],
      ["(Kèm theo Nghị quyết số 15/NQ-HĐND ngày 10/12/2025)", null, null, null],
      ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026"],
      [1, "Số xã đạt chuẩn nông thôn mới", "Xã", 28],
    ],
    merges: merged("A1:D1", "A2:D2"),
  });
  if (result.kind !== "catalog") throw new Error(JSON.stringify(result));
  expect(result.catalog.targets.map((t) => [t.name, t.value, t.unit])).toEqual([["Số xã đạt chuẩn nông thôn mới", 28, "Xã"]]);
});

test("a CSV keeps no merged cells: 'Năm 2025' over 'Kế hoạch' and an empty cell over 'Ước thực hiện' still makes that column the 2025 result", () => {
  const result = importTable({
    file: "giao.csv",
    sheet: "giao.csv",
    rows: [
      ["STT", "Tên chỉ tiêu", "ĐVT", "Năm 2025", null, "Kế hoạch năm 2026", "Cơ quan chủ trì"],
      [null, null, null, "Kế hoạch", "Ước thực hiện", null, null],
      [1, "Tỷ lệ che phủ rừng", "%", "46,2", "46,3", "46,5", "Sở Nông nghiệp và Môi trường"],
    ],
  });
  if (result.kind !== "catalog") throw new Error(JSON.stringify(result));
  expect(result.columns.map((c) => c.header)).toEqual(["STT", "Tên chỉ tiêu", "ĐVT", "Năm 2025 / Kế hoạch", "Năm 2025 / Ước thực hiện", "Kế hoạch năm 2026", "Cơ quan chủ trì"]);
  expect(result.catalog.targets.map((t) => t.value)).toEqual([46.5]);
  expect(result.actuals.map((a) => [a.period, a.value])).toEqual([["2025", 46.3]]);
});

test("a row with no figure of its own lends its lead agency to its parts", () => {
  const result = importTable({
    file: "giao.csv",
    sheet: "giao.csv",
    rows: [
      ["STT", "Tên chỉ tiêu", "ĐVT", "Kế hoạch năm 2026", "Cơ quan chủ trì"],
      [8, "Tỷ lệ trường đạt chuẩn quốc gia", "%", null, "Sở Giáo dục và Đào tạo"],
      ["a", "Mầm non", "%", 65, null],
      ["b", "Tiểu học", "%", 76, null],
    ],
  });
  if (result.kind !== "catalog") throw new Error(JSON.stringify(result));
  const lead = agencyName(result.catalog.agencies);
  expect(result.catalog.targets.map((t) => [t.name, lead(t.agency)])).toEqual([
    ["Tỷ lệ trường đạt chuẩn quốc gia – mầm non", "Sở Giáo dục và Đào tạo"],
    ["Tỷ lệ trường đạt chuẩn quốc gia – tiểu học", "Sở Giáo dục và Đào tạo"],
  ]);
});
