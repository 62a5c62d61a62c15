/**
 * Reports and news put results beside goals: what a passage reports as done ("ước tăng", "6 tháng đầu năm",
 * "nhiệm kỳ qua", "bằng x% dự toán", "vượt kế hoạch") is not a target; the plan's figure set beside it is,
 * named after its indicator, never after the words that connect it ("trong khi kế hoạch cả năm là …").
 */
import { extractTargets } from "../../../src/core/extract";

const read = (text: string) => extractTargets(text, { file: "tin.txt", year: 2026 }).targets.map((t) => [t.name, t.value ?? [t.min, t.max], t.unit]);

test("a mid-year actual is not a target; the year's plan beside it is, named after the indicator", () => {
  expect(read("6 tháng đầu năm 2026, tổng sản phẩm trên địa bàn (GRDP) ước tăng 7,1% so với cùng kỳ, trong khi kế hoạch cả năm là tăng 9%. Trong đó, khu vực dịch vụ tăng 6,2%.")).toEqual([
    ["Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)", 9, "%"],
  ]);
  expect(read("Kim ngạch xuất khẩu đạt 1,3 tỷ USD (kế hoạch 2,8 tỷ USD).")).toEqual([["Kim ngạch xuất khẩu", 2.8, "tỷ USD"]]);
  expect(read("Cùng với đó, lượng khách du lịch đạt 3,1 triệu lượt, trong khi chỉ tiêu cả năm là 5,5 triệu lượt.")).toEqual([["Lượng khách du lịch", 5.5, "triệu lượt"]]);
});

test("the plan's own words before an indicator do not name it", () => {
  expect(read("Kế hoạch đặt ra cho năm 2026 về tổng vốn đầu tư toàn xã hội là từ 50.000-52.000 tỷ đồng, đến nay mới thực hiện được 38%.")).toEqual([
    ["Tổng vốn đầu tư toàn xã hội", [50000, 52000], "tỷ đồng"],
  ]);
});

test("an actual measured against the plan or last year is a result", () => {
  expect(read("Thu ngân sách nhà nước đạt 5.400 tỷ đồng, bằng 51% dự toán và tăng 9% so với cùng kỳ.")).toEqual([]);
  expect(read("Năm 2025, tốc độ tăng trưởng kinh tế đạt 8,4%, vượt kế hoạch đề ra.")).toEqual([]);
  expect(read("Chỉ số sản xuất công nghiệp tăng 10,2%, đứng thứ 9/34 tỉnh, thành phố.")).toEqual([]);
});

test("results of the past term, then goals after 'phấn đấu' in the same paragraph", () => {
  expect(read("Nhiệm kỳ qua, thu nhập bình quân đầu người đạt 68 triệu đồng; tỷ lệ hộ nghèo còn 2,1%. Nhiệm kỳ tới, phấn đấu thu nhập bình quân đầu người đạt 110 triệu đồng; tỷ lệ hộ nghèo dưới 1%.")).toEqual([
    ["Thu nhập bình quân đầu người", 110, "triệu đồng/người"],
    ["Tỷ lệ hộ nghèo", 1, "%"],
  ]);
});

test("a goal measured against last year's estimate stays a goal, and so do its parts", () => {
  expect(read("Năm 2026, phấn đấu tốc độ tăng trưởng GRDP tăng từ 9% trở lên so với ước thực hiện năm 2025, trong đó: công nghiệp tăng 12%; dịch vụ tăng 8,5%.").map(([, v]) => v)).toEqual([9, 12, 8.5]);
});

test("connecting words that open a sentence are not part of a target's name", () => {
  expect(read("Bên cạnh đó, phấn đấu tỷ lệ che phủ rừng đạt 42%. Đồng thời, tỷ lệ lao động qua đào tạo đạt 75%.").map(([n]) => n)).toEqual([
    "Tỷ lệ che phủ rừng",
    "Tỷ lệ lao động qua đào tạo",
  ]);
});

test("a congress's delegates and what the past term carried out are not targets; its goals are", () => {
  expect(read("Dự đại hội có 180 đại biểu đại diện cho gần 4.000 đảng viên. Đảng bộ kết nạp được 92 đảng viên mới. Đại hội đề ra các chỉ tiêu: mỗi năm kết nạp từ 25 đảng viên trở lên.")).toEqual([
    ["Số đảng viên kết nạp mỗi năm", 25, "đảng viên"],
  ]);
});

test("news of one year's results that sets the next year's goals reads the first year as done", () => {
  const text = "Năm 2025, tốc độ tăng trưởng GRDP ước đạt 8,2%, cao hơn mục tiêu đề ra (8%). GRDP bình quân đầu người đạt 90 triệu đồng. Năm 2025 thu ngân sách đạt 20.100 tỷ đồng.\n\nGiai đoạn 2021-2025, tăng trưởng bình quân đạt 7,1%/năm.\n\nNăm 2026, tỉnh đặt mục tiêu thu ngân sách 22.000 tỷ đồng.";
  expect(extractTargets(text, { file: "tin.txt" }).targets.map((t) => [t.name, t.value, t.year])).toEqual([["Thu ngân sách", 22000, 2026]]);
});

test("a plan's deadline year is not a year it plans for", () => {
  const text = "KẾ HOẠCH năm 2024\n\nII. MỤC TIÊU\n- Tỷ lệ hộ nghèo giảm còn 2%; phấn đấu hoàn thành mục tiêu đến năm 2025.";
  expect(extractTargets(text, { file: "kh.txt" }).targets.map((t) => t.year)).toEqual([2024]);
});

test("a past term's figures are results; a base year after 'gấp n lần' does not date the goals after it", () => {
  const text = "Nhiệm kỳ 2020-2025, kinh tế tăng trưởng bình quân 6,5%/năm.\n\nĐại hội xác định mục tiêu đến năm 2030: quy mô kinh tế gấp 2 lần năm 2025; có thêm 3 khu công nghiệp được thành lập; tỷ lệ đô thị hóa trên 40%. Cùng với đó, tỉnh phấn đấu thu hút 4 tỷ USD vốn FDI. Đồng thời, 100% xã đạt chuẩn nông thôn mới.";
  expect(extractTargets(text, { file: "tin.txt" }).targets.map((t) => [t.name, t.value, t.year])).toEqual([
    ["Quy mô kinh tế so với năm 2025", 2, 2030],
    ["Số khu công nghiệp được thành lập tăng thêm", 3, 2030],
    ["Tỷ lệ đô thị hóa", 40, 2030],
    ["Vốn FDI được thu hút", 4, 2030],
    ["Tỷ lệ xã đạt chuẩn nông thôn mới", 100, 2030],
  ]);
});

test("an earlier year opening a paragraph reports every sentence after it; a target section's milestones stay", () => {
  const text = "Năm 2025, xã hoàn thành 12/12 chỉ tiêu. Thu ngân sách 60 tỷ đồng. Tỷ lệ hộ nghèo còn 1,5%.\nNăm 2026, xã phấn đấu thu ngân sách 66 tỷ đồng.";
  expect(extractTargets(text, { file: "bc.txt" }).targets.map((t) => [t.name, t.value])).toEqual([["Thu ngân sách", 66]]);
  const plan = "KẾ HOẠCH giai đoạn 2021 - 2025\n\nII. MỤC TIÊU\n- Năm 2023 có 60% số xã đạt chuẩn nông thôn mới. Năm 2025 có 80% số xã đạt chuẩn nông thôn mới.";
  expect(extractTargets(plan, { file: "kh.txt" }).targets.map((t) => t.value)).toEqual([60, 80]);
});

test("a goal compared with the plan it beats is still a goal", () => {
  expect(read("Năm 2026, tỉnh phấn đấu tốc độ tăng trưởng GRDP đạt 10%, vượt mục tiêu Trung ương giao; thu ngân sách đạt 25.000 tỷ đồng, tăng 12% so với dự toán Trung ương giao.").map(([, v]) => v)).toEqual([10, 25000]);
});

test("under a headline that names 'chỉ tiêu', a goal in prose is named from its cue on", () => {
  const text = "Nhiều chỉ tiêu chưa theo kịp kế hoạch\n\nĐể hoàn thành mục tiêu năm 2026, 6 tháng cuối năm tỉnh phấn đấu giải ngân vốn đầu tư công đạt 100% kế hoạch.";
  expect(extractTargets(text, { file: "tin.txt" }).targets.map((t) => t.name)).toEqual(["Tỷ lệ giải ngân vốn đầu tư công"]);
});

test("periods reported on are results: a quarter, months so far, years since, a cumulative figure to date", () => {
  expect(read("Tính chung 9 tháng, chỉ số sản xuất công nghiệp tăng 12,4%. Lũy kế đến hết tháng 10, giải ngân vốn đầu tư công đạt 68,5% kế hoạch vốn. Quý III, tăng trưởng GRDP đạt 7,9%. Sau 5 năm, toàn tỉnh có 120 xã đạt chuẩn nông thôn mới.")).toEqual([]);
  expect(read("Lũy kế đến cuối nhiệm kỳ có 85 xã được công nhận đạt chuẩn nông thôn mới.").map(([, v]) => v)).toEqual([85]);
});

test("more openers of news sentences are dropped from names: 'Đặc biệt', 'Song song với đó', 'Qua đó'", () => {
  expect(read("Năm 2026, tỉnh phấn đấu tỷ lệ đô thị hóa đạt 40%. Đặc biệt, tỷ lệ che phủ rừng đạt 45%. Song song với đó, tỷ lệ hộ nghèo dưới 2%. Qua đó, thu nhập bình quân đầu người đạt 80 triệu đồng.").map(([n]) => n)).toEqual([
    "Tỷ lệ đô thị hóa",
    "Tỷ lệ che phủ rừng",
    "Tỷ lệ hộ nghèo",
    "Thu nhập bình quân đầu người",
  ]);
});

test("a value moved 'từ X lên Y' sets Y only, named from the words before 'từ'", () => {
  expect(read("Năm 2026, thu ngân sách nhà nước điều chỉnh từ 3.200 tỷ đồng lên 3.520 tỷ đồng; tỷ lệ che phủ rừng điều chỉnh thành 55%.")).toEqual([
    ["Thu ngân sách nhà nước", 3520, "tỷ đồng"],
    ["Tỷ lệ che phủ rừng", 55, "%"],
  ]);
});

test("the term that ends where the next one begins is looked back on; the next term's goals are targets", () => {
  const text = "Nhiệm kỳ 2020 - 2025, thu nhập bình quân đầu người năm 2025 đạt 60 triệu đồng.\n\nĐại hội đề ra mục tiêu nhiệm kỳ 2025 - 2030: thu nhập bình quân đầu người đạt 90 triệu đồng.";
  expect(read(text)).toEqual([["Thu nhập bình quân đầu người", 90, "triệu đồng/người"]]);
});

test("in a goal, 'so với cùng kỳ' is the target's base, and 'dự kiến đạt' states the plan's figure", () => {
  expect(read("Năm 2026, tỉnh phấn đấu kim ngạch xuất khẩu tăng 12% so với cùng kỳ; thu ngân sách dự kiến đạt 4.000 tỷ đồng.")).toEqual([
    ["Tốc độ tăng kim ngạch xuất khẩu", 12, "%"],
    ["Thu ngân sách", 4000, "tỷ đồng"],
  ]);
});

test("an amount after the sector parts of a growth rate is a target of its own, not a part of the rate", () => {
  expect(read("Năm 2026, phấn đấu tăng trưởng GRDP 9%, trong đó dịch vụ tăng 8%, kim ngạch xuất khẩu đạt 2 tỷ USD.").map((t) => t[0])).toEqual([
    "Tăng trưởng GRDP",
    "Tăng trưởng GRDP – dịch vụ",
    "Kim ngạch xuất khẩu",
  ]);
});

test("'Kế hoạch năm <plan year>' sets goals: growth measured against last year is its base; an earlier year's plan reports", () => {
  const text = "Năm 2025, GRDP ước tăng 8%.\n\nKế hoạch năm 2026 của tỉnh: tổng vốn đầu tư toàn xã hội tăng 9,2% so với năm 2025; thu ngân sách tăng 10% so với năm trước.";
  expect(read(text)).toEqual([
    ["Tốc độ tăng tổng vốn đầu tư toàn xã hội", 9.2, "%"],
    ["Tốc độ tăng thu ngân sách", 10, "%"],
  ]);
});

test("'phấn đấu đạt và vượt n chỉ tiêu' sets goals: the targets listed after it are read, not taken for results", () => {
  expect(read("Năm 2026, phường phấn đấu đạt và vượt 20/20 chỉ tiêu. Cụ thể: tổng thu ngân sách trên địa bàn 190 tỷ đồng; tỷ lệ hộ nghèo dưới 0,6%.")).toEqual([
    ["Tổng thu ngân sách trên địa bàn", 190, "tỷ đồng"],
    ["Tỷ lệ hộ nghèo", 0.6, "%"],
  ]);
  expect(read("Năm 2025, phường đạt và vượt 18/20 chỉ tiêu; tổng thu ngân sách trên địa bàn 176 tỷ đồng.")).toEqual([]);
  expect(read("Huyện phấn đấu thực hiện đạt được các chỉ tiêu: tỷ lệ che phủ rừng 45%.")).toEqual([["Tỷ lệ che phủ rừng", 45, "%"]]);
});

test("paragraphs after one that opens on last year and only reports go on reporting until a goal is named", () => {
  const text = "Năm 2025, kinh tế huyện tăng trưởng khá, các chỉ tiêu cơ bản đều đạt và vượt kế hoạch.\n\nThu ngân sách trên địa bàn đạt 320 tỷ đồng; thu nhập bình quân đầu người đạt 60 triệu đồng.\n\nTỷ lệ người dân tham gia bảo hiểm y tế đạt 93,5%.\n\nNăm 2026, huyện phấn đấu thu ngân sách trên địa bàn 350 tỷ đồng.";
  expect(read(text)).toEqual([["Thu ngân sách trên địa bàn", 350, "tỷ đồng"]]);
});

test("the plan's words and the sector it is set for ('… đặt ra cho lĩnh vực du lịch là đón …') do not open the name", () => {
  expect(read("Chỉ tiêu kế hoạch năm 2026 về thu ngân sách là 1.500 tỷ đồng. Mục tiêu kế hoạch năm 2026 đề ra cho ngành nông nghiệp là tăng trưởng 3,5%.")).toEqual([
    ["Thu ngân sách", 1500, "tỷ đồng"],
    ["Tăng trưởng ngành nông nghiệp", 3.5, "%"],
  ]);
});
