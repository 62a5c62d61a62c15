/** STT marks as people write them: one reading finds the STT column and groups and nests its rows, so the two cannot disagree. */
import { importTable } from "../../../src/core/table-import";
import { sttMark } from "../../../src/core/table-import/stt";
import { merged } from "../../fixtures/tables/merged";

test.each([
  ["I", { kind: "group" }],
  ["II.", { kind: "group" }],
  ["A", { kind: "group" }],
  ["1", { kind: "level", rank: 1 }],
  ["1.1", { kind: "level", rank: 2 }],
  ["1.1.2", { kind: "level", rank: 3 }],
  ["a", { kind: "level", rank: 10 }],
  ["a)", { kind: "level", rank: 10 }],
  ["-", { kind: "level", rank: 11 }],
  ["+", { kind: "level", rank: 12 }],
  ["Tổng", null],
])("the STT mark %p reads as %p", (mark, expected) => {
  expect(sttMark(mark)).toEqual(expected);
});

test("'Chỉ tiêu' merged over marks of every form and the names: the marks are the STT, and rows group and nest by them", () => {
  const result = importTable({
    file: "bieu.xlsx",
    sheet: "Biểu",
    rows: [
      ["Chỉ tiêu", null, "ĐVT", "Kế hoạch năm 2026"],
      ["I", "KINH TẾ"],
      ["1", "Tổng sản phẩm trên địa bàn", "Tỷ đồng", 1000],
      ["1.1", "Giá trị khu vực công nghiệp", "Tỷ đồng", 400],
      ["1.1.2", "Công nghiệp chế biến", "Tỷ đồng", 300],
      ["a", "Chế biến nông sản", "Tỷ đồng", 120],
      ["a)", "Chế biến thủy sản", "Tỷ đồng", 90],
      ["-", "Tôm đông lạnh", "Tỷ đồng", 50],
      ["+", "Tôm xuất khẩu", "Tỷ đồng", 20],
      ["II.", "XÃ HỘI"],
      ["2", "Số lao động có việc làm mới", "Người", 5000],
      ["A", "MÔI TRƯỜNG"],
      ["3", "Tỷ lệ chất thải rắn được thu gom", "%", 95],
    ],
    merges: merged("A1:B1"),
  });
  if (result.kind !== "catalog") throw new Error(JSON.stringify(result));
  const { targets } = result.catalog;
  const valueOf = (id?: string) => targets.find((t) => t.id === id)?.value ?? null;
  expect(targets.map((t) => [t.value, valueOf(t.parent), t.group])).toEqual([
    [1000, null, "Kinh tế"],
    [400, 1000, "Kinh tế"],
    [300, 400, "Kinh tế"],
    [120, 300, "Kinh tế"],
    [90, 300, "Kinh tế"],
    [50, 90, "Kinh tế"],
    [20, 50, "Kinh tế"],
    [5000, null, "Xã hội"],
    [95, null, "Môi trường"],
  ]);
});
