/**
 * Figures a text gives for earlier years are results, not targets: "năm 2023 đạt 7,2%, năm 2024 đạt
 * 7,8%; năm 2026 phấn đấu 10%". A target section's own milestones ("đến năm 2025 đạt …") stay targets.
 */
import { extractTargets } from "../../../src/core/extract";

const amounts = (text: string) => extractTargets(text, { file: "bc.txt" }).targets.map((t) => [t.name, t.value, t.year]);

test("a paragraph walking an indicator through past years keeps only the plan year's figure", () => {
  const text = "Tỷ lệ hộ nghèo năm 2023 là 4,1%, cuối năm 2024 còn 3,2%; năm 2026 phấn đấu giảm còn dưới 2%.";
  expect(amounts(text)).toEqual([["Tỷ lệ hộ nghèo", 2, 2026]]);
});

test("a figure for a year before the plan's is a result even in a separate sentence", () => {
  const text = "BÁO CÁO\nKế hoạch phát triển kinh tế - xã hội năm 2026\n\nNăm 2024, kim ngạch xuất khẩu đạt 1.950 triệu USD. Kim ngạch xuất khẩu phấn đấu đạt 2.400 triệu USD.";
  expect(amounts(text)).toEqual([["Kim ngạch xuất khẩu", 2400, 2026]]);
});

test("milestones of a target section are targets", () => {
  const text = "KẾ HOẠCH\nGiai đoạn 2021 - 2025\nII. MỤC TIÊU\n- Đến năm 2023 có 60% số xã đạt chuẩn nông thôn mới; đến năm 2025 có 80% số xã đạt chuẩn nông thôn mới.";
  expect(amounts(text).map(([, v, y]) => [v, y])).toEqual([
    [60, 2023],
    [80, 2025],
  ]);
});
