/** A title typed in capitals becomes a sentence a reader expects: proper names and abbreviations kept. */
import { sentenceFromCapitals } from "../../../src/core/text/case";

test.each([
  ["KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI TỈNH LÂM SƠN NĂM 2026", "Kế hoạch phát triển kinh tế - xã hội tỉnh Lâm Sơn năm 2026"],
  ["CHỈ TIÊU CHỦ YẾU CỦA THÀNH PHỐ ĐÀ NẴNG GIAI ĐOẠN 2026-2030", "Chỉ tiêu chủ yếu của thành phố Đà Nẵng giai đoạn 2026-2030"],
  ["KẾ HOẠCH CỦA UBND XÃ TÂN PHÚ ĐÔNG VỀ GRDP", "Kế hoạch của UBND xã Tân Phú Đông về GRDP"],
  ["NGHỊ QUYẾT VỀ NHIỆM VỤ NĂM 2026 CỦA TỈNH BÀ RỊA - VŨNG TÀU", "Nghị quyết về nhiệm vụ năm 2026 của tỉnh Bà Rịa - Vũng Tàu"],
  ["PHƯỜNG HẢI CHÂU, THÀNH PHỐ ĐÀ NẴNG", "Phường Hải Châu, thành phố Đà Nẵng"],
])("%s", (capitals, sentence) => {
  expect(sentenceFromCapitals(capitals)).toBe(sentence);
});

test("'các xã, phường' names no place, and a title already in mixed case is kept as written", () => {
  expect(sentenceFromCapitals("BIỂU GIAO CHỈ TIÊU CHO CÁC SỞ, NGÀNH VÀ UBND CÁC XÃ, PHƯỜNG")).toBe("Biểu giao chỉ tiêu cho các sở, ngành và UBND các xã, phường");
  expect(sentenceFromCapitals("Kế hoạch của tỉnh Gia Lai năm 2026")).toBe("Kế hoạch của tỉnh Gia Lai năm 2026");
});
