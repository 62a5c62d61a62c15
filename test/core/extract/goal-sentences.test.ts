/**
 * Goal sentences of news and congress reports: an amount's yearly average growth after it is a target of its own, a
 * vote share is none, and the goal's verbs ("đặt ra", "là") are not part of the indicator's name.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extractTargets } from "../../../src/core/extract";

const read = (text: string) => extractTargets(text, { file: "tin.txt" }).targets.map((t) => [t.name, t.value, t.unit]);

test("an amount, then 'tăng bình quân x%/năm': the amount and its growth rate", () => {
  expect(read("MỤC TIÊU ĐẾN NĂM 2030\n1. Kim ngạch xuất khẩu đến năm 2030 đạt 4 tỷ USD, tăng bình quân 11%/năm.")).toEqual([
    ["Kim ngạch xuất khẩu", 4, "tỷ USD"],
    ["Tốc độ tăng kim ngạch xuất khẩu", 11, "%"],
  ]);
});

test("a share of delegates voting for a resolution is no target", () => {
  expect(read("Đại hội đề ra mục tiêu đến năm 2030: tỷ lệ che phủ rừng đạt 52%. Đại hội biểu quyết thông qua Nghị quyết với 98,5% đại biểu tán thành.")).toEqual([["Tỷ lệ che phủ rừng", 52, "%"]]);
});

test("'Kế hoạch năm N đặt ra … là …' and 'Mục tiêu năm N là có thêm …' name the indicator only", () => {
  expect(read("Năm 2025, thu nhập bình quân đầu người ước đạt 58 triệu đồng. Kế hoạch năm 2026 đặt ra thu nhập bình quân đầu người là 63 triệu đồng. Mục tiêu năm 2026 là có thêm 3 xã đạt chuẩn nông thôn mới nâng cao.")).toEqual([
    ["Thu nhập bình quân đầu người", 63, "triệu đồng/người"],
    ["Số xã đạt chuẩn nông thôn mới nâng cao tăng thêm", 3, "xã"],
  ]);
});

test("a report whose next year opens a sentence ('Năm 2026, xã Hòa An …') plans that year, with no goal verb; the place is no part of the name", () => {
  const text = "Năm 2025, xã Hòa An thu ngân sách 48 tỷ đồng, bằng 120% dự toán; tỷ lệ hộ nghèo 1,9%.\n\nNăm 2026, xã Hòa An tổng thu ngân sách trên địa bàn 52 tỷ đồng; tỷ lệ hộ nghèo còn 1,5%.";
  expect(read(text)).toEqual([
    ["Tổng thu ngân sách trên địa bàn", 52, "tỷ đồng"],
    ["Tỷ lệ hộ nghèo", 1.5, "%"],
  ]);
});

test("a sentence opened by 'Trong đó,' lists the parts of the target before it", () => {
  const r = extractTargets("MỤC TIÊU ĐẾN NĂM 2030\n4. Tổng vốn đầu tư toàn xã hội giai đoạn 2026 - 2030 đạt 9.000 tỷ đồng. Trong đó, vốn ngoài ngân sách chiếm trên 65%.", { file: "kh.txt" }).targets;
  expect(r.map((t) => [t.name, t.value, t.parent])).toEqual([
    ["Tổng vốn đầu tư toàn xã hội", 9000, undefined],
    ["Tỷ trọng vốn ngoài ngân sách trong tổng vốn đầu tư toàn xã hội", 65, r[0].id],
  ]);
});

test("a list run into a paragraph with items numbered '1-', '2-' is cut per item, the numbers no part of the names", () => {
  expect(read("Đại hội thống nhất 3 chỉ tiêu trọng tâm: 1- Tổng thu ngân sách đến năm 2030 đạt 90 tỷ đồng. 2- Tỷ lệ lao động qua đào tạo đạt 80%. 3- Tỷ lệ hộ dùng nước sạch đạt 100%.")).toEqual([
    ["Tổng thu ngân sách", 90, "tỷ đồng"],
    ["Tỷ lệ lao động qua đào tạo", 80, "%"],
    ["Tỷ lệ hộ dùng nước sạch", 100, "%"],
  ]);
});

test("an amount's growth with no base is a target; against a base year it restates the amount", () => {
  expect(read("MỤC TIÊU NĂM 2026\n1. Tổng giá trị sản xuất đạt 2.800 tỷ đồng, tăng 9,5%.\n2. Kim ngạch xuất khẩu đạt 1.200 triệu USD, tăng 6% so với năm 2025.")).toEqual([
    ["Tổng giá trị sản xuất", 2800, "tỷ đồng"],
    ["Tốc độ tăng tổng giá trị sản xuất", 9.5, "%"],
    ["Kim ngạch xuất khẩu", 1200, "triệu USD"],
  ]);
});

test("a commune or district subject and its goal verb ('Huyện dự kiến', 'Xã phấn đấu') are no part of the name", () => {
  expect(read("Năm 2025, thu ngân sách đạt 1.020 tỷ đồng.\n\nNăm 2026, huyện dự kiến thu ngân sách 1.150 tỷ đồng; xã phấn đấu tỷ lệ hộ nghèo còn 1,5%.")).toEqual([
    ["Thu ngân sách", 1150, "tỷ đồng"],
    ["Tỷ lệ hộ nghèo", 1.5, "%"],
  ]);
});

test("'giảm <tỷ lệ> xuống dưới x%' is the level it falls to; 'gấp x lần năm N' after an amount is that amount against the year", () => {
  const r = extractTargets("Mục tiêu đến năm 2030: phấn đấu giảm tỷ lệ hộ nghèo xuống dưới 2%; kim ngạch xuất khẩu đạt 5 tỷ USD, gấp 1,5 lần năm 2025.", { file: "tin.txt" }).targets;
  expect(r.map((t) => [t.name, t.value, t.unit, t.kind])).toEqual([
    ["Tỷ lệ hộ nghèo", 2, "%", "level"],
    ["Kim ngạch xuất khẩu", 5, "tỷ USD", "flow"],
    ["Kim ngạch xuất khẩu so với năm 2025", 1.5, "lần", "flow"],
  ]);
});

test("comrades elected ('bầu 27 đồng chí') are no money and no target", () => {
  expect(read("Đại hội đề ra mục tiêu đến năm 2030: tỷ lệ che phủ rừng đạt 52%. Đại hội bầu 27 đồng chí vào Ban Chấp hành.")).toEqual([["Tỷ lệ che phủ rừng", 52, "%"]]);
});

test("a difference from last year is no target; a growth then the amount it reaches are two; last year's noun names this year's amount", () => {
  expect(read(readFileSync(join(__dirname, "../../fixtures/extract/real-shapes/goals-against-last-year.txt"), "utf8"))).toEqual([
    ["Thu ngân sách", 15000, "tỷ đồng"],
    ["Tốc độ tăng trưởng kinh tế", 8.5, "%"],
    ["Tốc độ tăng tổng vốn đầu tư toàn xã hội", 12, "%"],
    ["Tổng vốn đầu tư toàn xã hội", 62000, "tỷ đồng"],
    ["Vốn FDI", 1.5, "tỷ USD"],
  ]);
});

test("a sentence opened by the next year and an indicator ('Năm 2026, tổng thu ngân sách …') plans that year too", () => {
  expect(read("Năm 2025, tổng thu ngân sách trên địa bàn 48 tỷ đồng, bằng 120% dự toán; tỷ lệ hộ nghèo 1,9%.\n\nNăm 2026, tổng thu ngân sách trên địa bàn 52 tỷ đồng; tỷ lệ hộ nghèo còn 1,5%.")).toEqual([
    ["Tổng thu ngân sách trên địa bàn", 52, "tỷ đồng"],
    ["Tỷ lệ hộ nghèo", 1.5, "%"],
  ]);
});

test("a headline's goal restated in the body with 'trở lên' takes that comparator", () => {
  const r = extractTargets("Năm 2026, xã Tân Phong phấn đấu tốc độ tăng trưởng kinh tế đạt 8,3%\n\nNăm 2025, thu ngân sách ước đạt 215 tỷ đồng. Năm 2026, xã phấn đấu tốc độ tăng trưởng kinh tế đạt 8,3% trở lên.", { file: "tin.txt" }).targets;
  expect(r.map((t) => [t.name, t.value, t.comparator])).toEqual([["Tốc độ tăng trưởng kinh tế", 8.3, ">="]]);
});
