/**
 * Node adapter: a plan document on disk (.txt, .md, .docx, .pdf with a text layer) → text.
 * Size is checked before reading; binary and unreadable files get a clear bilingual message.
 */
import { formatMegabytes } from "../core/numbers/format";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import { type Bilingual, failure } from "../core/messages";

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export type ReadResult = { ok: true; text: string; format: "txt" | "docx" | "pdf" } | { ok: false; error: Bilingual };


/** Text files that are really binary: NUL bytes or many control characters in the first 8 KB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.02;
}

function decodeText(bytes: Buffer): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (looksBinary(bytes)) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return null;
  }
}

async function docxText(bytes: Buffer): Promise<string> {
  const mammoth = await import("mammoth");
  const result = await mammoth.extractRawText({ buffer: bytes });
  return result.value;
}

async function pdfText(bytes: Buffer): Promise<string> {
  const { extractText, getDocumentProxy } = await import("unpdf");
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: false });
  return (Array.isArray(text) ? text : [text]).join("\n\n");
}

export async function readDocument(path: string, maxBytes = MAX_DOCUMENT_BYTES): Promise<ReadResult> {
  if (!existsSync(path)) return failure(`Không tìm thấy tệp ${path}.`, `File not found: ${path}.`);
  const stat = statSync(path);
  if (!stat.isFile()) return failure(`${path} không phải là tệp.`, `${path} is not a file.`);
  if (stat.size === 0) return failure(`Tệp ${path} trống (0 byte).`, `The file ${path} is empty (0 bytes).`);
  if (stat.size > maxBytes) {
    return failure(
      `Tệp ${path} quá lớn (${formatMegabytes(stat.size, "vi")}; tối đa ${formatMegabytes(maxBytes, "vi")}). Hãy tách văn bản hoặc chỉ lưu phần có chỉ tiêu.`,
      `The file ${path} is too large (${formatMegabytes(stat.size, "en")}; at most ${formatMegabytes(maxBytes, "en")}). Split it or keep only the part with targets.`,
    );
  }
  const bytes = readFileSync(path);
  const ext = extname(path).toLowerCase();
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const isPdf = bytes.subarray(0, 5).toString("latin1") === "%PDF-";
  try {
    if (ext === ".docx" || (isZip && ext !== ".txt" && ext !== ".md")) {
      if (!isZip) return failure(`Tệp ${path} không phải tệp Word .docx hợp lệ.`, `${path} is not a valid Word .docx file.`);
      return { ok: true, text: await docxText(bytes), format: "docx" };
    }
    if (ext === ".pdf" || isPdf) {
      if (!isPdf) return failure(`Tệp ${path} không phải tệp PDF hợp lệ.`, `${path} is not a valid PDF file.`);
      const text = await pdfText(bytes);
      if (text.replace(/\s/g, "").length < 20) {
        return failure(
          `Tệp PDF ${path} không có lớp chữ (có thể là ảnh quét): hãy nhận dạng chữ (OCR) trước rồi thử lại.`,
          `The PDF ${path} has no text layer (probably a scan): run OCR on it first, then try again.`,
        );
      }
      return { ok: true, text, format: "pdf" };
    }
    if (ext === ".doc") {
      return failure(`Tệp Word cũ (.doc) chưa được hỗ trợ: hãy lưu thành .docx.`, `Old Word files (.doc) are not supported: save as .docx.`);
    }
  } catch (e) {
    const why = (e as Error).message;
    return failure(`Không đọc được tệp ${path}: ${why}`, `Cannot read ${path}: ${why}`);
  }
  const text = decodeText(bytes);
  if (text === null) {
    return failure(
      `Tệp ${path} là tệp nhị phân hoặc không phải văn bản UTF-8: hãy dùng .txt, .md, .docx hoặc .pdf có lớp chữ.`,
      `${path} is binary or not UTF-8 text: use .txt, .md, .docx, or a .pdf with a text layer.`,
    );
  }
  return { ok: true, text, format: "txt" };
}
