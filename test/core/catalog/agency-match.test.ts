/** One agency matcher: whole names (diacritics, case, "Sở" aside) are found; anything partial gets "Có phải: …?". */
import { agencyMatchProblem, matchAgency } from "../../../src/core/catalog/agency-match";
import type { Agency } from "../../../src/core/catalog/schema";

const agency = (id: string, name: string, extra: Partial<Agency> = {}): Agency => ({ id, name, level: "province", ...extra }) as Agency;
const AGENCIES = [
  agency("x.so-y-te", "Sở Y tế"),
  agency("x.so-vhttdl", "Sở Văn hóa, Thể thao và Du lịch", { shortName: "Sở VHTTDL" }),
  agency("x.so-tc", "Sở Tài chính", { aliases: ["Sở Kế hoạch và Đầu tư"] }),
  agency("x.so-gd", "Sở Giáo dục và Đào tạo"),
  agency("x.so-gtvt", "Sở Giao thông vận tải"),
];

const found = (text: string) => {
  const m = matchAgency(AGENCIES, text);
  return m.kind === "found" ? m.agency.id : m.kind;
};

describe("matchAgency", () => {
  test.each([
    ["x.so-y-te", "x.so-y-te"],
    ["Sở Y tế", "x.so-y-te"],
    ["so y te", "x.so-y-te"],
    ["Y tế", "x.so-y-te"],
    ["SỞ VĂN HÓA THỂ THAO VÀ DU LỊCH", "x.so-vhttdl"],
    ["Sở VHTTDL", "x.so-vhttdl"],
    ["Sở Kế hoạch và Đầu tư", "x.so-tc"],
  ])("%s names %s", (text, id) => {
    expect(found(text)).toBe(id);
  });

  test("'Sở Du lịch' is not silently Sở Văn hóa, Thể thao và Du lịch: it is a suggestion", () => {
    const m = matchAgency(AGENCIES, "Sở Du lịch");
    expect(m.kind).toBe("none");
    if (m.kind !== "none") return;
    expect(agencyMatchProblem(m, "Sở Du lịch").vi).toBe('Không có cơ quan "Sở Du lịch". Có phải: Sở Văn hóa, Thể thao và Du lịch?');
  });

  test("'So Yte' suggests Sở Y tế first", () => {
    const m = matchAgency(AGENCIES, "So Yte");
    expect(m.kind).toBe("none");
    if (m.kind === "none") expect(m.suggestions[0].name).toBe("Sở Y tế");
  });

  test("words shared by several agencies are a question listing them", () => {
    const m = matchAgency(AGENCIES, "Sở Giao");
    expect(m.kind).toBe("ambiguous");
    if (m.kind === "ambiguous") {
      expect(m.candidates.map((a) => a.id)).toEqual(["x.so-gd", "x.so-gtvt"]);
      expect(agencyMatchProblem(m, "Sở Giao", { vi: "trong kế hoạch x", en: "in plan x" }).en).toMatch(/^"Sở Giao" matches several agencies in plan x: /);
    }
  });
});
