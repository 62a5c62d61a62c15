/**
 * Tables pasted one cell per line, whatever the order of their columns and the words of their
 * headers: the plan column gives the targets, results never do, and word cells (unit, lead agency,
 * note) stay in their row instead of starting a new one.
 */
import { extractTargets } from "../../../src/core/extract";

const read = (cells: string[]) => {
  const result = extractTargets(cells.join("\n"), { file: "bang.txt", plan: "b" });
  const agencies = new Map(result.agencies.map((a) => [a.id, a.name]));
  return result.targets.map((t) => [t.name, t.value, t.unit, agencies.get(t.agency ?? "")]);
};

test("the document's title above the header is not a column: the plan column is read, not the year before it", () => {
  const rows = read(["KẾ HOẠCH năm 2026", "STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2025", "Kế hoạch năm 2026", "Ghi chú", "1", "Tỷ lệ hộ nghèo", "%", "2,9", "2,2", "Giảm 0,7%", "2", "Số xã đạt chuẩn nông thôn mới", "Xã", "60", "68", ""]);
  expect(rows.map((r) => r.slice(0, 3))).toEqual([
    ["Tỷ lệ hộ nghèo", 2.2, "%"],
    ["Số xã đạt chuẩn nông thôn mới", 68, "Xã"],
  ]);
});

test("a unit written after the plan column and a status column after the results keep their row", () => {
  const rows = read(["TT", "Nội dung chỉ tiêu", "Kế hoạch năm 2026", "Đơn vị tính", "Ước thực hiện 2025", "Đánh giá", "1", "Tổng vốn đầu tư toàn xã hội", "51.000", "tỷ đồng", "47.300", "Đạt", "2", "Tỷ lệ che phủ rừng", "63", "%", "62,4", "Vượt"]);
  expect(rows.map((r) => r.slice(0, 3))).toEqual([
    ["Tổng vốn đầu tư toàn xã hội", 51000, "tỷ đồng"],
    ["Tỷ lệ che phủ rừng", 63, "%"],
  ]);
});

test("the lead agency in the last column leads its row's target; an empty note written as a blank line is a cell", () => {
  const rows = read(["Chỉ tiêu", "Đơn vị", "Năm 2025", "Mục tiêu năm 2026", "Cơ quan chủ trì", "Ghi chú", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "93", "95", "Bảo hiểm xã hội tỉnh", "", "Số bác sĩ trên vạn dân", "Bác sĩ", "11", "12", "Sở Y tế", "Theo niên giám"]);
  expect(rows).toEqual([
    ["Tỷ lệ dân số tham gia bảo hiểm y tế", 95, "%", "Bảo hiểm xã hội tỉnh"],
    ["Số bác sĩ trên vạn dân", 12, "Bác sĩ", "Sở Y tế"],
  ]);
});

test("a note column left out is not filled with the next row's name", () => {
  const rows = read(["Tên chỉ tiêu", "Thực hiện 2025", "Mục tiêu năm 2026", "Ghi chú", "1. Tỷ lệ trạm y tế xã có bác sĩ (%)", "90", "Trên 93", "2. Tỷ lệ trẻ em được tiêm chủng đầy đủ (%)", "96,5", "Trên 97"]);
  expect(rows.map((r) => r.slice(0, 3))).toEqual([
    ["Tỷ lệ trạm y tế xã có bác sĩ", 93, "%"],
    ["Tỷ lệ trẻ em được tiêm chủng đầy đủ", 97, "%"],
  ]);
});

test("two plan columns pasted one cell per line ('Kế hoạch năm 2026', 'Mục tiêu đến năm 2030'): both give targets, each for its year; cells 'Bình quân 8,5' and 'Giảm bình quân 1-1,5/năm' stay in their row", () => {
  const text = ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2025", "Kế hoạch năm 2026", "Mục tiêu đến năm 2030", "I", "CHỈ TIÊU KINH TẾ", "1", "Tốc độ tăng trưởng kinh tế", "%", "7,6", "8,2", "Bình quân 8,5", "2", "Tỷ lệ hộ nghèo", "%", "2,9", "Giảm 1", "Giảm bình quân 1-1,5/năm", "3", "Số xã đạt chuẩn nông thôn mới nâng cao", "xã", "6/9", "7/9", "9/9"].join("\n");
  const { targets } = extractTargets(text, { file: "bang.txt", plan: "b" });
  expect(targets.map((t) => [t.name, t.value ?? [t.min, t.max], t.year])).toEqual([
    ["Tốc độ tăng trưởng kinh tế", 8.2, 2026],
    ["Tốc độ tăng trưởng kinh tế", 8.5, 2030],
    ["Tỷ lệ hộ nghèo", 1, 2026],
    ["Tỷ lệ hộ nghèo", [1, 1.5], 2030],
    ["Số xã đạt chuẩn nông thôn mới nâng cao", 7, 2026],
    ["Số xã đạt chuẩn nông thôn mới nâng cao", 9, 2030],
  ]);
});

test("a '|' table and a tab-separated table with two plan columns give both years' targets and none of the results", () => {
  const pipe = ["| TT | Chỉ tiêu | Đơn vị tính | Ước thực hiện năm 2025 | Kế hoạch năm 2026 | Định hướng đến năm 2030 |", "|---|---|---|---|---|---|", "| 1 | Kim ngạch xuất khẩu hàng hóa | tỷ USD | 3,4 | 3,8 | 5-5,5 |"];
  const tabs = ["TT\tChỉ tiêu\tĐVT\tThực hiện năm 2025\tKế hoạch năm 2026\tMục tiêu năm 2030", "1\tSố trạm sạc xe điện công cộng\ttrạm\t35\t\tÍt nhất 200"];
  for (const [lines, want] of [
    [pipe, [[3.8, 2026], [[5, 5.5], 2030]]],
    [tabs, [[200, 2030]]],
  ] as const) {
    const { targets } = extractTargets(lines.join("\n"), { file: "bang.txt", plan: "b" });
    expect(targets.map((t) => [t.value ?? [t.min, t.max], t.year])).toEqual(want);
  }
});

test("group rows lettered 'A', 'B' and parts marked by a lone '-' line: the letters are groups, the marked rows parts of the row above", () => {
  const { targets } = extractTargets(["TT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2025", "Kế hoạch năm 2026", "KH 2026/ƯTH 2025 (%)", "A", "CHỈ TIÊU KINH TẾ", "1", "Thu ngân sách nhà nước", "tỷ đồng", "6.820", "7.300", "107", "Trong đó:", "-", "Thu nội địa", "tỷ đồng", "5.900", "6.400", "108,5", "B", "CHỈ TIÊU XÃ HỘI", "2", "Tỷ lệ che phủ rừng", "%", "45,2", "45,5", "100,7"].join("\n"), { file: "bang.txt", plan: "b" });
  expect(targets.map((t) => [t.name, t.value, t.group, t.parent])).toEqual([
    ["Thu ngân sách nhà nước", 7300, "Kinh tế", undefined],
    ["Thu ngân sách nhà nước – thu nội địa", 6400, "Kinh tế", targets[0].id],
    ["Tỷ lệ che phủ rừng", 45.5, "Xã hội", undefined],
  ]);
});

test("a '-' closing a row's figures (an empty ratio) is that row's cell: the next row is not made its part", () => {
  const rows = read(["Chỉ tiêu", "ĐVT", "Ước thực hiện 2025", "Kế hoạch 2026", "So sánh (%)", "Tỷ lệ che phủ rừng", "%", "45", "46", "-", "Tỷ lệ hộ nghèo", "%", "2,5", "2", "-"]);
  expect(rows.map((r) => r.slice(0, 2))).toEqual([
    ["Tỷ lệ che phủ rừng", 46],
    ["Tỷ lệ hộ nghèo", 2],
  ]);
});

test("a '|' table whose header takes two lines ('Kế hoạch' over 'Năm 2026' | 'Đến năm 2030') gives both years' targets", () => {
  const lines = ["| TT | Chỉ tiêu | ĐVT | Thực hiện năm 2025 | Kế hoạch | |", "| | | | | Năm 2026 | Đến năm 2030 |", "| 1 | Thu ngân sách nhà nước | tỷ đồng | 9.000 | 9.800 | 14.000 |"];
  const { targets } = extractTargets(lines.join("\n"), { file: "bang.txt", plan: "b" });
  expect(targets.map((t) => [t.value, t.year])).toEqual([[9800, 2026], [14000, 2030]]);
});

test("a two-row header pasted cell by cell ('Kế hoạch', then 'Năm 2026', 'Đến năm 2030' after the first row): the years are columns under 'Kế hoạch'", () => {
  const cells = ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2025", "Kế hoạch", "Năm 2026", "Đến năm 2030", "1", "Thu ngân sách nhà nước", "tỷ đồng", "9.000", "9.800", "14.000"];
  const { targets } = extractTargets(cells.join("\n"), { file: "bang.txt", plan: "b" });
  expect(targets.map((t) => [t.value, t.year])).toEqual([[9800, 2026], [14000, 2030]]);
});

test("a 'Chỉ tiêu năm 2026' column is the plan, and a name wrapped onto a second line stays one name before its unit", () => {
  const rows = read(["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu năm 2026", "Ước thực hiện năm 2025", "1", "Tổng số hộ được hỗ trợ", "nhà ở xã hội", "hộ", "1.200", "950", "2", "Số lao động được", "giải quyết việc làm", "người", "18.000", "17.200", "3", "Tỷ lệ che phủ rừng", "%", "46", "45,5"]);
  expect(rows.map((r) => r.slice(0, 3))).toEqual([
    ["Tổng số hộ được hỗ trợ nhà ở xã hội", 1200, "hộ"],
    ["Số lao động được giải quyết việc làm", 18000, "người"],
    ["Tỷ lệ che phủ rừng", 46, "%"],
  ]);
});

test("with no unit column, an 'a/b' cell is a figure, not more words of the name", () => {
  const { targets } = extractTargets(["Tên chỉ tiêu", "Thực hiện 2025", "Kế hoạch 2026", "Mục tiêu 2030", "Số xã đạt chuẩn nông thôn mới (xã)", "6/9", "7/9", "9/9", "Tỷ lệ che phủ rừng (%)", "45", "46", "Trên 50"].join("\n"), { file: "bang.txt", plan: "b" });
  expect(targets.map((t) => [t.name, t.value, t.unit, t.year])).toEqual([
    ["Số xã đạt chuẩn nông thôn mới", 7, "xã", 2026],
    ["Số xã đạt chuẩn nông thôn mới", 9, "xã", 2030],
    ["Tỷ lệ che phủ rừng", 46, "%", 2026],
    ["Tỷ lệ che phủ rừng", 50, "%", 2030],
  ]);
});

test("the lead agency cell after two plan columns leads both years' targets of its row", () => {
  const rows = read(["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2025", "Kế hoạch năm 2026", "Mục tiêu năm 2030", "Cơ quan chủ trì", "1", "Tỷ lệ che phủ rừng", "%", "45", "46", "50", "Sở Nông nghiệp và Môi trường", "2", "Số bác sĩ trên vạn dân", "bác sĩ", "11", "12", "15", "Sở Y tế"]);
  expect(rows.map((r) => [r[1], r[3]])).toEqual([
    [46, "Sở Nông nghiệp và Môi trường"],
    [50, "Sở Nông nghiệp và Môi trường"],
    [12, "Sở Y tế"],
    [15, "Sở Y tế"],
  ]);
});

test("a row that lost its empty cells, with no blank line kept, places its figures by their shape: 'Trên x' and 'Khoảng x' never as the year's result, a yearly figure 'x/năm' only under the period's column", () => {
  const header = ["STT", "Chỉ tiêu", "ĐVT", "Ước thực hiện năm 2025", "Kế hoạch năm 2026", "Mục tiêu giai đoạn 2026-2030"];
  const rows = [
    ["1", "Số hợp tác xã thành lập mới", "hợp tác xã", "Trên 40", "Trên 220"],
    ["2", "Tỷ lệ lao động qua đào tạo", "%", "71,5", "Khoảng 73"],
    ["3", "Tỷ lệ hộ cận nghèo", "%", "3,4", "Giảm 0,5-0,7/năm"],
    ["4", "Tỷ lệ trường đạt chuẩn quốc gia", "%", "82", "85", "95"],
  ];
  const { targets } = extractTargets([...header, ...rows.flat()].join("\n"), { file: "bang.txt", plan: "b" });
  const got = targets.map((t) => [t.name.split(" – ")[0], t.value ?? [t.min, t.max], t.year]);
  expect(got).toEqual([
    ["Số hợp tác xã thành lập mới", 40, 2026],
    ["Số hợp tác xã thành lập mới", 220, 2030],
    ["Tỷ lệ lao động qua đào tạo", 73, 2026],
    ["Tỷ lệ hộ cận nghèo", [0.5, 0.7], 2030],
    ["Tỷ lệ trường đạt chuẩn quốc gia", 85, 2026],
    ["Tỷ lệ trường đạt chuẩn quốc gia", 95, 2030],
  ]);
});
