/**
 * Import a plan document — one conductor for `kehoach extract` and the pane's "Nhập kế hoạch": bytes →
 * text (through the DocumentReaders port: Word, PDF and text decoding live outside the pure core) →
 * drafts the user reviews → a catalog file that loads like any other. The extraction rules are
 * src/core/extract's; this file only wires them.
 */
import { loadCatalogs } from "../catalog/load";
import type { CatalogFile, Target } from "../catalog/schema";
import { targetAmount } from "../catalog/describe";
import type { Problem } from "../catalog/problems";
import { extractTargets, toCatalog, type ExtractResult } from "../extract";
import { failure, type Bilingual } from "../messages";
import { formatMegabytes } from "../numbers/format";
import { parseViRange } from "../numbers/vi";
import { decodeUnicodeText, type DecodeBytes } from "../text";

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export type DocumentFormat = "txt" | "docx" | "pdf";

/** How bytes become text where the core cannot go: src/documents/readers.ts, the same in Node and the browser. */
export interface DocumentReaders {
  docx(bytes: Uint8Array): Promise<string>;
  pdf(bytes: Uint8Array): Promise<string>;
  /** The bytes as text in that encoding, or null when they are not valid in it. */
  decode: DecodeBytes;
}

export type DocumentText = { ok: true; text: string; format: DocumentFormat } | { ok: false; error: Bilingual };

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

function decodeText(bytes: Uint8Array, readers: DocumentReaders): string | null {
  const hasUtf16Mark = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!hasUtf16Mark && looksBinary(bytes)) return null;
  return decodeUnicodeText(bytes, readers.decode);
}

/** "Tệp … quá lớn": said before reading (from the size on disk) and after (from the bytes). */
export function documentTooLarge(name: string, size: number, maxBytes = MAX_DOCUMENT_BYTES): DocumentText | null {
  if (size === 0) return failure(`Tệp ${name} trống (0 byte).`, `The file ${name} is empty (0 bytes).`);
  if (size <= maxBytes) return null;
  return failure(
    `Tệp ${name} quá lớn (${formatMegabytes(size, "vi")}; tối đa ${formatMegabytes(maxBytes, "vi")}). Hãy tách văn bản hoặc chỉ lưu phần có chỉ tiêu.`,
    `The file ${name} is too large (${formatMegabytes(size, "en")}; at most ${formatMegabytes(maxBytes, "en")}). Split it or keep only the part with targets.`,
  );
}

/** What a reader throws is a library's own words: the user is told what is wrong and what to do instead. */
function unreadable(name: string, format: "docx" | "pdf"): DocumentText {
  return format === "docx"
    ? failure(
        `Không đọc được tệp Word ${name}: tệp bị hỏng hoặc không đúng định dạng .docx. Hãy mở bằng Word và lưu lại thành .docx.`,
        `Cannot read the Word file ${name}: it is damaged or not really .docx. Open it in Word and save it again as .docx.`,
      )
    : failure(
        `Không đọc được tệp PDF ${name}: tệp bị hỏng hoặc có mật khẩu. Hãy mở bằng trình đọc PDF, bỏ mật khẩu hoặc lưu lại rồi thử lại.`,
        `Cannot read the PDF ${name}: it is damaged or password-protected. Open it in a PDF reader, remove the password or save it again, then retry.`,
      );
}

/** A document's text, told apart by its name and its first bytes (a .docx is a zip, a PDF starts "%PDF-"). */
export async function documentText(name: string, bytes: Uint8Array, readers: DocumentReaders, maxBytes = MAX_DOCUMENT_BYTES): Promise<DocumentText> {
  const refused = documentTooLarge(name, bytes.length, maxBytes);
  if (refused) return refused;
  const ext = /\.[^./\\]+$/.exec(name)?.[0].toLowerCase() ?? "";
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const isPdf = String.fromCharCode(...bytes.subarray(0, 5)) === "%PDF-";
  if (ext === ".docx" || (isZip && ext !== ".txt" && ext !== ".md")) {
    if (!isZip) return failure(`Tệp ${name} không phải tệp Word .docx hợp lệ.`, `${name} is not a valid Word .docx file.`);
    try {
      return { ok: true, text: await readers.docx(bytes), format: "docx" };
    } catch {
      return unreadable(name, "docx");
    }
  }
  if (ext === ".pdf" || isPdf) {
    if (!isPdf) return failure(`Tệp ${name} không phải tệp PDF hợp lệ.`, `${name} is not a valid PDF file.`);
    let text: string;
    try {
      text = await readers.pdf(bytes);
    } catch {
      return unreadable(name, "pdf");
    }
    if (text.replace(/\s/g, "").length < 20) {
      return failure(
        `Tệp PDF ${name} không có lớp chữ (có thể là ảnh quét): hãy nhận dạng chữ (OCR) trước rồi thử lại.`,
        `The PDF ${name} has no text layer (probably a scan): run OCR on it first, then try again.`,
      );
    }
    return { ok: true, text, format: "pdf" };
  }
  if (ext === ".doc") {
    return failure(`Tệp Word cũ (.doc) chưa được hỗ trợ: hãy lưu thành .docx.`, `Old Word files (.doc) are not supported: save as .docx.`);
  }
  const text = decodeText(bytes, readers);
  if (text === null) {
    return failure(
      `Tệp ${name} là tệp nhị phân hoặc không phải văn bản UTF-8: hãy dùng .txt, .md, .docx hoặc .pdf có lớp chữ.`,
      `${name} is binary or not UTF-8 text: use .txt, .md, .docx, or a .pdf with a text layer.`,
    );
  }
  return { ok: true, text, format: "txt" };
}

/** A found target as the user reviews it: kept or dropped, name, amount, unit and year as typed. */
export interface Draft {
  target: Target;
  accepted: boolean;
  name: string;
  amount: string;
  unit: string;
  year: string;
}

export function extractDocument(text: string, file: string, plan?: string): ExtractResult {
  return extractTargets(text, { file, plan });
}

/** Every found target, kept and as found. */
export function draftsOf(result: ExtractResult): Draft[] {
  return result.targets.map((target) => ({ target, accepted: true, name: target.name, amount: targetAmount(target), unit: target.unit, year: String(target.year) }));
}

/** The reviewed drafts as targets; an amount or year the user mistyped is a problem, never a guess. */
export function applyEdits(drafts: readonly Draft[], file: string): { targets: Target[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const accepted = drafts.filter((d) => d.accepted);
  const ids = new Set(accepted.map((d) => d.target.id));
  const targets = accepted.map((d, i) => {
    const untouched = d.name === d.target.name && d.unit === d.target.unit && d.year === String(d.target.year) && d.amount === targetAmount(d.target);
    if (untouched && (!d.target.parent || ids.has(d.target.parent))) return d.target;
    const { value: _v, min: _min, max: _max, parent, ...rest } = d.target;
    const t: Target = { ...rest, name: d.name.trim(), unit: d.unit.trim(), year: Number(d.year) };
    if (parent && ids.has(parent)) t.parent = parent;
    if (d.amount === targetAmount(d.target)) {
      // Untouched: the figure exactly as found, not as read back from its display.
      for (const key of ["value", "min", "max"] as const) if (d.target[key] !== undefined) t[key] = d.target[key];
      return t;
    }
    const range = parseViRange(d.amount, "auto");
    if (!range.ok) problems.push({ file, path: `targets[${i}] (${d.target.id})`, message: range.error });
    else if (range.min === range.max) t.value = range.min;
    else Object.assign(t, { min: range.min, max: range.max });
    return t;
  });
  return { targets, problems };
}

/**
 * The catalog file of the reviewed drafts, validated like any import (tasks keep only kept targets):
 * what `kehoach extract --out` writes and what the pane downloads or uses.
 */
export function reviewedCatalog(result: ExtractResult, drafts: readonly Draft[], file: string): { ok: true; catalog: CatalogFile } | { ok: false; problems: Problem[] } {
  const { targets, problems: edits } = applyEdits(drafts, file);
  const kept = new Set(targets.map((x) => x.id));
  const tasks = result.tasks.map((task) => ({ ...task, targets: task.targets?.filter((id) => kept.has(id)) }));
  const catalog = toCatalog({ ...result, targets, tasks }, { file });
  const check = loadCatalogs([{ file, data: catalog }]);
  const problems = [...edits, ...(check.ok ? [] : check.problems)];
  return problems.length ? { ok: false, problems } : { ok: true, catalog };
}
