/**
 * The plan's head: issuer, province, number and title, read from a letterhead as documents write it (the
 * lines run together, or the body's name over its province on two lines) and from a report in parts that
 * OCR read without its marks ("Bic Giang" for "Bắc Giang", "P" for "Đ").
 */
import { extractTargets } from "../../../src/core/extract";

test("a letterhead run together with the number and date still gives the province, the issuer and the number", () => {
  const text = [
    "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG",
    "Số: 318/KH-UBND",
    "Tuyên Quang, ngày 09 tháng 01 năm 2026",
    "KẾ HOẠCH",
    "Phát triển kinh tế - xã hội năm 2026",
    "",
    "I. MỤC TIÊU",
    "1. Tỷ lệ che phủ rừng đạt 65%.",
  ].join("\n");
  const { planDraft } = extractTargets(text, { file: "tq.txt" });
  expect(planDraft).toMatchObject({ province: "Tuyên Quang", issuer: "UBND tỉnh Tuyên Quang", number: "318/KH-UBND", title: "Phát triển kinh tế - xã hội năm 2026", date: "2026-01-09" });
});

test("the body's name over its province on two lines, beside the national motto, gives the province", () => {
  const text = [
    "UỶ BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "TỈNH LAI CHÂU              Độc lập - Tự do - Hạnh phúc",
    "",
    "KẾ HOẠCH",
    "Giảm nghèo bền vững năm 2026",
    "",
    "1. Tỷ lệ hộ nghèo giảm 3%.",
  ].join("\n");
  expect(extractTargets(text, { file: "lc.txt" }).planDraft).toMatchObject({ province: "Lai Châu", issuer: "UBND tỉnh Lai Châu" });
});

/** A mid-year report in two parts, as OCR gives it: no letterhead, no marks, "Đ" read as "P", the province misspelt in several ways. */
const OCR_REPORT = [
  "Phan thir nhat",
  "PANH GIA TINH HINH THUC HIEN KE HOACH PHAT TRIEN",
  "KINH TE - XA HQI NAM 2025",
  "",
  "I. KET QUA PAT PUQC",
  "Nam 2025, kinh te tinh Hau Giang tiep tuc phuc hoi; tinh Hiu Giang tap trung thao go kho khan cho doanh nghiep.",
  "Tang truong GRDP uoc dat 6,8%, dat 97% ke hoach. Tinh Hau Giang da hoan thanh 12/15 chi tieu.",
  "",
  "Phen thir hai",
  "KE HOACH PHAT TRIEN KINH TE - XA HOI NAM 2026",
  "",
  "I. MUC TIEU CHU YEU",
  "(1) Toc do tang truong GRDP dat 7%.",
  "(2) Ty le ho ngheo giam 1%.",
  "Tinh Hdu Giang phan dau hoan thanh cac chi tieu tren.",
].join("\n");

test("an OCR'd report in parts is titled by its parts' titles, repaired, and is a report", () => {
  const { planDraft } = extractTargets(OCR_REPORT, { file: "hg.txt" });
  expect(planDraft.title).toBe("Đánh giá tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2025 và kế hoạch phát triển kinh tế - xã hội năm 2026");
  expect(planDraft.type).toBe("Báo cáo");
});

test("an OCR'd province name is counted and written as the province it stands for", () => {
  const { planDraft } = extractTargets(OCR_REPORT, { file: "hg.txt" });
  expect(planDraft.province).toBe("Hậu Giang");
  expect(planDraft.issuer).toBe("UBND tỉnh Hậu Giang");
});

test.each([
  ["KẾ HOẠCH", "Kế hoạch"],
  ["NGHỊ QUYẾT", "Nghị quyết"],
  ["CHƯƠNG TRÌNH HÀNH ĐỘNG", "Chương trình hành động"],
  ["ĐỀ ÁN", "Đề án"],
])("a letterhead run into the type '%s' with no blank line between: the type is read after it, the title under it", (written, type) => {
  const text = [`ỦY BAN NHÂN DÂN TỈNH GIA LAI ${written}`, "Phát triển du lịch cộng đồng năm 2026", "", "1. Số lượt khách du lịch đạt 2 triệu lượt."].join("\n");
  expect(extractTargets(text, { file: "gl.txt" }).planDraft).toMatchObject({ type, title: "Phát triển du lịch cộng đồng năm 2026" });
});
