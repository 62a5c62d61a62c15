/** Is this text something the extractor can read? Empty and non-Vietnamese texts are refused. */
import type { Bilingual } from "../messages";
import { foldKeepingOffsets, letterCount } from "./ocr";

/** Very common Vietnamese syllables, folded. OCR text without diacritics still has them. */
const COMMON_SYLLABLES = new Set(
  (
    "va cac cua trong nam tinh phat trien thuc hien duoc nhung voi cho theo tren dia ban nguoi dan xa hoi kinh te ke hoach muc tieu " +
    "chi dat ty le tang giam nghiep cong nong thon moi quan ly nha nuoc so huyen thanh pho ve la co khong mot nay de tai tu den " +
    "viec dong chinh sach dau tu san xuat dich vu giao duc y te lao dong dao tao tao nang cao bao dam dam nhiem vu giai phap to chuc " +
    "uy ban nhan hop tac doanh tren duoi khoang binh quan dieu hanh trien khai tiep tuc day manh tap trung nganh linh vuc cap " +
    "van hoa moi truong an ninh quoc phong chuyen doi khoa hoc cong nghe ha tang giao thong do thi ngan thu von trieu nghin"
  ).split(" "),
);

/** Share of words that are common Vietnamese syllables (0–1). */
export function vietnameseShare(text: string): number {
  const sample = foldKeepingOffsets(text.slice(0, 30_000).normalize("NFC"));
  const words = sample.match(/[a-z]+/g) ?? [];
  if (words.length === 0) return 0;
  let hits = 0;
  for (const w of words) if (COMMON_SYLLABLES.has(w)) hits++;
  return hits / words.length;
}

/** Largest document the extractor reads (characters; about 20 MB of text). */
export const MAX_DOCUMENT_CHARS = 20 * 1024 * 1024;

/** Why the text cannot be read as a plan, or null when it can. */
export function documentProblem(text: string): Bilingual | null {
  if (text.length > MAX_DOCUMENT_CHARS) {
    const mb = (text.length / 1048576).toFixed(1);
    return {
      vi: `Văn bản quá lớn (${mb} MB chữ, giới hạn 20 MB): hãy tách thành các tệp nhỏ hơn, ví dụ theo từng phần của kế hoạch.`,
      en: `The text is too large (${mb} MB of text, limit 20 MB): split it into smaller files, for example one per part of the plan.`,
    };
  }
  if (text.trim() === "") {
    return { vi: "Tệp trống: không có chữ nào để tìm chỉ tiêu.", en: "The file is empty: there is no text to extract targets from." };
  }
  const letters = letterCount(text.slice(0, 200_000));
  if (letters < 20) {
    return { vi: "Tệp gần như không có chữ (dưới 20 chữ cái): không thể tìm chỉ tiêu.", en: "The file has almost no text (fewer than 20 letters): no targets can be found." };
  }
  if (vietnameseShare(text) < 0.15) {
    return {
      vi: "Văn bản không phải tiếng Việt (hoặc không đọc được): công cụ chỉ đọc kế hoạch viết bằng tiếng Việt.",
      en: "The text is not Vietnamese (or is unreadable): the extractor only reads plans written in Vietnamese.",
    };
  }
  return null;
}
