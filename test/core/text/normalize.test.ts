import { fold, matchesQuery, nfc, slugify } from "../../../src/core/text/normalize";

describe("Vietnamese text", () => {
  test("search ignores diacritics: 'ho ngheo' finds 'hộ nghèo'", () => {
    expect(matchesQuery("Tỷ lệ hộ nghèo giảm bình quân", "ho ngheo")).toBe(true);
    expect(matchesQuery("Tỷ lệ hộ nghèo", "HỘ NGHÈO")).toBe(true);
    expect(matchesQuery("Tỷ lệ hộ nghèo", "ho giau")).toBe(false);
  });

  test("đ folds to d", () => {
    expect(fold("Đô thị hóa")).toBe("do thi hoa");
  });

  test("decomposed and composed forms compare equal after NFC", () => {
    const decomposed = "Tỷ lệ".normalize("NFD");
    expect(decomposed).not.toBe("Tỷ lệ");
    expect(nfc(decomposed)).toBe("Tỷ lệ");
  });

  test("slugify makes ascii ids", () => {
    expect(slugify("Sở Tài chính")).toBe("so-tai-chinh");
    expect(slugify("UBND huyện Sơn Động")).toBe("ubnd-huyen-son-dong");
  });
});
