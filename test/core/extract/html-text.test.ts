/** Word documents converted to HTML keep their tables as tables: the plan column gives the targets. */
import { extractTargets, htmlToText } from "../../../src/core/extract";
import { documentText } from "../../../src/core/operations/import-document";
import { documentReaders } from "../../../src/documents/readers";
import { docxBytes } from "../../support/docx";

const wordHtml = [
  "<h1>KẾ HOẠCH phát triển kinh tế - xã hội năm 2026</h1>",
  "<p>Các chỉ tiêu chủ yếu như sau:</p>",
  "<table><tr><td><p>TT</p></td><td><p>Chỉ tiêu</p></td><td><p>Đơn vị tính</p></td><td><p>Ước thực hiện năm 2025</p></td><td><p>Kế hoạch năm 2026</p></td></tr>",
  "<tr><td><p>1</p></td><td><p>Tốc độ tăng trưởng GRDP</p></td><td><p>%</p></td><td><p>7,8</p></td><td><p>8,5 - 9</p></td></tr>",
  "<tr><td><p>2</p></td><td><p>Thu ngân sách nhà nước &amp; phí</p></td><td><p>tỷ đồng</p></td><td><p>14.200</p></td><td><p>15.000</p></td></tr>",
  "<tr><td colspan=\"2\"><p>Ghi chú: số liệu sơ bộ</p></td><td></td><td></td><td></td></tr></table>",
  "<ul><li>Tỷ lệ hộ nghèo giảm 1,5%.</li></ul>",
].join("");

test("paragraphs stand apart and each table row is one tab-separated line, merged cells keeping their columns", () => {
  const lines = htmlToText(wordHtml).split("\n");
  expect(lines.slice(0, 4)).toEqual(["KẾ HOẠCH phát triển kinh tế - xã hội năm 2026", "", "Các chỉ tiêu chủ yếu như sau:", ""]);
  expect(lines[4]).toBe("TT\tChỉ tiêu\tĐơn vị tính\tƯớc thực hiện năm 2025\tKế hoạch năm 2026");
  expect(lines[6]).toBe("2\tThu ngân sách nhà nước & phí\ttỷ đồng\t14.200\t15.000");
  expect(lines[7].split("\t")).toHaveLength(5);
  expect(lines.slice(8)).toEqual(["", "- Tỷ lệ hộ nghèo giảm 1,5%."]);
});

test("a cell merged down a column leaves that column empty in the rows below, the other cells in place", () => {
  const html = [
    "<table><tr><td>TT</td><td>Nhiệm vụ</td><td>Cơ quan chủ trì</td><td>Thời gian</td></tr>",
    '<tr><td>1</td><td>Rà soát quy hoạch</td><td rowspan="2">Sở Xây dựng</td><td>Quý II/2026</td></tr>',
    "<tr><td>2</td><td>Cấp phép xây dựng trực tuyến</td><td>Năm 2026</td></tr>",
    "<tr><td>3</td><td>Kiểm tra trật tự xây dựng</td><td>Sở Tư pháp</td><td>Thường xuyên</td></tr></table>",
  ].join("");
  expect(htmlToText(html).split("\n").map((l) => l.split("\t"))).toEqual([
    ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"],
    ["1", "Rà soát quy hoạch", "Sở Xây dựng", "Quý II/2026"],
    ["2", "Cấp phép xây dựng trực tuyến", "", "Năm 2026"],
    ["3", "Kiểm tra trật tự xây dựng", "Sở Tư pháp", "Thường xuyên"],
  ]);
  const tasks = extractTargets(`KẾ HOẠCH\nCải cách hành chính năm 2026\n\n${htmlToText(html)}`, { file: "cchc.docx" }).tasks;
  expect(tasks.map((t) => [t.title, t.agencies[0]])).toEqual([
    ["Rà soát quy hoạch", "so-xay-dung"],
    ["Cấp phép xây dựng trực tuyến", "so-xay-dung"],
    ["Kiểm tra trật tự xây dựng", "so-tu-phap"],
  ]);
});

test("the extractor reads a Word table's plan column, not its estimate column", () => {
  const result = extractTargets(htmlToText(wordHtml), { file: "kh.docx", plan: "kh" });
  const byName = new Map(result.targets.map((t) => [t.name, t]));
  expect(byName.get("Tốc độ tăng trưởng GRDP")).toMatchObject({ min: 8.5, max: 9, unit: "%", year: 2026 });
  expect(byName.get("Thu ngân sách nhà nước & phí")).toMatchObject({ value: 15000, unit: "tỷ đồng" });
  expect(result.targets.some((t) => t.value === 7.8 || t.value === 14200)).toBe(false);
});

test("a real .docx with a table, read by the document readers, gives the plan column's targets", async () => {
  const bytes = await docxBytes(
    ["KẾ HOẠCH", "Phát triển kinh tế - xã hội năm 2026", "Biểu các chỉ tiêu chủ yếu"],
    [
      ["STT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2025", "Kế hoạch năm 2026"],
      ["1", "Tỷ lệ hộ nghèo", "%", "3,1", "2,5"],
      ["2", "Thu ngân sách nhà nước", "tỷ đồng", "12.400", "13.800"],
    ],
  );
  const read = await documentText("kh.docx", new Uint8Array(bytes), documentReaders);
  expect(read.ok).toBe(true);
  if (!read.ok) return;
  expect(read.text).toContain("1\tTỷ lệ hộ nghèo\t%\t3,1\t2,5");
  const targets = extractTargets(read.text, { file: "kh.docx", plan: "kh" }).targets;
  expect(targets.map((t) => [t.name, t.value, t.unit, t.year])).toEqual([
    ["Tỷ lệ hộ nghèo", 2.5, "%", 2026],
    ["Thu ngân sách nhà nước", 13800, "tỷ đồng", 2026],
  ]);
});

test("a Word table with 'Kế hoạch' merged over 'Năm 2026' and 'Đến năm 2030' gives each row a target for each year", () => {
  const html = [
    '<table><tr><td rowspan="2">STT</td><td rowspan="2">Chỉ tiêu</td><td rowspan="2">ĐVT</td><td rowspan="2">Thực hiện năm 2025</td><td colspan="2">Kế hoạch</td></tr>',
    "<tr><td>Năm 2026</td><td>Đến năm 2030</td></tr>",
    "<tr><td>1</td><td>Tốc độ tăng trưởng GRDP</td><td>%</td><td>7,6</td><td>8,2</td><td>Bình quân 8,5</td></tr>",
    "<tr><td>2</td><td>Tỷ lệ hộ nghèo</td><td>%</td><td>2,9</td><td>Giảm 1</td><td>Giảm bình quân 1-1,5/năm</td></tr></table>",
  ].join("");
  const { targets } = extractTargets(htmlToText(html), { file: "kh.docx", plan: "kh" });
  expect(targets.map((t) => [t.name, t.value ?? [t.min, t.max], t.year])).toEqual([
    ["Tốc độ tăng trưởng GRDP", 8.2, 2026],
    ["Tốc độ tăng trưởng GRDP", 8.5, 2030],
    ["Tỷ lệ hộ nghèo", 1, 2026],
    ["Tỷ lệ hộ nghèo", [1, 1.5], 2030],
  ]);
});
