/**
 * The extractor survives any text (issue 14, item 13): pathological inputs finish, a draft that
 * would fail the catalog schema is dropped with a reason while the rest are kept, and documents
 * over the size limit are refused with a clear message. Speed itself is measured in the bench.
 */
import { parseTargetRecords } from "../../../src/core/catalog/load";
import { documentProblem, extractTargets } from "../../../src/core/extract";

function valid(targets: unknown[]): boolean {
  return parseTargetRecords("x.txt", JSON.parse(JSON.stringify(targets))).ok;
}

test("an odd sentence next to a real target leaves only records that load, the real target among them", () => {
  const text = "KẾ HOẠCH năm 2025\nUSD tiêu 9.800 xã 15,5 03 đồng năm dưới\n(1) Tỷ lệ hộ nghèo dưới 2%.";
  const result = extractTargets(text, { file: "odd.txt" });
  expect(result.targets.map((t) => [t.name, t.value, t.unit])).toContainEqual(["Tỷ lệ hộ nghèo", 2, "%"]);
  expect(valid(result.targets)).toBe(true);
});

test("a 200,000-digit number is dropped and the other targets are kept", () => {
  const text = `KẾ HOẠCH năm 2025\nMỤC TIÊU\n(1) Thu ngân sách đạt ${"9".repeat(200_000)} tỷ đồng.\n(2) Tỷ lệ hộ nghèo dưới 2%.`;
  const result = extractTargets(text, { file: "huge.txt" });
  expect(result.targets.map((t) => t.name)).toEqual(["Tỷ lệ hộ nghèo"]);
  expect(valid(result.targets)).toBe(true);
  const dropped = result.warnings.find((w) => w.vi.startsWith("Đã bỏ 1 chỉ tiêu"));
  expect(dropped?.vi).toContain("dòng 3 (giá trị không hợp lệ");
  expect(dropped?.en).toContain("line 3 (invalid value");
});

test("288 KB of repeated 'khoảng ' finishes with no targets and no error", () => {
  const result = extractTargets(`Kế hoạch năm 2025 về phát triển kinh tế xã hội của tỉnh\n${"khoảng ".repeat(288 * 128)}`, { file: "k.txt" });
  expect(result.targets).toEqual([]);
});

test("a 600 KB document on one line still yields its targets, all valid", () => {
  const item = "tỷ lệ hộ nghèo giảm 1,5%; tỷ lệ lao động qua đào tạo đạt 70%, trong đó có bằng cấp, chứng chỉ 30%; ";
  const text = `KẾ HOẠCH năm 2025 II. MỤC TIÊU ${item.repeat(Math.ceil(600_000 / item.length))}`;
  const result = extractTargets(text, { file: "line.txt" });
  expect(result.targets.length).toBeGreaterThanOrEqual(3);
  expect(valid(result.targets)).toBe(true);
});

test("a text over 20 MB is refused with a message saying how to proceed", () => {
  const text = "Tỷ lệ hộ nghèo giảm 1,5%. ".repeat(Math.ceil((21 * 1024 * 1024) / 26));
  const problem = documentProblem(text);
  expect(problem?.vi).toContain("giới hạn 20 MB");
  expect(problem?.en).toContain("limit 20 MB");
  expect(extractTargets(text, { file: "big.txt" }).targets).toEqual([]);
});

test("a list numbered (1), (2), (2), (4) is read whole, and the warning tells a repeated number from a gap", () => {
  const text = ["KẾ HOẠCH năm 2026", "I. CÁC CHỈ TIÊU CHỦ YẾU", "(1) Tỷ lệ hộ nghèo dưới 2%.", "(2) Tỷ lệ che phủ rừng đạt 58%.", "(2) Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%.", "(4) Số xã đạt chuẩn nông thôn mới đạt 40 xã."].join("\n");
  const result = extractTargets(text, { file: "so-thu-tu.txt" });
  expect(result.targets).toHaveLength(4);
  expect(result.warnings.map((w) => w.vi)).toEqual(
    expect.arrayContaining([expect.stringMatching(/^Số thứ tự \(2\) lặp lại ở dòng 5;/), expect.stringMatching(/^Đánh số không liền mạch ở dòng 6: \(4\) sau \(2\);/)]),
  );
});
