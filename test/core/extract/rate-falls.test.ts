/** A rate that falls by a figure, written before or after its name, is one indicator in percentage points. */
import { extractTargets } from "../../../src/core/extract";

test("'Giảm 1% tỷ lệ trẻ em …' reads as 'Tỷ lệ trẻ em …' in điểm %, like 'Tỷ lệ hộ nghèo giảm 1%'", () => {
  const text = ["KẾ HOẠCH", "Năm 2026", "", "I. MỤC TIÊU", "1. Giảm 1% tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi.", "2. Tỷ lệ hộ nghèo giảm 1,2%."].join("\n");
  const targets = extractTargets(text, { file: "t.txt", plan: "t" }).targets;
  expect(targets.map((t) => [t.name.replace(/ \(.*\)$/, ""), t.unit, t.value ?? t.min])).toEqual([
    ["Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", "điểm %", 1],
    ["Tỷ lệ hộ nghèo", "điểm %", 1.2],
  ]);
});

test("'Giảm 10% số vụ tai nạn giao thông' is a tenth fewer accidents: it stays in %", () => {
  const text = ["KẾ HOẠCH", "Năm 2026", "", "I. MỤC TIÊU", "1. Giảm 10% số vụ tai nạn giao thông so với năm 2025."].join("\n");
  const [target] = extractTargets(text, { file: "t.txt", plan: "t" }).targets;
  expect(target.unit).toBe("%");
  expect(target.value ?? target.min).toBe(10);
});

test("a count is named for what is counted: 'Thành lập mới 1.900 doanh nghiệp', areas in ha, lengths in km, money as itself", () => {
  const text = ["KẾ HOẠCH", "Năm 2026", "", "I. MỤC TIÊU", "- Thành lập mới 1.900 doanh nghiệp.", "- Trồng mới 2.000 ha rừng.", "- Giải ngân 5.000 tỷ đồng vốn đầu tư công.", "1. Về kinh tế: (1) Tốc độ tăng trưởng GRDP từ 10% trở lên; (2) Có thêm 12 xã đạt chuẩn nông thôn mới."].join("\n");
  const names = extractTargets(text, { file: "t.txt", plan: "t" }).targets.map((t) => t.name);
  expect(names).toEqual(["Số doanh nghiệp thành lập mới", "Diện tích rừng được trồng mới", "Vốn đầu tư công được giải ngân", "Tốc độ tăng trưởng GRDP", "Số xã đạt chuẩn nông thôn mới tăng thêm"]);
});
