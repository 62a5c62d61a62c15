/**
 * Sub-targets carry self-contained names: the count's words name the share that restates it, a
 * qualifier takes the words of the indicator before it, and a "per vạn dân" written once holds for
 * both halves of a pair. The quality bench matches names loosely; this checks them word for word.
 */
import { extractTargets } from "../../../src/core/extract";

const read = (text: string) => extractTargets(`KẾ HOẠCH năm 2030\n\nII. MỤC TIÊU\n${text}`, { file: "kh.txt" }).targets.map((t) => [t.name, t.value, t.unit]);

test("a share in parentheses after a count is that count's share; the words after it name both", () => {
  expect(read("- Phấn đấu có 60 xã (75%) đạt chuẩn nông thôn mới, trong đó 20 xã (25%) đạt chuẩn nông thôn mới nâng cao và 5 xã (6,3%) đạt chuẩn nông thôn mới kiểu mẫu.")).toEqual([
    ["Số xã đạt chuẩn nông thôn mới", 60, "xã"],
    ["Tỷ lệ xã đạt chuẩn nông thôn mới", 75, "%"],
    ["Số xã đạt chuẩn nông thôn mới nâng cao", 20, "xã"],
    ["Tỷ lệ xã đạt chuẩn nông thôn mới nâng cao", 25, "%"],
    ["Số xã đạt chuẩn nông thôn mới kiểu mẫu", 5, "xã"],
    ["Tỷ lệ xã đạt chuẩn nông thôn mới kiểu mẫu", 6.3, "%"],
  ]);
  expect(read("- Số xã đạt chuẩn nông thôn mới 40 xã (đạt 100%).")).toEqual([
    ["Số xã đạt chuẩn nông thôn mới", 40, "xã"],
    ["Tỷ lệ xã đạt chuẩn nông thôn mới", 100, "%"],
  ]);
});

test("a qualifier after a target takes the indicator's words before it", () => {
  expect(read("- Tỷ lệ đi học đúng độ tuổi cấp tiểu học đạt 99%, cấp trung học cơ sở đạt 95%.")).toEqual([
    ["Tỷ lệ đi học đúng độ tuổi cấp tiểu học", 99, "%"],
    ["Tỷ lệ đi học đúng độ tuổi cấp trung học cơ sở", 95, "%"],
  ]);
});

test("doctors and beds per vạn dân, and a count of those an action is for", () => {
  expect(read("- Đạt 14 bác sĩ và 35 giường bệnh/vạn dân.\n- Giải quyết việc làm cho 18.000 lao động.")).toEqual([
    ["Số bác sĩ trên vạn dân", 14, "bác sĩ/vạn dân"],
    ["Số giường bệnh trên vạn dân", 35, "giường bệnh/vạn dân"],
    ["Số lao động được giải quyết việc làm", 18000, "lao động"],
  ]);
});

test("an item ending 'trong đó:' has the items of another kind below it as its parts, until the list resumes", () => {
  const r = extractTargets("KẾ HOẠCH năm 2026\n\nII. MỤC TIÊU\n1. Tỷ lệ lao động qua đào tạo đạt 75%, trong đó:\n+ Có bằng cấp, chứng chỉ: 32%;\n+ Tỷ lệ lao động nữ qua đào tạo: 70%.\n2. Tỷ lệ hộ nghèo dưới 2%.\n+ Hộ cận nghèo: 4%.", { file: "kh.txt" });
  expect(r.targets.map((t) => [t.id, t.name, t.value, t.parent])).toEqual([
    ["kh.01", "Tỷ lệ lao động qua đào tạo", 75, undefined],
    ["kh.01a", "Tỷ lệ lao động qua đào tạo – bằng cấp, chứng chỉ", 32, "kh.01"],
    ["kh.01b", "Tỷ lệ lao động nữ qua đào tạo", 70, "kh.01"],
    ["kh.02", "Tỷ lệ hộ nghèo", 2, undefined],
    ["kh.03", "Tỷ lệ hộ cận nghèo", 4, undefined],
  ]);
});

test("a count added, with the running total and its share in parentheses", () => {
  expect(read("- Có thêm 6 xã đạt chuẩn nông thôn mới kiểu mẫu (nâng tổng số lên 20 xã, chiếm 25%).")).toEqual([
    ["Số xã đạt chuẩn nông thôn mới kiểu mẫu tăng thêm", 6, "xã"],
    ["Tổng số xã đạt chuẩn nông thôn mới kiểu mẫu", 20, "xã"],
    ["Tỷ lệ xã đạt chuẩn nông thôn mới kiểu mẫu", 25, "%"],
  ]);
});

test("a count restating a share counts the same thing; a sibling qualifier takes the place of the one before it", () => {
  expect(read("- Tỷ lệ xã đạt chuẩn nông thôn mới đạt 100% (95/95 xã).\n- Tỷ lệ trường đạt chuẩn quốc gia 80% (tương đương 120 trường).")).toEqual([
    ["Tỷ lệ xã đạt chuẩn nông thôn mới", 100, "%"],
    ["Số xã đạt chuẩn nông thôn mới", 95, "xã"],
    ["Tỷ lệ trường đạt chuẩn quốc gia", 80, "%"],
    ["Số trường đạt chuẩn quốc gia", 120, "trường"],
  ]);
  expect(read("- Tỷ lệ thất nghiệp khu vực thành thị dưới 3%, nông thôn dưới 2%.\n- Tỷ lệ lao động nam có việc làm 70%, nữ 65%.")).toEqual([
    ["Tỷ lệ thất nghiệp khu vực thành thị", 3, "%"],
    ["Tỷ lệ thất nghiệp khu vực nông thôn", 2, "%"],
    ["Tỷ lệ lao động nam có việc làm", 70, "%"],
    ["Tỷ lệ lao động nữ có việc làm", 65, "%"],
  ]);
});

test("a part named by its own words is named after the whole it is part of, unless it restates the whole", () => {
  expect(read("- Tổng thu ngân sách nhà nước trên địa bàn 7.900 tỷ đồng, trong đó:\n+ Thu nội địa: 6.600 tỷ đồng;\n+ Thu từ xuất nhập khẩu: 1.300 tỷ đồng.\n- Số xã đạt chuẩn nông thôn mới 30 xã, trong đó số thôn đạt chuẩn nông thôn mới kiểu mẫu 45 thôn.")).toEqual([
    ["Tổng thu ngân sách nhà nước trên địa bàn", 7900, "tỷ đồng"],
    ["Tổng thu ngân sách nhà nước trên địa bàn – thu nội địa", 6600, "tỷ đồng"],
    ["Tổng thu ngân sách nhà nước trên địa bàn – thu từ xuất nhập khẩu", 1300, "tỷ đồng"],
    ["Số xã đạt chuẩn nông thôn mới", 30, "xã"],
    ["Số thôn đạt chuẩn nông thôn mới kiểu mẫu", 45, "thôn"],
  ]);
});

test("a falling part names what falls before how it is measured; a growing part names the growth", () => {
  expect(read("- Tỷ lệ hộ nghèo giảm 1%, trong đó hộ nghèo đồng bào dân tộc thiểu số giảm 2%.\n- Tốc độ tăng trưởng kinh tế 7,5%, trong đó giá trị sản xuất nông nghiệp tăng 3,2%.")).toEqual([
    ["Tỷ lệ hộ nghèo (mức giảm hằng năm)", 1, "điểm %"],
    ["Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số (mức giảm hằng năm)", 2, "điểm %"],
    ["Tốc độ tăng trưởng kinh tế", 7.5, "%"],
    ["Tốc độ tăng giá trị sản xuất nông nghiệp", 3.2, "%"],
  ]);
});

test("a chosen growth scenario names the growth; its 'trong đó:' parts listed with ',' end at ';'; last year's figures in parentheses are not targets", () => {
  const text =
    "UBND tỉnh chọn kịch bản tăng trưởng GRDP năm 2030 là 9% (năm 2025 ước đạt 8,1%, quy mô 150 nghìn tỷ đồng); trong đó: dịch vụ tăng 8%, công nghiệp – xây dựng tăng 12% (công nghiệp tăng 13%, xây dựng tăng 9,5%), nông, lâm, thủy sản tăng 3%; GRDP bình quân đầu người khoảng 5.000 USD; tổng vốn đầu tư toàn xã hội 60.000 tỷ đồng, bằng 34% GRDP.";
  expect(read(text)).toEqual([
    ["Tăng trưởng GRDP", 9, "%"],
    ["Tăng trưởng GRDP – dịch vụ", 8, "%"],
    ["Tăng trưởng GRDP – công nghiệp – xây dựng", 12, "%"],
    ["Tăng trưởng GRDP – công nghiệp", 13, "%"],
    ["Tăng trưởng GRDP – xây dựng", 9.5, "%"],
    ["Tăng trưởng GRDP – nông, lâm, thủy sản", 3, "%"],
    ["GRDP bình quân đầu người", 5000, "USD"],
    ["Tổng vốn đầu tư toàn xã hội", 60000, "tỷ đồng"],
    ["Tổng vốn đầu tư toàn xã hội so với GRDP", 34, "%"],
  ]);
});

test("a part named only by its year keeps the whole's words; a running total and a per-unit minimum are named from the count", () => {
  expect(read("- Tổng vốn đầu tư toàn xã hội giai đoạn 2026 - 2030 khoảng 300.000 tỷ đồng, trong đó năm 2030 đạt 72.000 tỷ đồng.")).toEqual([
    ["Tổng vốn đầu tư toàn xã hội", 300000, "tỷ đồng"],
    ["Tổng vốn đầu tư toàn xã hội năm 2030", 72000, "tỷ đồng"],
  ]);
  expect(read("- Có thêm 5 xã đạt chuẩn nông thôn mới, nâng tổng số lên 40 xã; các xã còn lại mỗi xã đạt tối thiểu 15 tiêu chí.")).toEqual([
    ["Số xã đạt chuẩn nông thôn mới tăng thêm", 5, "xã"],
    ["Tổng số xã đạt chuẩn nông thôn mới", 40, "xã"],
    ["Số tiêu chí các xã còn lại mỗi xã đạt", 15, "tiêu chí"],
  ]);
});

test("what a plan raises ('đưa …', 'nâng … lên'), after a dash too, is named by the indicator; a part after last year's figure in parentheses is still a part", () => {
  expect(read("- Nâng tỷ lệ che phủ rừng lên 61,5%.\n- Tổng vốn đầu tư toàn xã hội 58.000 tỷ đồng – đưa tỷ trọng vốn ngoài nhà nước lên 70%.\n- Thu ngân sách nhà nước 14.200 tỷ đồng (năm 2025 thực hiện 13.050 tỷ đồng), trong đó thu nội địa 12.600 tỷ đồng.")).toEqual([
    ["Tỷ lệ che phủ rừng", 61.5, "%"],
    ["Tổng vốn đầu tư toàn xã hội", 58000, "tỷ đồng"],
    ["Tỷ trọng vốn ngoài nhà nước", 70, "%"],
    ["Thu ngân sách nhà nước", 14200, "tỷ đồng"],
    ["Thu ngân sách nhà nước – thu nội địa", 12600, "tỷ đồng"],
  ]);
});

test("'có thêm n' adds to the count before it; 'mỗi xã có …' names the count per unit; 'riêng …' of a falling rate is named after the whole", () => {
  expect(read("- Số xã đạt chuẩn nông thôn mới đạt 45 xã; năm 2030 có thêm 5 xã.\n- Mỗi xã có ít nhất 01 sản phẩm OCOP đạt 3 sao trở lên.\n- Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm 1,2 điểm %, riêng hộ nghèo dân tộc thiểu số giảm 3 điểm %.")).toEqual([
    ["Số xã đạt chuẩn nông thôn mới", 45, "xã"],
    ["Số xã đạt chuẩn nông thôn mới tăng thêm", 5, "xã"],
    ["Số sản phẩm OCOP đạt 3 sao trở lên mỗi xã", 1, "sản phẩm"],
    ["Tỷ lệ hộ nghèo theo chuẩn đa chiều (mức giảm hằng năm)", 1.2, "điểm %"],
    ["Tỷ lệ hộ nghèo theo chuẩn đa chiều – hộ nghèo dân tộc thiểu số (mức giảm hằng năm)", 3, "điểm %"],
  ]);
});

test("a part that only says what is done is named after its figure; 'cây hằng năm' ends a name, not a year", () => {
  expect(read("- Giải quyết việc làm cho 24.000 lao động, trong đó đưa 2.500 lao động đi làm việc ở nước ngoài.\n- Tổng diện tích gieo trồng cây hằng năm 158.000 ha.")).toEqual([
    ["Số lao động được giải quyết việc làm", 24000, "lao động"],
    ["Số lao động đi làm việc ở nước ngoài được đưa", 2500, "lao động"],
    ["Tổng diện tích gieo trồng cây hằng năm", 158000, "ha"],
  ]);
});

test("last year's plan and the change from last year in parentheses are context: the goal before them stays, they are no targets", () => {
  expect(read("- Thu ngân sách nhà nước 16.500 tỷ đồng (kế hoạch năm 2025 là 14.800 tỷ đồng).")).toEqual([["Thu ngân sách nhà nước", 16500, "tỷ đồng"]]);
  expect(read("- Tỷ lệ hộ nghèo giảm còn 1,8% (giảm 0,9 điểm % so với năm 2025).")).toEqual([["Tỷ lệ hộ nghèo", 1.8, "%"]]);
});

test("shares written 'tương ứng' / 'lần lượt' pair with the names listed before them, in order; sectors stand for one another", () => {
  expect(read("- Cơ cấu kinh tế (nông nghiệp – công nghiệp, xây dựng – dịch vụ) tương ứng là 20% – 38% – 42%.\n- Tỷ trọng nông nghiệp, công nghiệp - xây dựng và dịch vụ trong GRDP lần lượt là 18,5%, 36% và 45,5%.")).toEqual([
    ["Tỷ trọng nông nghiệp trong cơ cấu kinh tế", 20, "%"],
    ["Tỷ trọng công nghiệp, xây dựng trong cơ cấu kinh tế", 38, "%"],
    ["Tỷ trọng dịch vụ trong cơ cấu kinh tế", 42, "%"],
    ["Tỷ trọng nông nghiệp trong GRDP", 18.5, "%"],
    ["Tỷ trọng công nghiệp - xây dựng trong GRDP", 36, "%"],
    ["Tỷ trọng dịch vụ trong GRDP", 45.5, "%"],
  ]);
  expect(read("- Chuyển dịch cơ cấu lao động, tỷ trọng lao động nông nghiệp trong tổng lao động xã hội giảm còn 38%, công nghiệp – xây dựng 27%, dịch vụ 35%.\n- Tỷ lệ sử dụng nước sạch đạt 96% ở thành thị và 88% ở nông thôn.")).toEqual([
    ["Tỷ trọng lao động nông nghiệp trong tổng lao động xã hội", 38, "%"],
    ["Tỷ trọng lao động công nghiệp – xây dựng trong tổng lao động xã hội", 27, "%"],
    ["Tỷ trọng lao động dịch vụ trong tổng lao động xã hội", 35, "%"],
    ["Tỷ lệ sử dụng nước sạch – thành thị", 96, "%"],
    ["Tỷ lệ sử dụng nước sạch – nông thôn", 88, "%"],
  ]);
});

test("a yearly average in parentheses is the whole's; 'Giảm <indicator> x%' is how the indicator falls", () => {
  expect(read("- Tổng vốn đầu tư toàn xã hội khoảng 450 nghìn tỷ đồng (bình quân 90 nghìn tỷ đồng/năm).\n- Giảm tỷ lệ hộ nghèo 1,5%, trong đó các xã đặc biệt khó khăn giảm 4%.")).toEqual([
    ["Tổng vốn đầu tư toàn xã hội", 450, "nghìn tỷ đồng"],
    ["Tổng vốn đầu tư toàn xã hội bình quân mỗi năm", 90, "nghìn tỷ đồng"],
    ["Tỷ lệ hộ nghèo (mức giảm hằng năm)", 1.5, "điểm %"],
    ["Tỷ lệ hộ nghèo – các xã đặc biệt khó khăn (mức giảm hằng năm)", 4, "điểm %"],
  ]);
});

test("a count bounded by 'trở lên' after a share says what the share counts: it is part of the share's name", () => {
  expect(read("- 100% số xã còn lại đạt từ 15 tiêu chí trở lên; bình quân mỗi xã đạt 18 tiêu chí.")).toEqual([
    ["Tỷ lệ xã còn lại đạt từ 15 tiêu chí trở lên", 100, "%"],
    ["Số tiêu chí bình quân mỗi xã đạt", 18, "tiêu chí"],
  ]);
});

test("a part's share of a whole of money, a part narrowed by 'đạt chuẩn', and a bare measure of the crop before it", () => {
  expect(read("- Tổng vốn đầu tư toàn xã hội 62.000 tỷ đồng, trong đó vốn ngân sách nhà nước chiếm 18%.\n- Tỷ lệ thôn có nhà văn hóa 100%, trong đó đạt chuẩn 85%.\n- Diện tích trồng lúa 45.000 ha, năng suất 62 tạ/ha, sản lượng 279.000 tấn.")).toEqual([
    ["Tổng vốn đầu tư toàn xã hội", 62000, "tỷ đồng"],
    ["Tỷ trọng vốn ngân sách nhà nước trong tổng vốn đầu tư toàn xã hội", 18, "%"],
    ["Tỷ lệ thôn có nhà văn hóa", 100, "%"],
    ["Tỷ lệ thôn có nhà văn hóa đạt chuẩn", 85, "%"],
    ["Diện tích trồng lúa", 45000, "ha"],
    ["Năng suất lúa", 62, "tạ/ha"],
    ["Sản lượng lúa", 279000, "tấn"],
  ]);
});

test("a pair per vạn dân with the unit only in the names: 'Số bác sĩ/vạn dân đạt 11,5; số giường bệnh/vạn dân đạt 33'", () => {
  expect(read("- Số bác sĩ/vạn dân đạt 11,5; số giường bệnh trên 1 vạn dân đạt 33.").map((t) => [t[1], t[2]])).toEqual([
    [11.5, "bác sĩ/vạn dân"],
    [33, "giường bệnh/vạn dân"],
  ]);
});

test("a structure named over items with no figure of its own gives each item's share in it; the next item of its list ends it", () => {
  expect(read("1. Cơ cấu kinh tế đến năm 2030:\n- Nông, lâm nghiệp và thủy sản: 20%;\n- Dịch vụ: 42%.\n2. Tỷ lệ che phủ rừng 62%.")).toEqual([
    ["Tỷ trọng nông, lâm nghiệp và thủy sản trong cơ cấu kinh tế", 20, "%"],
    ["Tỷ trọng dịch vụ trong cơ cấu kinh tế", 42, "%"],
    ["Tỷ lệ che phủ rừng", 62, "%"],
  ]);
});

test("one indicator listed for several levels or places, its figures 'lần lượt' / 'tương ứng', gives one target per level", () => {
  const text = "- Tỷ lệ trường mầm non, tiểu học, THCS đạt chuẩn quốc gia lần lượt là 60%, 85% và 75%.\n- Tỷ lệ thất nghiệp ở thành thị và nông thôn tương ứng là 3% và 1,5%.";
  expect(read(text)).toEqual([
    ["Tỷ lệ trường mầm non đạt chuẩn quốc gia", 60, "%"],
    ["Tỷ lệ trường tiểu học đạt chuẩn quốc gia", 85, "%"],
    ["Tỷ lệ trường THCS đạt chuẩn quốc gia", 75, "%"],
    ["Tỷ lệ thất nghiệp ở thành thị", 3, "%"],
    ["Tỷ lệ thất nghiệp ở nông thôn", 1.5, "%"],
  ]);
  const falling = extractTargets(`KẾ HOẠCH năm 2030\n\nII. MỤC TIÊU\n${text}`, { file: "kh.txt" }).targets.filter((t) => t.name.startsWith("Tỷ lệ thất nghiệp"));
  expect(falling.map((t) => t.direction)).toEqual(["decrease", "decrease"]);
});

test("a share of GRDP is a level, whatever the indicator it is of; parts in parentheses without 'tăng' grow like their whole", () => {
  const got = extractTargets("KẾ HOẠCH năm 2026\n\nII. MỤC TIÊU\n- Ban Thường vụ thống nhất chọn kịch bản tăng trưởng GRDP năm 2026 là 10,2%; trong đó: công nghiệp – xây dựng tăng 14,6% (công nghiệp 15,2%, xây dựng 12,9%), dịch vụ 9,1%; tổng vốn đầu tư toàn xã hội so với GRDP khoảng 33,5%.", { file: "kh.txt" }).targets;
  expect(got.map((t) => [t.name, t.value, t.kind])).toEqual([
    ["Tăng trưởng GRDP", 10.2, "rate"],
    ["Tăng trưởng GRDP – công nghiệp – xây dựng", 14.6, "rate"],
    ["Tăng trưởng GRDP – công nghiệp", 15.2, "rate"],
    ["Tăng trưởng GRDP – xây dựng", 12.9, "rate"],
    ["Tăng trưởng GRDP – dịch vụ", 9.1, "rate"],
    ["Tổng vốn đầu tư toàn xã hội so với GRDP", 33.5, "level"],
  ]);
});

test("what there is now ('hiện có 45 xã đạt chuẩn …') is no target, and what is added to it is named from it", () => {
  expect(read("- Toàn tỉnh hiện có 45 xã đạt chuẩn nông thôn mới nâng cao; năm 2030 có thêm 6 xã.")).toEqual([["Số xã đạt chuẩn nông thôn mới nâng cao tăng thêm", 6, "xã"]]);
});

test("a share's words run up to 'trong đó', commas and all; a part that 'chiếm x%' of a count is its share of that count", () => {
  expect(read("- Phấn đấu 100% xã, phường có trạm y tế đạt chuẩn, trong đó 60% trạm y tế có bác sĩ làm việc thường xuyên.\n- Tạo việc làm mới cho 22.000 lao động (lao động nữ chiếm 45%).").map((t) => t[0])).toEqual([
    "Tỷ lệ xã, phường có trạm y tế đạt chuẩn",
    "Tỷ lệ xã, phường có trạm y tế đạt chuẩn – trạm y tế có bác sĩ làm việc thường xuyên",
    "Số lao động được tạo việc làm mới",
    "Tỷ trọng lao động nữ trong số lao động được tạo việc làm mới",
  ]);
});

test("a part that only names a sibling of the whole's qualifier swaps it in the whole's name", () => {
  expect(read("- Tỷ lệ hộ nghèo khu vực thành thị dưới 1%, trong đó nông thôn dưới 3%.\n- Tỷ lệ trường đạt chuẩn quốc gia mức độ 1 đạt 88%, trong đó mức độ 2 đạt 25%.\n- Tỷ lệ lao động qua đào tạo đạt 75%, trong đó nữ đạt 40%.")).toEqual([
    ["Tỷ lệ hộ nghèo khu vực thành thị", 1, "%"],
    ["Tỷ lệ hộ nghèo khu vực nông thôn", 3, "%"],
    ["Tỷ lệ trường đạt chuẩn quốc gia mức độ 1", 88, "%"],
    ["Tỷ lệ trường đạt chuẩn quốc gia mức độ 2", 25, "%"],
    ["Tỷ lệ lao động qua đào tạo", 75, "%"],
    ["Tỷ lệ lao động qua đào tạo – nữ", 40, "%"],
  ]);
});

test("a part labelled before its figure ('Vốn đầu tư công: 80.000 tỷ đồng') is named by its label, not read as a group lead-in", () => {
  expect(read("- Tổng vốn đầu tư toàn xã hội khoảng 500.000 tỷ đồng, trong đó:\n+ Vốn đầu tư công: 80.000 tỷ đồng;\n+ Vốn FDI: 150.000 tỷ đồng.")).toEqual([
    ["Tổng vốn đầu tư toàn xã hội", 500000, "tỷ đồng"],
    ["Tổng vốn đầu tư toàn xã hội – vốn đầu tư công", 80000, "tỷ đồng"],
    ["Tổng vốn đầu tư toàn xã hội – vốn FDI", 150000, "tỷ đồng"],
  ]);
});

test("items numbered one level down ('2.1.', '2.2.') after '… Chia ra:' are the parts of item 2", () => {
  const r = extractTargets("KẾ HOẠCH năm 2026\n\nII. MỤC TIÊU\n2. Tổng thu ngân sách nhà nước 12.500 tỷ đồng. Chia ra:\n2.1. Thu nội địa: 10.200 tỷ đồng;\n2.2. Thu từ hoạt động xuất nhập khẩu: 2.300 tỷ đồng.\n3. Tỷ lệ che phủ rừng đạt 45%.", { file: "kh.txt" }).targets;
  expect(r.map((t) => [t.name, t.parent])).toEqual([
    ["Tổng thu ngân sách nhà nước", undefined],
    ["Tổng thu ngân sách nhà nước – thu nội địa", r[0].id],
    ["Tổng thu ngân sách nhà nước – thu từ hoạt động xuất nhập khẩu", r[0].id],
    ["Tỷ lệ che phủ rừng", undefined],
  ]);
});

test("'số' meaning digital ('công nghệ số', 'chuyển đổi số') before a figure does not hide it as a label's number", () => {
  expect(read("- Số doanh nghiệp thành lập mới 5.000 doanh nghiệp, trong đó doanh nghiệp công nghệ số 300 doanh nghiệp.")).toEqual([
    ["Số doanh nghiệp thành lập mới", 5000, "doanh nghiệp"],
    ["Số doanh nghiệp thành lập mới – doanh nghiệp công nghệ số", 300, "doanh nghiệp"],
  ]);
});

test("shares listed with dashes each take the name before them; a '+' run into a line is no part of a name", () => {
  expect(read("- Cơ cấu kinh tế: nông nghiệp 15% - công nghiệp, xây dựng 40% - dịch vụ 45%.\n- Tốc độ tăng trưởng kinh tế 9%, trong đó: + Nông nghiệp tăng 3%; + Dịch vụ tăng 10%.")).toEqual([
    ["Tỷ trọng nông nghiệp trong cơ cấu kinh tế", 15, "%"],
    ["Tỷ trọng công nghiệp, xây dựng trong cơ cấu kinh tế", 40, "%"],
    ["Tỷ trọng dịch vụ trong cơ cấu kinh tế", 45, "%"],
    ["Tốc độ tăng trưởng kinh tế", 9, "%"],
    ["Tốc độ tăng trưởng kinh tế – nông nghiệp", 3, "%"],
    ["Tốc độ tăng trưởng kinh tế – dịch vụ", 10, "%"],
  ]);
});
