/** Numbered assignment sentences under "Tổ chức thực hiện" are tasks, each led by the agency it opens with. */
import { extractTargets } from "../../../src/core/extract";

test("'1. Sở X chủ trì, phối hợp với … làm việc gì …, trước ngày …' is a task of Sở X, not a heading over what follows", () => {
  const text = [
    "ỦY BAN NHÂN DÂN TỈNH LÂM SƠN",
    "KẾ HOẠCH",
    "Thực hiện nhiệm vụ năm 2026",
    "I. MỤC TIÊU",
    "1. Tỷ lệ hộ nghèo giảm 0,5 điểm %.",
    "2. Thu ngân sách nhà nước đạt 9.000 tỷ đồng.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ theo dõi các chỉ tiêu thu ngân sách; báo cáo trước ngày 15/12/2026.",
    "2. Sở Công Thương chủ trì triển khai các giải pháp thúc đẩy xuất khẩu, hoàn thành trong quý III/2026.",
    "3. Sở Y tế chủ trì thực hiện các chỉ tiêu về y tế.",
  ].join("\n");
  const result = extractTargets(text, { file: "ls.txt", plan: "ls" });
  const leads = result.tasks.map((t) => result.agencies.find((a) => a.id === t.agencies[0])?.name);
  expect(result.tasks.length).toBe(3);
  expect(leads).toEqual(["Sở Tài chính", "Sở Công Thương", "Sở Y tế"]);
  expect(result.tasks[0].partners).toContain(result.agencies.find((a) => a.name === "Sở Nội vụ")?.id);
  expect(result.tasks.map((t) => t.deadline?.text)).toEqual(["trước ngày 15/12/2026", "hoàn thành trong quý III/2026", undefined]);
});

test("the plan's number ends where the place and date on its line begin", () => {
  for (const line of ["Số: 412/KH-UBND            Đà Nẵng, ngày 20 tháng 12 năm 2025", "Số: 412/KH-UBND\tĐà Nẵng, ngày 20 tháng 12 năm 2025", "Số: 412/KH-UBND Đà Nẵng, ngày 20 tháng 12 năm 2025"]) {
    const text = ["ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG", line, "KẾ HOẠCH", "Thực hiện nhiệm vụ năm 2026", "I. MỤC TIÊU", "1. Thu ngân sách đạt 30.000 tỷ đồng."].join("\n");
    expect(extractTargets(text, { file: "dn.txt", plan: "dn" }).planDraft).toMatchObject({ number: "412/KH-UBND", date: "2025-12-20" });
  }
});
