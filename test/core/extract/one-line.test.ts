/**
 * A document flattened to one line (a copied web page, a PDF read without its line breaks) reads
 * as its lined text does: headings and list items get their line breaks back, and every target
 * still cites the input's own line. Ordinary paragraphs are not cut.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { extractTargets } from "../../../src/core/extract";
import { reflowLines } from "../../../src/core/extract/reflow";
import type { Target } from "../../../src/core/catalog/schema";
import { matchTargets } from "./match";

test("a flattened line is cut before its headings, after their titles and before the items that follow a stop", () => {
  const line =
    "Số: 12/KH-UBND ngày 3 tháng 1 năm 2026 KẾ HOẠCH Phát triển kinh tế năm 2026 I. ĐÁNH GIÁ KẾT QUẢ NĂM 2025 Tốc độ tăng trưởng ước đạt 7%. II. MỤC TIÊU, CHỈ TIÊU NĂM 2026 (1) Tốc độ tăng trưởng kinh tế đạt 8%; (2) Tỷ lệ hộ nghèo dưới 2%. - 100% xã có trạm y tế đạt chuẩn.";
  const { lines, origin } = reflowLines(["Tiêu đề", line]);
  expect(lines.map((l) => l.trim())).toEqual([
    "Tiêu đề",
    "Số: 12/KH-UBND ngày 3 tháng 1 năm 2026",
    "KẾ HOẠCH",
    "Phát triển kinh tế năm 2026",
    "I. ĐÁNH GIÁ KẾT QUẢ NĂM 2025",
    "Tốc độ tăng trưởng ước đạt 7%.",
    "II. MỤC TIÊU, CHỈ TIÊU NĂM 2026",
    "(1) Tốc độ tăng trưởng kinh tế đạt 8%;",
    "(2) Tỷ lệ hộ nghèo dưới 2%.",
    "- 100% xã có trạm y tế đạt chuẩn.",
  ]);
  expect([...origin!]).toEqual([0, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
});

test("a long paragraph with a document number and abbreviations but no heading is left as written", () => {
  const paragraph =
    "Tiếp tục thực hiện Đề án số 201/ĐA-UBND ngày 14/7/2020 của UBND tỉnh về nâng cao chất lượng phong trào toàn dân bảo vệ an ninh Tổ quốc; phối hợp với HĐND, UBND các xã, các doanh nghiệp FDI và KCN trên địa bàn đẩy mạnh phòng, chống tội phạm, tệ nạn xã hội; bảo đảm 100% vụ việc được xử lý kịp thời. - Hằng năm báo cáo kết quả.";
  expect(reflowLines([paragraph])).toEqual({ lines: [paragraph], origin: null });
});

test("targets of a flattened plan cite the input's line and quote it verbatim", () => {
  const text = `Ghi chú của người nhập\n${"Phần thứ nhất ĐÁNH GIÁ KẾT QUẢ NĂM 2025 Thu ngân sách đạt 6.100 tỷ đồng. ".repeat(3)}Phần thứ hai KẾ HOẠCH NĂM 2026 I. CÁC CHỈ TIÊU CHỦ YẾU (1) Thu ngân sách nhà nước 6.900 tỷ đồng; (2) Tỷ lệ hộ nghèo dưới 1,5%.`;
  const { targets } = extractTargets(text, { file: "mot-dong.txt", plan: "p" });
  expect(targets.map((t) => [t.name, t.value, t.source.line])).toEqual([
    ["Thu ngân sách nhà nước", 6900, 2],
    ["Tỷ lệ hộ nghèo", 1.5, 2],
  ]);
  for (const t of targets) expect(text.split("\n")[1]).toContain(t.source.text);
});

const SOURCES = resolve(__dirname, "../../../../shared/seeds");
const SEEDS = resolve(__dirname, "../../../seeds");
const DOCUMENTS: [file: string, plan: string][] = [
  ["001_9da8b1121cb7c423.txt", "bg-nq29"],
  ["003_95d5f290d641b824.txt", "bg-2024"],
  ["004_1d0f1223b240eb36.txt", "qn-cds-2024"],
];
const available = DOCUMENTS.every(([file, plan]) => existsSync(resolve(SOURCES, file)) && existsSync(resolve(SEEDS, `${plan}.json`)));
if (!available) console.warn(`Skipping the one-line source documents test: ${SOURCES} or seeds/*.json are absent.`);

(available ? test.each(DOCUMENTS) : test.skip.each(DOCUMENTS))("source document %s joined into one line gives the targets its lines give", (file, plan) => {
  const reviewed = (JSON.parse(readFileSync(resolve(SEEDS, `${plan}.json`), "utf8")) as { targets: Target[] }).targets;
  const text = readFileSync(resolve(SOURCES, file), "utf8");
  const lined = matchTargets(reviewed, extractTargets(text, { file, plan }).targets).matched.length;
  const oneLine = extractTargets(text.replace(/\s*\n\s*/g, " "), { file, plan });
  expect(matchTargets(reviewed, oneLine.targets).matched.length).toBeGreaterThanOrEqual(lined);
  expect(oneLine.targets.length).toBeLessThanOrEqual(reviewed.length + 1);
  expect(oneLine.targets.every((t) => t.source.line === 1)).toBe(true);
});
