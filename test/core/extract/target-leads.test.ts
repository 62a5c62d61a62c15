/**
 * Targets given to agencies in words, away from the list that states them: a task that restates the target
 * under the agency that leads it, a sentence of the closing section assigning targets by name, a flattened
 * annex table with a "Cơ quan chủ trì" column. Each target then belongs to that agency, not to the issuer.
 */
import { extractTargets } from "../../../src/core/extract";
import { assignmentsIn, assignedLead } from "../../../src/core/extract/target-leads";
import { foldKeepingOffsets } from "../../../src/core/extract/ocr";

const PLAN = [
  "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH",
  "",
  "KẾ HOẠCH",
  "Thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2026",
  "",
  "I. MỤC TIÊU",
  "1. Tốc độ tăng trưởng kinh tế (GRDP) đạt 8,5%.",
  "2. Tỷ lệ che phủ rừng đạt 39%.",
  "3. Số bác sĩ trên một vạn dân đạt 13 bác sĩ.",
  "4. Số giường bệnh trên một vạn dân đạt 34 giường.",
  "5. Tỷ lệ trường học đạt chuẩn quốc gia đạt 82%.",
  "6. Tỷ lệ hộ nghèo giảm 1,2%.",
  "",
  "II. NHIỆM VỤ, GIẢI PHÁP",
  "1. Sở Nông nghiệp và Môi trường chủ trì, phấn đấu tỷ lệ che phủ rừng đạt 39%; tăng cường quản lý, bảo vệ rừng hiện có.",
  "2. Sở Giáo dục và Đào tạo chủ trì, phối hợp với UBND các xã, phường đầu tư cơ sở vật chất, phấn đấu tỷ lệ trường học đạt chuẩn quốc gia đạt 82%.",
  "",
  "III. TỔ CHỨC THỰC HIỆN",
  "1. Giao Sở Y tế chịu trách nhiệm các chỉ tiêu: số bác sĩ/vạn dân, số giường bệnh/vạn dân.",
  "2. Sở Tài chính theo dõi chỉ tiêu tốc độ tăng trưởng kinh tế (GRDP); tổng hợp, báo cáo UBND tỉnh trước ngày 15/12/2026.",
].join("\n");

const result = extractTargets(PLAN, { file: "nb-2026.txt" });
const agencyOf = (name: RegExp) => {
  const target = result.targets.find((t) => name.test(t.name));
  return result.agencies.find((a) => a.id === target?.agency)?.name;
};

test("a target restated in a task under the agency that leads it is that agency's, and the task carries it", () => {
  expect(agencyOf(/che phủ rừng/)).toBe("Sở Nông nghiệp và Môi trường");
  expect(agencyOf(/trường học/)).toBe("Sở Giáo dục và Đào tạo");
  const forest = result.targets.find((t) => /che phủ rừng/.test(t.name))!;
  expect(result.tasks.find((t) => /che phủ rừng/.test(t.title))?.targets).toEqual([forest.id]);
  expect(result.targets.filter((t) => /che phủ rừng/.test(t.name))).toHaveLength(1);
});

test("a sentence assigning targets by name gives them to its agency, each to the right one", () => {
  expect(agencyOf(/bác sĩ/)).toBe("Sở Y tế");
  expect(agencyOf(/giường bệnh/)).toBe("Sở Y tế");
  expect(agencyOf(/GRDP/)).toBe("Sở Tài chính");
});

test("a target no sentence assigns stays with the issuer, and the note counts only it", () => {
  expect(agencyOf(/hộ nghèo/)).toMatch(/Ninh Bình/);
  expect(result.warnings.some((w) => w.vi.startsWith("1 chỉ tiêu không có cơ quan chủ trì"))).toBe(true);
});

test("an assignment names targets by their words, not by words they share with another", () => {
  const text = "Đối với Sở Văn hóa, Thể thao và Du lịch, được giao các chỉ tiêu, gồm: tỷ lệ gia đình đạt tiêu chuẩn văn hóa; tổng lượt khách du lịch.";
  const found = assignmentsIn(text, foldKeepingOffsets(text));
  expect(found.map((a) => a.agency.name)).toEqual(["Sở Văn hóa, Thể thao và Du lịch"]);
  expect(assignedLead("Tổng số lượt khách du lịch", found)?.name).toBe("Sở Văn hóa, Thể thao và Du lịch");
  expect(assignedLead("Tỷ lệ thôn, tổ dân phố đạt tiêu chuẩn văn hóa", found)).toBeUndefined();
  expect(assignedLead("Tổng thu ngân sách nhà nước", found)).toBeUndefined();
});

test("a sentence about targets that names no agency assigns nothing", () => {
  const text = "Phấn đấu hoàn thành các chỉ tiêu: tỷ lệ hộ nghèo, tỷ lệ che phủ rừng.";
  expect(assignmentsIn(text, foldKeepingOffsets(text))).toEqual([]);
});

test("a flattened annex table with a lead column gives each row its agency, the last cell of a row kept in its row", () => {
  const table = [
    "KẾ HOẠCH",
    "Phát triển kinh tế - xã hội năm 2026",
    "",
    "Phụ lục: CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026",
    "TT",
    "Chỉ tiêu",
    "Đơn vị tính",
    "Kế hoạch năm 2026",
    "Cơ quan chủ trì",
    "1",
    "Tổng thu ngân sách nhà nước trên địa bàn",
    "tỷ đồng",
    "21.500",
    "Sở Tài chính",
    "2",
    "Tỷ lệ lao động qua đào tạo",
    "%",
    "72",
    "Sở Nội vụ",
    "3",
    "Số giường bệnh trên một vạn dân",
    "giường",
    "35",
    "Sở Y tế",
  ].join("\n");
  const read = extractTargets(table, { file: "phu-luc.txt" });
  const leads = read.targets.map((t) => read.agencies.find((a) => a.id === t.agency)?.name);
  expect(leads).toEqual(["Sở Tài chính", "Sở Nội vụ", "Sở Y tế"]);
  expect(read.targets.map((t) => t.value)).toEqual([21500, 72, 35]);
});

test("news of targets given to departments: a headline naming the issuer leads nothing, each department gets the targets its sentence lists", () => {
  const text = [
    "UBND tỉnh giao chỉ tiêu kế hoạch năm 2026 cho các sở, ngành",
    "",
    "Chủ tịch UBND tỉnh vừa ký quyết định giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2026 cho các sở, ngành và UBND các xã, phường.",
    "",
    "Theo đó, năm 2026 toàn tỉnh phấn đấu tỷ lệ gia đình đạt tiêu chuẩn văn hóa đạt 85%; tổng lượt khách du lịch đạt 1,2 triệu lượt; tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm còn 18%; số giường bệnh trên một vạn dân đạt 32 giường.",
    "",
    "Đối với Sở Văn hóa, Thể thao và Du lịch, năm 2026 được giao các chỉ tiêu gồm: tỷ lệ gia đình đạt tiêu chuẩn văn hóa; tổng lượt khách du lịch. Sở Y tế được giao thực hiện các chỉ tiêu: tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi, số giường bệnh trên một vạn dân.",
  ].join("\n");
  const read = extractTargets(text, { file: "tin-giao-chi-tieu.txt" });
  const leads = read.targets.map((t) => [t.value, read.agencies.find((a) => a.id === t.agency)?.name]);
  expect(leads).toEqual([
    [85, "Sở Văn hóa, Thể thao và Du lịch"],
    [1.2, "Sở Văn hóa, Thể thao và Du lịch"],
    [18, "Sở Y tế"],
    [32, "Sở Y tế"],
  ]);
});

test("an annex assigning targets to agencies, pasted one cell per line with no figures, gives each target its lead and adds no tasks", () => {
  const text = [
    "KẾ HOẠCH",
    "Phát triển kinh tế - xã hội năm 2026",
    "",
    "I. CHỈ TIÊU CHỦ YẾU",
    "1. Tỷ lệ che phủ rừng đạt 46%.",
    "2. Số giường bệnh trên một vạn dân đạt 33 giường.",
    "3. Tỷ lệ lao động qua đào tạo đạt 71%.",
    "",
    "Phụ lục: PHÂN CÔNG THEO DÕI CÁC CHỈ TIÊU",
    "TT",
    "Chỉ tiêu",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
    "1",
    "Tỷ lệ che phủ rừng",
    "Sở Nông nghiệp và Môi trường",
    "UBND các xã, phường",
    "2",
    "Số giường bệnh trên một vạn dân",
    "Sở Y tế",
    "Sở Tài chính",
    "3",
    "Tỷ lệ lao động qua đào tạo",
    "Sở Nội vụ",
    "Sở Giáo dục và Đào tạo",
  ].join("\n");
  const read = extractTargets(text, { file: "phan-cong.txt" });
  expect(read.targets.map((t) => read.agencies.find((a) => a.id === t.agency)?.name)).toEqual(["Sở Nông nghiệp và Môi trường", "Sở Y tế", "Sở Nội vụ"]);
  expect(read.tasks).toEqual([]);
});
