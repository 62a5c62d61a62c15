/**
 * Parts listed in parentheses in sector plans: "(gồm a ha X, Y và b ha Z)" names each part by the words
 * after its figure, "(trong đó … trên n tấn)" by the words before it, and a parenthesis giving an earlier
 * year's or today's figure sets no target.
 */
import { extractTargets } from "../../../src/core/extract";

const read = (text: string) => {
  const { targets } = extractTargets(`KẾ HOẠCH\nPhát triển nông nghiệp đến năm 2030\n\nII. MỤC TIÊU\n${text}`, { file: "kh.txt", plan: "kh" });
  const nameOf = new Map(targets.map((t) => [t.id, t.name]));
  return targets.map((t) => [t.name, t.value ?? [t.min, t.max], t.unit, t.comparator, t.parent ? nameOf.get(t.parent) : undefined]);
};

test("'(gồm 8.200 ha cam, quýt và 6.300 ha nhãn, vải)': each part keeps every word up to the next figure, under its whole", () => {
  expect(read("- Diện tích cây ăn quả đạt 14.500 ha (gồm 8.200 ha cam, quýt và 6.300 ha nhãn, vải).")).toEqual([
    ["Diện tích cây ăn quả", 14500, "ha", "=", undefined],
    ["Diện tích cây ăn quả – cam, quýt", 8200, "ha", "=", "Diện tích cây ăn quả"],
    ["Diện tích cây ăn quả – nhãn, vải", 6300, "ha", "=", "Diện tích cây ăn quả"],
  ]);
});

test("tonnes with no scale word are read: '160.000 tấn (trong đó nuôi trồng trên 95.000 tấn, khai thác khoảng 65.000 tấn)'", () => {
  expect(read("- Tổng sản lượng thủy sản đạt 160.000 tấn (trong đó nuôi trồng trên 95.000 tấn, khai thác khoảng 65.000 tấn).")).toEqual([
    ["Tổng sản lượng thủy sản", 160000, "tấn", "=", undefined],
    ["Tổng sản lượng thủy sản – nuôi trồng", 95000, "tấn", ">", "Tổng sản lượng thủy sản"],
    ["Tổng sản lượng thủy sản – khai thác", 65000, "tấn", "~", "Tổng sản lượng thủy sản"],
  ]);
});

test("a parenthesis with an earlier year's or today's figure is no target; the goal beside it is", () => {
  expect(read("- Có ít nhất 6 cụm công nghiệp đi vào hoạt động (năm 2025 có 3 cụm).\n- Sản lượng thịt hơi xuất chuồng đạt 120.000 tấn (hiện nay khoảng 96.000 tấn).")).toEqual([
    ["Số cụm công nghiệp đi vào hoạt động", 6, "cụm", ">=", undefined],
    ["Sản lượng thịt hơi xuất chuồng", 120000, "tấn", "=", undefined],
  ]);
});

test("'Tân' in a place name after a number is not a tonne", () => {
  expect(read("- Khu phố 3 Tân Mỹ và 100% khu phố của phường đạt chuẩn văn minh đô thị.").map((t) => t[2])).not.toContain("tấn");
});

test("'(giai đoạn 2021 - 2025 đạt 6,8%/năm)' beside a goal to 2030 is the period before, no target", () => {
  expect(read("- Tốc độ tăng trưởng kinh tế bình quân 9%/năm (giai đoạn 2021 - 2025 đạt 6,8%/năm).").map((t) => t[1])).toEqual([9]);
});

test("after 'trong đó', a part in hectares belongs to the whole in hectares and one in tonnes to the whole in tonnes", () => {
  expect(read("- Diện tích cây ăn quả 52.000 ha, sản lượng trên 640.000 tấn; trong đó, diện tích cây ăn quả chủ lực 38.000 ha, sản lượng 450-500 nghìn tấn.").map((t) => [t[1], t[2], t[4]])).toEqual([
    [52000, "ha", undefined],
    [640000, "tấn", undefined],
    [38000, "ha", "Diện tích cây ăn quả"],
    [[450, 500], "nghìn tấn", "Sản lượng cây ăn quả"],
  ]);
});

test("the same figure-first list after 'trong đó' with no parentheses names its parts the same way", () => {
  expect(read("- Diện tích cây ăn quả 14.500 ha, trong đó 8.200 ha cam, quýt và 6.300 ha nhãn, vải.").map((t) => t[0])).toEqual(["Diện tích cây ăn quả", "Diện tích cây ăn quả – cam, quýt", "Diện tích cây ăn quả – nhãn, vải"]);
});

test("'công trình' and 'trạm' count things: '12 công trình (gồm: 3 bệnh viện, 9 trạm y tế xã)'", () => {
  expect(read("- Xây dựng 12 công trình (gồm: 3 bệnh viện, 9 trạm y tế xã).").map((t) => [t[1], t[2], t[4] !== undefined])).toEqual([
    [12, "công trình", false],
    [3, "bệnh viện", true],
    [9, "trạm", true],
  ]);
});

test("a bare noun measured like the figure before it shares that figure's head: 'Diện tích lúa 20.000 ha, ngô 5.000 ha'; yields per ha keep their unit", () => {
  expect(read("- Diện tích lúa 20.000 ha, ngô 5.000 ha, rau màu 3.000 ha.").map((t) => t[0])).toEqual(["Diện tích lúa", "Diện tích ngô", "Diện tích rau màu"]);
  expect(read("- Năng suất lúa bình quân đạt 62 tạ/ha; sản lượng cá 4,5 tấn/ha.").map((t) => t[2])).toEqual(["tạ/ha", "tấn/ha"]);
});

test("'(gấp 1,5 lần năm 2025)' restates the figure before it against an earlier year: no second target; a goal 'gấp 2 lần năm 2025' outside parentheses stays", () => {
  expect(read("- Giá trị xuất khẩu thủy sản 1,5 tỷ USD (gấp 1,5 lần năm 2025).").map((t) => t[1])).toEqual([1.5]);
  expect(read("- Thu nhập bình quân đầu người gấp 2 lần năm 2025.").map((t) => [t[1], t[2]])).toEqual([[2, "lần"]]);
});
