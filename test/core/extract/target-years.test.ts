/**
 * The year each target is for, as a reader gives it: a list takes the year its lead-in names (a run-on list after
 * "đề ra … chỉ tiêu … nhiệm kỳ 2025 - 2030", a dash list after "Theo đó, đến năm 2030:"), only for that list; a
 * period that names a standard ("theo Bộ tiêu chí giai đoạn 2026 - 2030") sets no year.
 */
import { extractTargets } from "../../../src/core/extract";

const years = (text: string) => extractTargets(text, { file: "nam.txt", plan: "n" }).targets.map((t) => [t.name, t.year]);

test("a numbered list run into a congress report takes the term's last year from its lead-in, not the report's year", () => {
  const text = [
    "Ngày 20/8/2025, Đảng bộ xã Hòa Lạc tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030; năm 2025 là năm đầu tiên xã vận hành theo mô hình mới.",
    "Đại hội thống nhất đề ra 10 chỉ tiêu chủ yếu nhiệm kỳ 2025 - 2030 1. Thu nhập bình quân đầu người đạt 88 triệu đồng; 2. Tỷ lệ hộ nghèo giảm còn dưới 1,5%; 3. Tỷ lệ che phủ rừng đạt 52%.",
  ].join("\n");
  expect(years(text)).toEqual([
    ["Thu nhập bình quân đầu người", 2030],
    ["Tỷ lệ hộ nghèo", 2030],
    ["Tỷ lệ che phủ rừng", 2030],
  ]);
});

test("a paragraph ending 'Theo đó, đến năm 2030:' gives its dash list that year; the paragraph after the list is back in the plan's year", () => {
  const text = [
    "KẾ HOẠCH",
    "Phát triển nông nghiệp năm 2026",
    "",
    "Ngày 15/01/2026, Ủy ban nhân dân tỉnh ban hành Chương trình phát triển cây ăn quả giai đoạn 2026 - 2030. Theo đó, đến năm 2030:",
    "- Diện tích cây ăn quả đạt 65.000 ha.",
    "- Giá trị xuất khẩu trái cây đạt 900 triệu USD.",
    "",
    "Tỷ lệ diện tích cây ăn quả có mã số vùng trồng đạt 40%.",
  ].join("\n");
  expect(years(text)).toEqual([
    ["Diện tích cây ăn quả", 2030],
    ["Giá trị xuất khẩu trái cây", 2030],
    ["Tỷ lệ diện tích cây ăn quả có mã số vùng trồng", 2026],
  ]);
});

test("'theo Bộ tiêu chí giai đoạn 2026 - 2030' names a standard: the sentence's targets stay in the year it sets", () => {
  const text = "Năm 2026, ngành phấn đấu tỷ lệ xã đạt chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn 2026 - 2030 đạt 30%; tỷ lệ che phủ rừng đạt 42%.";
  expect(years(text).map(([, year]) => year)).toEqual([2026, 2026]);
});

test("a report that sets goals only for its term's end reads its own year's figures as results, and its targets are that year's", () => {
  const text = [
    "Ngày 12/8/2025, Đảng bộ xã Tân Phong tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.",
    "Năm 2025, thu nhập bình quân đạt 60 triệu đồng; năm 2024 đạt 55 triệu đồng; năm 2023 đạt 50 triệu đồng.",
    "Đại hội thống nhất đề ra 12 chỉ tiêu chủ yếu nhiệm kỳ 2025 - 2030 1. Thu nhập bình quân đầu người đạt 95 triệu đồng; 2. Tỷ lệ che phủ rừng đạt 45%.",
  ].join("\n");
  expect(years(text)).toEqual([
    ["Thu nhập bình quân đầu người", 2030],
    ["Tỷ lệ che phủ rừng", 2030],
  ]);
});

test("a text that sets goals for 2026 stays a 2026 plan though it names a 2030 goal too", () => {
  const text = "Năm 2025, GRDP của tỉnh tăng 8,1%. Năm 2026, tỉnh phấn đấu tốc độ tăng trưởng GRDP đạt 10%; tỷ lệ hộ nghèo giảm 1%. Mục tiêu đến năm 2030, GRDP bình quân đầu người đạt 8.000 USD.";
  const found = years(text);
  expect(found.slice(0, 2).map(([, year]) => year)).toEqual([2026, 2026]);
  expect(found.map(([name]) => name)).not.toContain("GRDP của tỉnh");
});

test("a sentence that sets goals for 2026–2030 holds the sentences after it in its paragraph; the next paragraph's 2026 goals keep 2026", () => {
  const text = [
    "Theo Nghị quyết về kế hoạch 5 năm 2026 - 2030, tỉnh đặt ra 30 chỉ tiêu chủ yếu; tốc độ tăng trưởng GRDP bình quân giai đoạn 2026 - 2030 đạt 10,5% trở lên. Kim ngạch xuất khẩu đạt 6 tỷ USD. Tỷ lệ đô thị hóa đạt 48%.",
    "",
    "Năm 2026, tỉnh phấn đấu tốc độ tăng trưởng GRDP đạt 10%; tỷ lệ hộ nghèo giảm 1%.",
  ].join("\n");
  expect(years(text)).toEqual([
    ["Tốc độ tăng trưởng GRDP", 2030],
    ["Kim ngạch xuất khẩu", 2030],
    ["Tỷ lệ đô thị hóa", 2030],
    ["Tốc độ tăng trưởng GRDP", 2026],
    ["Tỷ lệ hộ nghèo (mức giảm hằng năm)", 2026],
  ]);
});

test("a standard's period ('theo bộ tiêu chí giai đoạn 2026 - 2030') in one sentence does not hold the next one", () => {
  const text = "Năm 2026, tỉnh phấn đấu có 20 xã đạt chuẩn nông thôn mới theo bộ tiêu chí giai đoạn 2026 - 2030. Tỉnh đón trên 3 triệu lượt khách du lịch.";
  expect(years(text).map(([, year]) => year)).toEqual([2026, 2026]);
});

test("a dash item that sets a goal 'đến năm 2030' holds the items after it in its list, a comparison base ('so với năm 2025') being no year of their own", () => {
  const text = [
    "Ngày 9/1/2026, UBND tỉnh công bố chương trình phát triển nông sản chủ lực. Năm 2026, tỉnh phấn đấu sản lượng thủy sản đạt 700.000 tấn.",
    "",
    "- Cua: đến năm 2030, diện tích nuôi cua đạt từ 40.000 ha đến 45.000 ha.",
    "- Lúa: diện tích đất trồng lúa giữ ổn định 110.000 ha.",
    "- Muối: diện tích sản xuất muối đạt 1.500 ha, tăng thêm 10 - 15% so với năm 2025.",
    "",
    "Tỷ lệ hộ nghèo giảm còn 1,8%.",
  ].join("\n");
  expect(years(text)).toEqual([
    ["Sản lượng thủy sản", 2026],
    ["Diện tích nuôi cua", 2030],
    ["Diện tích đất trồng lúa", 2030],
    ["Diện tích sản xuất muối", 2030],
    ["Tỷ lệ hộ nghèo", 2026],
  ]);
});

test("a sentence restating the period held ('Theo đó, … bình quân giai đoạn 2026-2030 đạt …') keeps the hold for the sentences after it", () => {
  const text = [
    "Tỉnh Nam Sơn thông qua kế hoạch 5 năm",
    "",
    "HĐND tỉnh thông qua Nghị quyết về kế hoạch phát triển kinh tế - xã hội 5 năm 2026-2030 với 25 chỉ tiêu. Theo đó, tốc độ tăng trưởng GRDP bình quân giai đoạn 2026-2030 đạt 10%/năm. Kim ngạch xuất khẩu đạt 4 tỷ USD.",
    "",
    "Năm 2026, tỉnh phấn đấu thu ngân sách nhà nước 9.000 tỷ đồng.",
  ].join("\n");
  expect(years(text)).toEqual([
    ["Tốc độ tăng trưởng GRDP", 2030],
    ["Kim ngạch xuất khẩu", 2030],
    ["Thu ngân sách nhà nước", 2026],
  ]);
});

test("in a period held, a year that only opens a part ('…/năm, trong đó năm 2026 đạt …') leaves the figure before it in the period, and the part is that year's", () => {
  const text = [
    "Tỉnh Nam Sơn thông qua kế hoạch 5 năm",
    "",
    "Nghị quyết đề ra các chỉ tiêu giai đoạn 2026-2030. Tốc độ tăng năng suất lao động bình quân khoảng 8%/năm, trong đó năm 2026 đạt trên 7%.",
    "",
    "Năm 2026, tỉnh phấn đấu thu ngân sách nhà nước 9.000 tỷ đồng.",
  ].join("\n");
  const found = extractTargets(text, { file: "nam.txt", plan: "n" }).targets.map((t) => [t.value, t.year]);
  expect(found).toEqual([
    [8, 2030],
    [7, 2026],
    [9000, 2026],
  ]);
});

test("a clause naming only another year after a figure ('100% hồ sơ …; năm 2026 đạt tối thiểu 80%') is the same indicator in that year", () => {
  const text = ["Kế hoạch chuyển đổi số giai đoạn 2026 - 2030", "1. Mục tiêu đến năm 2030", "- 100% hồ sơ thủ tục hành chính được giải quyết trực tuyến; năm 2026 đạt tối thiểu 80%."].join("\n");
  expect(years(text)).toEqual([
    ["Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến", 2030],
    ["Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến năm 2026", 2026],
  ]);
});

test("a yearly plan's aim 'tạo nền tảng để đến năm 2030 thu nhập … đạt …' names the indicator after the deadline, for 2030; its items keep the plan's year", () => {
  const text = [
    "KẾ HOẠCH",
    "Phát triển kinh tế - xã hội năm 2026 của xã Yên Phú",
    "",
    "Năm 2026 là năm đầu thực hiện Nghị quyết Đại hội nhiệm kỳ 2025 - 2030, tạo nền tảng để đến năm 2030 thu nhập bình quân đầu người đạt 85 triệu đồng và xã đạt chuẩn đô thị loại V.",
    "",
    "CÁC CHỈ TIÊU CHỦ YẾU",
    "1. Thu nhập bình quân đầu người đạt 66 triệu đồng.",
    "2. Mỗi năm có thêm 2 tổ dân phố đạt chuẩn văn minh đô thị.",
  ].join("\n");
  const found = extractTargets(text, { file: "nam.txt", plan: "n" }).targets.map((t) => [t.name, t.value, t.unit, t.year]);
  expect(found[0]).toEqual(["Thu nhập bình quân đầu người", 85, "triệu đồng/người", 2030]);
  expect(found[1]).toEqual(["Thu nhập bình quân đầu người", 66, "triệu đồng/người", 2026]);
  expect(found[2]).toEqual([expect.stringContaining("tổ dân phố"), 2, "tổ dân phố", 2026]);
});

test("in a plan titled for a period ('Kế hoạch … giai đoạn 2026 - 2030') a figure for a year inside it is a milestone of that year, not a past result; 'đến (cuối) năm 2030 đạt …' after it is the same indicator in 2030", () => {
  const text = [
    "KẾ HOẠCH",
    "Phát triển đô thị tỉnh Tân Lập giai đoạn 2026 - 2030",
    "",
    "Năm 2025, tỷ lệ đô thị hóa đạt 38%.",
    "Phấn đấu năm 2026 tỷ lệ đô thị hóa đạt 40%, đến năm 2030 đạt 45%; tỷ lệ che phủ rừng năm 2026 đạt 50%, đến cuối năm 2030 đạt 52%.",
  ].join("\n");
  const found = extractTargets(text, { file: "nam.txt", plan: "n" }).targets.map((t) => [t.name.replace(/ năm 2030$/u, ""), t.value, t.year]);
  expect(found).toEqual([
    ["Tỷ lệ đô thị hóa", 40, 2026],
    ["Tỷ lệ đô thị hóa", 45, 2030],
    ["Tỷ lệ che phủ rừng", 50, 2026],
    ["Tỷ lệ che phủ rừng", 52, 2030],
  ]);
});

test("a list whose only year is a comparison base ('tăng 9% so với năm 2025') is the next year's plan", () => {
  const text = ["- GRDP tăng 8 - 8,5%.", "- Tổng vốn đầu tư toàn xã hội 41.000 tỷ đồng, tăng 9% so với năm 2025.", "- Tỷ lệ hộ nghèo giảm xuống dưới 0,7%."].join("\n");
  expect(years(text).map(([, year]) => year)).toEqual([2026, 2026, 2026]);
});

test("a report of 2025 that sets goals for 2026 and then 2027 keeps both: the later year does not make the earlier a result", () => {
  const text = "Năm 2025, tỷ lệ hộ nghèo của tỉnh còn 2,6%. Tỉnh phấn đấu tỷ lệ hộ nghèo năm 2026 giảm còn 2%, năm 2027 còn 1,5%.";
  expect(extractTargets(text, { file: "nam.txt", plan: "n" }).targets.map((t) => [t.value, t.year])).toEqual([
    [2, 2026],
    [1.5, 2027],
  ]);
});
