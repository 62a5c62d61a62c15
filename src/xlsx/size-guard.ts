/**
 * Checks an upload before any parser inflates it: file size, that it is a zip holding a
 * workbook, and the sizes the zip declares for its entries (a zip bomb declares, or implies
 * by its ratio, far more than an annex ever holds). JSZip (ExcelJS's own zip library) reads
 * the zip's directory without inflating anything; runs in the browser and in Node.
 */
import { formatMegabytes } from "../core/numbers";
import type JSZip from "jszip";
import type { Bilingual } from "../core/messages";

export interface SizeLimits {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Largest total uncompressed size the zip may declare. */
  maxUncompressedBytes: number;
  maxEntries: number;
  /** Largest uncompressed/compressed ratio of an entry over 1 MiB. */
  maxRatio: number;
}

export const DEFAULT_LIMITS: SizeLimits = Object.freeze({
  maxFileBytes: 20 * 1024 * 1024,
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxEntries: 2000,
  maxRatio: 200,
});

export interface DeclaredSizes {
  compressed: number;
  uncompressed: number;
}

export type GuardResult = { ok: true; zip: JSZip } | { ok: false; reason: Bilingual };

const MiB = (n: number) => formatMegabytes(n, "vi");
const fail = (vi: string, en: string): { ok: false; reason: Bilingual } => ({ ok: false, reason: { vi, en } });

/**
 * The sizes an entry's directory record declares. JSZip keeps them on the entry's private
 * `_data` (a CompressedObject, filled from the central directory by loadAsync) and has no
 * public getter; a folder or an entry added in memory has none, and declares nothing.
 * JSZip reads 32-bit sizes as signed numbers (≥ 2 GiB comes out negative) and keeps only the
 * low 32 bits of a ZIP64 size: `>>> 0` makes them unsigned again. A ZIP64 entry that hides a
 * huge size in its high bits looks small here, and is then caught by entriesMatchDeclaredSizes.
 */
export function declaredSizes(entry: JSZip.JSZipObject): DeclaredSizes {
  const data = (entry as unknown as { _data?: { compressedSize?: unknown; uncompressedSize?: unknown } })._data;
  const size = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v >>> 0 : 0);
  return { compressed: size(data?.compressedSize), uncompressed: size(data?.uncompressedSize) };
}

/** The file size alone, checked before the file is even read. */
export function checkFileSize(bytes: number, limits: SizeLimits = DEFAULT_LIMITS): { ok: false; reason: Bilingual } | null {
  if (bytes > limits.maxFileBytes) {
    return fail(
      `tệp quá lớn (${MiB(bytes)}, tối đa ${MiB(limits.maxFileBytes)}); phụ lục thường chỉ vài chục KB`,
      `file too large (${MiB(bytes)}, at most ${MiB(limits.maxFileBytes)}); an annex is usually a few dozen KB`,
    );
  }
  if (bytes === 0) return fail("tệp rỗng (0 byte)", "empty file (0 bytes)");
  return null;
}

/** The first bytes: a zip, or why not (an old .xls or a password-protected file has its own message). */
export function checkZipSignature(data: Uint8Array): { ok: false; reason: Bilingual } | null {
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) return null;
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0])) {
    return fail(
      "tệp Excel 97–2003 (.xls) hoặc tệp có đặt mật khẩu: hãy mở bằng Excel và lưu lại thành .xlsx, không đặt mật khẩu",
      "an Excel 97–2003 (.xls) or password-protected file: open it in Excel and save it as .xlsx without a password",
    );
  }
  return fail("không phải tệp .xlsx (tệp không có dạng zip của Excel)", "not an .xlsx file (not an Excel zip package)");
}

/** What the zip's directory declares, against the limits, and that it holds a workbook. */
export function checkDeclaredEntries(entries: ReadonlyArray<{ name: string } & DeclaredSizes>, limits: SizeLimits = DEFAULT_LIMITS): { ok: false; reason: Bilingual } | null {
  if (entries.length > limits.maxEntries) {
    return fail(`tệp zip có ${entries.length} mục, vượt giới hạn ${limits.maxEntries}`, `zip has ${entries.length} entries, over the limit of ${limits.maxEntries}`);
  }
  let total = 0;
  for (const e of entries) {
    total += e.uncompressed;
    if (e.uncompressed > 1024 * 1024 && e.uncompressed / Math.max(1, e.compressed) > limits.maxRatio) {
      return fail(
        `mục "${e.name}" nén bất thường (${MiB(e.compressed)} → ${MiB(e.uncompressed)}): có thể là "bom zip", không mở`,
        `entry "${e.name}" has an abnormal compression ratio (${MiB(e.compressed)} → ${MiB(e.uncompressed)}): possible zip bomb, not opened`,
      );
    }
  }
  if (total > limits.maxUncompressedBytes) {
    return fail(
      `nội dung giải nén khai báo ${MiB(total)}, vượt giới hạn ${MiB(limits.maxUncompressedBytes)}: có thể là "bom zip", không mở`,
      `declared uncompressed content is ${MiB(total)}, over the limit of ${MiB(limits.maxUncompressedBytes)}: possible zip bomb, not opened`,
    );
  }
  const names = new Set(entries.map((e) => e.name));
  if (!names.has("[Content_Types].xml") || !names.has("xl/workbook.xml")) return notAWorkbook(names);
  return null;
}

/** A zip that is not an .xlsx: say which kind of file it is when its parts tell, so the fix is plain. */
function notAWorkbook(names: ReadonlySet<string>): { ok: false; reason: Bilingual } {
  if (names.has("mimetype") && names.has("content.xml")) {
    return fail(
      "tệp bảng tính OpenDocument (.ods, của LibreOffice/OpenOffice): hãy mở và lưu lại thành Excel .xlsx (Excel 2007–365)",
      "an OpenDocument spreadsheet (.ods, from LibreOffice/OpenOffice): open it and save it as an Excel .xlsx (Excel 2007–365) workbook",
    );
  }
  if (names.has("xl/workbook.bin")) {
    return fail("tệp Excel nhị phân (.xlsb): hãy mở bằng Excel và lưu lại thành .xlsx", "an Excel binary workbook (.xlsb): open it in Excel and save it as .xlsx");
  }
  if (names.has("word/document.xml")) {
    return fail("tệp Word (.docx), không phải bảng tính: hãy gửi tệp phụ lục Excel .xlsx", "a Word document (.docx), not a workbook: send the Excel .xlsx annex");
  }
  return fail("tệp zip nhưng không phải bảng tính Excel .xlsx (thiếu xl/workbook.xml)", "a zip file but not an Excel .xlsx workbook (no xl/workbook.xml)");
}

export async function guardXlsx(data: Uint8Array, limits: SizeLimits = DEFAULT_LIMITS): Promise<GuardResult> {
  const refused = checkFileSize(data.byteLength, limits) ?? checkZipSignature(data);
  if (refused) return refused;
  let zip: JSZip;
  try {
    // Loaded here, not with the module: the fast reader checks sizes without JSZip.
    const { default: JSZipClass } = await import("jszip");
    zip = await JSZipClass.loadAsync(data);
  } catch (e) {
    const message = (e as Error)?.message ?? String(e);
    if (/encrypt/i.test(message)) return fail("tệp zip có mục bị mã hoá", "the zip has an encrypted entry");
    return fail(`tệp .xlsx bị hỏng (không đọc được danh mục của tệp zip): ${message}`, `broken .xlsx (the zip's directory cannot be read): ${message}`);
  }
  const declared = checkDeclaredEntries(Object.values(zip.files).map((e) => ({ name: e.name, ...declaredSizes(e) })), limits);
  return declared ?? { ok: true, zip };
}

/** JSZip's chunked inflater behind `async()` (untyped): lets us stop before an entry is whole. */
interface EntryWithStream {
  internalStream(type: "uint8array"): JSZip.JSZipStreamHelper<Uint8Array>;
}

/**
 * Inflate every entry once, counting, and stop at the first that yields more than it
 * declared (or less, at its end): a zip that lies about its sizes is refused before ExcelJS
 * inflates it whole. Memory stays within the declared total (checked above) plus one chunk.
 */
export async function entriesMatchDeclaredSizes(zip: JSZip, fileBytes: number = Infinity, limits: SizeLimits = DEFAULT_LIMITS): Promise<boolean> {
  if (fileBytes * MAX_DEFLATE_RATIO <= limits.maxUncompressedBytes) return true;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const declared = declaredSizes(entry).uncompressed;
    const honest = await new Promise<boolean>((resolve) => {
      let seen = 0;
      const stream = (entry as unknown as EntryWithStream).internalStream("uint8array");
      stream
        .on("data", (chunk: Uint8Array) => {
          seen += chunk.byteLength;
          if (seen > declared) {
            stream.pause();
            resolve(false);
          }
        })
        .on("error", () => resolve(false))
        .on("end", () => resolve(seen === declared))
        .resume();
    });
    if (!honest) return false;
  }
  return true;
}

/**
 * DEFLATE cannot expand data more than 1032-fold (RFC 1951: a 258-byte match per ~2-bit code),
 * so a file whose every byte inflated at that ratio stays under the limit needs no counting
 * pass, whatever its directory claims. Typical annexes (tens of KB) skip it; larger files get it.
 */
const MAX_DEFLATE_RATIO = 1032;

function startsWith(data: Uint8Array, bytes: number[]): boolean {
  return data.byteLength >= bytes.length && bytes.every((b, i) => data[i] === b);
}
