/**
 * Targets assigned to agencies by their numbers in the list ("Sở Tài chính chủ trì các chỉ tiêu số 1, 2 và 3",
 * "Các chỉ tiêu số 4, 5: Sở Y tế chủ trì", "chỉ tiêu (6)") belong to those agencies, not to the issuer.
 */
import { extractTargets } from "../../../src/core/extract";
import { listedNumbers } from "../../../src/core/extract/target-leads";

const leads = (text: string) => {
  const r = extractTargets(text, { file: "kh.txt" });
  const name = new Map(r.agencies.map((a) => [a.id, a.name]));
  return r.targets.map((t) => [t.name, name.get(t.agency ?? "")]);
};

const LIST = [
  "ỦY BAN NHÂN DÂN TỈNH GIA LAI",
  "",
  "KẾ HOẠCH",
  "Phát triển kinh tế - xã hội năm 2026",
  "",
  "I. CÁC CHỈ TIÊU CHỦ YẾU",
  "1. Tốc độ tăng trưởng kinh tế đạt 8,2%.",
  "2. Thu ngân sách nhà nước đạt 9.800 tỷ đồng.",
  "3. Số giường bệnh trên 1 vạn dân đạt 31 giường.",
  "4. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 94%.",
  "5. Tỷ lệ che phủ rừng đạt 47%.",
  "",
  "II. TỔ CHỨC THỰC HIỆN",
];

test("a list of numbers, a range and numbers named one by one", () => {
  expect(listedNumbers("1, 2 va 3.")).toEqual([1, 2, 3]);
  expect(listedNumbers("4 - 6; ")).toEqual([4, 5, 6]);
  expect(listedNumbers("6 va chi tieu so 7")).toEqual([6, 7]);
  expect(listedNumbers("(8), (9)")).toEqual([8, 9]);
  expect(listedNumbers("3% tong von")).toEqual([]);
  expect(listedNumbers("tu so 2 den so 4.")).toEqual([2, 3, 4]);
});

test("each agency takes the targets numbered in its clause", () => {
  const text = [...LIST, "1. Sở Tài chính chủ trì theo dõi các chỉ tiêu số 1 và 2.", "2. Các chỉ tiêu số 3, 4: Sở Y tế chủ trì; Sở Nông nghiệp và Môi trường chủ trì chỉ tiêu (5)."].join("\n");
  expect(leads(text)).toEqual([
    ["Tốc độ tăng trưởng kinh tế", "Sở Tài chính"],
    ["Thu ngân sách nhà nước", "Sở Tài chính"],
    ["Số giường bệnh trên 1 vạn dân", "Sở Y tế"],
    ["Tỷ lệ dân số tham gia bảo hiểm y tế", "Sở Y tế"],
    ["Tỷ lệ che phủ rừng", "Sở Nông nghiệp và Môi trường"],
  ]);
});

test("an agency whose name has a comma keeps it; the next agency after a comma takes its own numbers", () => {
  const text = [...LIST, "Sở Văn hóa, Thể thao và Du lịch chủ trì chỉ tiêu số 1, Sở Y tế chủ trì các chỉ tiêu số 3 - 4."].join("\n");
  expect(leads(text).map(([, lead]) => lead)).toEqual(["Sở Văn hóa, Thể thao và Du lịch", "UBND tỉnh Gia Lai", "Sở Y tế", "Sở Y tế", "UBND tỉnh Gia Lai"]);
});

test("a list numbered again under each group names no single target by number", () => {
  const text = [...LIST.slice(0, 6), "1. Tốc độ tăng trưởng kinh tế đạt 8,2%.", "", "II. VỀ XÃ HỘI", "1. Tỷ lệ lao động qua đào tạo đạt 70%.", "", "III. TỔ CHỨC THỰC HIỆN", "Sở Tài chính chủ trì chỉ tiêu số 1."].join("\n");
  expect(leads(text).map(([, lead]) => lead)).toEqual(["UBND tỉnh Gia Lai", "UBND tỉnh Gia Lai"]);
});

test("an agency before a colon, 'Giao <agency>', 'Chỉ tiêu 5: <agency>' and 'chỉ tiêu thứ 6' assign by number too", () => {
  const text = [
    ...LIST,
    "- Sở Văn hóa, Thể thao và Du lịch: các chỉ tiêu số 1, 2.",
    "- Giao Sở Y tế các chỉ tiêu số 3.",
    "- Chỉ tiêu 4: Bảo hiểm xã hội tỉnh.",
    "- Sở Nông nghiệp và Môi trường chịu trách nhiệm đối với chỉ tiêu thứ 5.",
  ].join("\n");
  expect(leads(text).map(([, lead]) => lead)).toEqual(["Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế", "Bảo hiểm xã hội tỉnh", "Sở Nông nghiệp và Môi trường"]);
});

test("'các chỉ tiêu từ số 1 đến số 2' names a range of items", () => {
  const text = [...LIST, "Sở Tài chính chủ trì các chỉ tiêu từ số 1 đến số 2; Sở Y tế theo dõi các chỉ tiêu từ 3 đến 4."].join("\n");
  expect(leads(text).map(([, lead]) => lead)).toEqual(["Sở Tài chính", "Sở Tài chính", "Sở Y tế", "Sở Y tế", "UBND tỉnh Gia Lai"]);
});
