/**
 * Who leads each imported target: the agency the text names (in a heading, in the target's sentence
 * or list item), or else the plan's issuer, with a warning — so a per-agency annex can be built.
 */
import { extractTargets } from "../../../src/core/extract";

test("an agency named in the target's sentence or item leads it; the others fall to the issuer", () => {
  const text = [
    "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH",
    "KẾ HOẠCH",
    "Phát triển kinh tế - xã hội năm 2025 của tỉnh Hòa Bình",
    "II. MỤC TIÊU",
    "1. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95% (Bảo hiểm xã hội tỉnh chủ trì).",
    "2. Tỷ lệ trạm y tế xã có bác sĩ đạt 100%; giao Sở Y tế chủ trì, phối hợp UBND các xã thực hiện.",
    "3. Tỷ lệ hộ nghèo dưới 2%. Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.",
    "4. Số bác sĩ trên vạn dân đạt 14 bác sĩ.",
  ].join("\n");
  const result = extractTargets(text, { file: "plan.txt" });
  const leadOf = (i: number) => result.agencies.find((a) => a.id === result.targets[i].agency)?.name;
  expect(result.targets.map((_, i) => leadOf(i))).toEqual(["Bảo hiểm xã hội tỉnh", "Sở Y tế", "Sở Nông nghiệp và Môi trường", "UBND tỉnh Hòa Bình"]);
  expect(result.warnings.some((w) => w.vi.startsWith("1 chỉ tiêu không có cơ quan chủ trì"))).toBe(true);
});

test("targets the text assigns to no agency are led by the plan's issuer, and a warning says so", () => {
  const text = "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH\nKẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2025 của tỉnh Hòa Bình\nII. MỤC TIÊU\n1. Tỷ lệ hộ nghèo dưới 2%.\n2. Tỷ lệ che phủ rừng đạt 52%.";
  const result = extractTargets(text, { file: "plan.txt" });
  expect(result.targets).toHaveLength(2);
  const lead = result.agencies.find((a) => a.id === result.targets[0].agency);
  expect(lead?.name).toBe("UBND tỉnh Hòa Bình");
  expect(result.targets.every((t) => t.agency === lead?.id)).toBe(true);
  expect(result.warnings.some((w) => w.vi.includes("tạm giao cho cơ quan ban hành (UBND tỉnh Hòa Bình)"))).toBe(true);
});

test("a centrally run city issues as 'UBND thành phố', read from a letterhead in capitals, and its targets fall to it", () => {
  const text = ["ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG", "", "KẾ HOẠCH", "PHÁT TRIỂN KINH TẾ - XÃ HỘI THÀNH PHỐ ĐÀ NẴNG NĂM 2026", "", "I. MỤC TIÊU", "1. Tốc độ tăng trưởng GRDP đạt 10%."].join("\n");
  const result = extractTargets(text, { file: "dn.txt", plan: "dn-2026" });
  expect(result.planDraft).toMatchObject({ issuer: "UBND thành phố Đà Nẵng", province: "Đà Nẵng", title: "Phát triển kinh tế - xã hội thành phố Đà Nẵng năm 2026" });
  const lead = result.agencies.find((a) => a.id === result.targets[0].agency);
  expect(lead).toMatchObject({ name: "UBND thành phố Đà Nẵng", level: "province" });
});
