/**
 * Percentage points: a rate that falls or rises by a figure is in "điểm %" whether it comes from a
 * plan document or a table; a fall of an amount given in % stays "%". Expected units read from the text.
 */
import { extractTargets } from "../../../src/core/extract";
import { importTable } from "../../../src/core/table-import";

const text = [
  "KẾ HOẠCH",
  "Phát triển kinh tế - xã hội năm 2026",
  "II. MỤC TIÊU",
  "1. Tỷ lệ hộ nghèo giảm 0,5 - 0,7%.",
  "2. Giảm 10% số vụ tai nạn giao thông so với năm 2025.",
  "3. Tỷ lệ thất nghiệp khu vực thành thị dưới 3%.",
].join("\n");

test("document and table give the same unit for the same target: 'điểm %' for the rate's own fall, '%' otherwise", () => {
  const extracted = extractTargets(text, { file: "kh.txt", year: 2026 });
  const unitOf = (targets: { name: string; unit: string }[], start: string) => targets.find((t) => t.name.startsWith(start))?.unit;
  const fromText = extracted.targets;
  expect(unitOf(fromText, "Tỷ lệ hộ nghèo")).toBe("điểm %");
  expect(unitOf(fromText, "Tỷ lệ thất nghiệp")).toBe("%");
  // Named by the words after the figure: a share of the accidents, not a rate's own fall.
  expect(fromText.filter((t) => /tai nạn/.test(t.name)).map((t) => t.unit)).toEqual(["%"]);

  const table = importTable({
    file: "kh.csv",
    sheet: "kh.csv",
    rows: [
      ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026"],
      [1, "Tỷ lệ hộ nghèo", "%", "Giảm 0,5 - 0,7"],
      [2, "Tỷ lệ thất nghiệp khu vực thành thị", "%", "Dưới 3"],
    ],
  });
  if (table.kind !== "catalog") throw new Error(JSON.stringify(table));
  expect(unitOf(table.catalog.targets, "Tỷ lệ hộ nghèo")).toBe(unitOf(fromText, "Tỷ lệ hộ nghèo"));
});
