/** Word documents converted to HTML keep their tables as tables: the plan column gives the targets. */
import { extractTargets, htmlToText } from "../../../src/core/extract";

const wordHtml = [
  "<h1>KẾ HOẠCH phát triển kinh tế - xã hội năm 2026</h1>",
  "<p>Các chỉ tiêu chủ yếu như sau:</p>",
  "<table><tr><td><p>TT</p></td><td><p>Chỉ tiêu</p></td><td><p>Đơn vị tính</p></td><td><p>Ước thực hiện năm 2025</p></td><td><p>Kế hoạch năm 2026</p></td></tr>",
  "<tr><td><p>1</p></td><td><p>Tốc độ tăng trưởng GRDP</p></td><td><p>%</p></td><td><p>7,8</p></td><td><p>8,5 - 9</p></td></tr>",
  "<tr><td><p>2</p></td><td><p>Thu ngân sách nhà nước &amp; phí</p></td><td><p>tỷ đồng</p></td><td><p>14.200</p></td><td><p>15.000</p></td></tr>",
  "<tr><td colspan=\"2\"><p>Ghi chú: số liệu sơ bộ</p></td><td></td><td></td><td></td></tr></table>",
  "<ul><li>Tỷ lệ hộ nghèo giảm 1,5%.</li></ul>",
].join("");

test("paragraphs become lines and each table row one tab-separated line, merged cells keeping their columns", () => {
  const lines = htmlToText(wordHtml).split("\n");
  expect(lines[0]).toBe("KẾ HOẠCH phát triển kinh tế - xã hội năm 2026");
  expect(lines[2]).toBe("TT\tChỉ tiêu\tĐơn vị tính\tƯớc thực hiện năm 2025\tKế hoạch năm 2026");
  expect(lines[4]).toBe("2\tThu ngân sách nhà nước & phí\ttỷ đồng\t14.200\t15.000");
  expect(lines[5].split("\t")).toHaveLength(5);
  expect(lines[6]).toBe("- Tỷ lệ hộ nghèo giảm 1,5%.");
});

test("the extractor reads a Word table's plan column, not its estimate column", () => {
  const result = extractTargets(htmlToText(wordHtml), { file: "kh.docx", plan: "kh" });
  const byName = new Map(result.targets.map((t) => [t.name, t]));
  expect(byName.get("Tốc độ tăng trưởng GRDP")).toMatchObject({ min: 8.5, max: 9, unit: "%", year: 2026 });
  expect(byName.get("Thu ngân sách nhà nước & phí")).toMatchObject({ value: 15000, unit: "tỷ đồng" });
  expect(result.targets.some((t) => t.value === 7.8 || t.value === 14200)).toBe(false);
});
