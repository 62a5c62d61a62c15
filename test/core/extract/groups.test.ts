/**
 * Which group a target is filed under when no group heading says: its whole name's words, read as
 * words ("trung ương" is not "rừng", "cơ cấu" is not "cầu", "tăng trưởng" is not "trường").
 */
import { extractTargets } from "../../../src/core/extract";
import { groupOfText } from "../../../src/core/extract/headings";
import { fold } from "../../../src/core/text/normalize";

const groupOf = (name: string) => groupOfText(fold(name));

test("keywords count only as whole words", () => {
  expect(groupOf("Tỷ lệ ngân sách y tế trong định mức phân bổ của Trung ương")).toBe("Văn hóa – xã hội");
  expect(groupOf("Tỷ lệ khu công nghiệp có trung tâm văn hóa, thể thao")).toBe("Văn hóa – xã hội");
  expect(groupOf("Tỷ trọng công nghiệp - xây dựng trong cơ cấu kinh tế")).toBe("Kinh tế");
  expect(groupOf("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng")).toBe("Văn hóa – xã hội");
  expect(groupOf("Tỷ lệ che phủ rừng")).toBe("Môi trường");
  expect(groupOf("Tỷ lệ đường xã được cứng hóa")).toBe("Hạ tầng");
});

test("growth and productivity are the economy's, whatever sector they name", () => {
  expect(groupOf("Tốc độ tăng trưởng kinh tế")).toBe("Kinh tế");
  expect(groupOf("Tốc độ tăng năng suất lao động")).toBe("Kinh tế");
  expect(groupOf("Tỷ lệ trường đạt chuẩn quốc gia")).toBe("Văn hóa – xã hội");
});

test("a plan without group headings files each target by its own words, the shared predicate included", () => {
  const text = [
    "KẾ HOẠCH",
    "Thực hiện nhiệm vụ năm 2026",
    "II. MỤC TIÊU",
    "- Tốc độ tăng trưởng kinh tế đạt 8%.",
    "- Tỷ lệ chi ngân sách cho y tế trong tổng chi ngân sách địa phương đạt 10%, theo hướng dẫn của Trung ương.",
    "- Phấn đấu 90% hồ sơ cấp tỉnh, 80% hồ sơ cấp xã được xử lý trên môi trường mạng.",
  ].join("\n");
  const groups = extractTargets(text, { file: "kh.txt" }).targets.map((t) => [t.value, t.group]);
  expect(groups).toEqual([
    [8, "Kinh tế"],
    [10, "Văn hóa – xã hội"],
    [90, "Chuyển đổi số"],
    [80, "Chuyển đổi số"],
  ]);
});

test("a 'Mục tiêu năm …:' lead-in closes the 'Về …:' group before it; a 'Về …:' under 'Đến năm 2030:' keeps the year", () => {
  const text = [
    "KẾ HOẠCH",
    "Phát triển kinh tế - xã hội năm 2026",
    "",
    "Về bảo vệ môi trường:",
    "",
    "- Tỷ lệ che phủ rừng đạt 42%.",
    "",
    "Mục tiêu năm 2026:",
    "",
    "- Chi ngân sách cho sự nghiệp y tế đạt 1.200 tỷ đồng.",
    "",
    "Đến năm 2030:",
    "",
    "Về kinh tế:",
    "",
    "- Số doanh nghiệp thành lập mới 1.500 doanh nghiệp.",
  ].join("\n");
  expect(extractTargets(text, { file: "kh.txt" }).targets.map((t) => [t.value, t.group, t.year])).toEqual([
    [42, "Môi trường", 2026],
    [1200, "Văn hóa – xã hội", 2026],
    [1500, "Kinh tế", 2030],
  ]);
});
