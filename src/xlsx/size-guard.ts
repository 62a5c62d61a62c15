/**
 * Checks an upload before any parser sees it: file size, that it is a zip holding a
 * workbook, and the uncompressed sizes the zip declares in its central directory (a zip
 * bomb declares, or implies by its ratio, far more than an annex ever holds).
 * Reads only the central directory; pure, runs in the browser and in Node.
 */
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

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  encrypted: boolean;
  /** 0 = stored, 8 = deflate. */
  method: number;
  localHeaderOffset: number;
}

export type GuardResult = { ok: true; entries: ZipEntryInfo[] } | { ok: false; reason: Bilingual };

const MiB = (n: number) => `${(n / 1024 / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} MB`;
const fail = (vi: string, en: string): GuardResult => ({ ok: false, reason: { vi, en } });

/** The file size alone, checked before the file is even read. */
export function checkFileSize(bytes: number, limits: SizeLimits = DEFAULT_LIMITS): GuardResult | null {
  if (bytes > limits.maxFileBytes) {
    return fail(
      `tệp quá lớn (${MiB(bytes)}, tối đa ${MiB(limits.maxFileBytes)}); phụ lục thường chỉ vài chục KB`,
      `file too large (${MiB(bytes)}, at most ${MiB(limits.maxFileBytes)}); an annex is usually a few dozen KB`,
    );
  }
  if (bytes === 0) return fail("tệp rỗng (0 byte)", "empty file (0 bytes)");
  return null;
}

export function guardXlsx(data: Uint8Array, limits: SizeLimits = DEFAULT_LIMITS): GuardResult {
  const sized = checkFileSize(data.byteLength, limits);
  if (sized) return sized;
  if (!startsWith(data, [0x50, 0x4b, 0x03, 0x04])) {
    if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0])) {
      return fail(
        "tệp Excel 97–2003 (.xls) hoặc tệp có đặt mật khẩu: hãy mở bằng Excel và lưu lại thành .xlsx, không đặt mật khẩu",
        "an Excel 97–2003 (.xls) or password-protected file: open it in Excel and save it as .xlsx without a password",
      );
    }
    return fail("không phải tệp .xlsx (tệp không có dạng zip của Excel)", "not an .xlsx file (not an Excel zip package)");
  }
  const directory = readCentralDirectory(data);
  if (!directory.ok) return directory;
  const entries = directory.entries;
  if (entries.length > limits.maxEntries) {
    return fail(`tệp zip có ${entries.length} mục, vượt giới hạn ${limits.maxEntries}`, `zip has ${entries.length} entries, over the limit of ${limits.maxEntries}`);
  }
  let total = 0;
  for (const e of entries) {
    if (e.encrypted) return fail(`mục "${e.name}" trong tệp bị mã hoá`, `entry "${e.name}" is encrypted`);
    total += e.uncompressedSize;
    if (e.uncompressedSize > 1024 * 1024 && e.uncompressedSize / Math.max(1, e.compressedSize) > limits.maxRatio) {
      return fail(
        `mục "${e.name}" nén bất thường (${MiB(e.compressedSize)} → ${MiB(e.uncompressedSize)}): có thể là "bom zip", không mở`,
        `entry "${e.name}" has an abnormal compression ratio (${MiB(e.compressedSize)} → ${MiB(e.uncompressedSize)}): possible zip bomb, not opened`,
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
  if (!names.has("[Content_Types].xml") || !names.has("xl/workbook.xml")) {
    return fail("tệp zip nhưng không phải bảng tính Excel .xlsx (thiếu xl/workbook.xml)", "a zip file but not an Excel .xlsx workbook (no xl/workbook.xml)");
  }
  return { ok: true, entries };
}

function startsWith(data: Uint8Array, bytes: number[]): boolean {
  return data.byteLength >= bytes.length && bytes.every((b, i) => data[i] === b);
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;

function readCentralDirectory(data: Uint8Array): { ok: true; entries: ZipEntryInfo[] } | { ok: false; reason: Bilingual } {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const broken = () => fail("tệp .xlsx bị hỏng (không đọc được danh mục của tệp zip)", "broken .xlsx (the zip's central directory cannot be read)");
  let eocd = -1;
  for (let i = data.byteLength - 22; i >= Math.max(0, data.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return broken();
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR) {
    const zip64 = Number(view.getBigUint64(eocd - 20 + 8, true));
    if (zip64 + 56 > data.byteLength || view.getUint32(zip64, true) !== ZIP64_EOCD) return broken();
    count = Number(view.getBigUint64(zip64 + 32, true));
    offset = Number(view.getBigUint64(zip64 + 48, true));
  }
  const entries: ZipEntryInfo[] = [];
  const decoder = new TextDecoder();
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > data.byteLength || view.getUint32(p, true) !== CENTRAL) return broken();
    const flags = view.getUint16(p + 8, true);
    let compressedSize = view.getUint32(p + 20, true);
    let uncompressedSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const method = view.getUint16(p + 10, true);
    let localHeaderOffset = view.getUint32(p + 42, true);
    if (p + 46 + nameLength + extraLength > data.byteLength) return broken();
    const name = decoder.decode(data.subarray(p + 46, p + 46 + nameLength));
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      const sizes = zip64Sizes(view, p + 46 + nameLength, extraLength, uncompressedSize === 0xffffffff, compressedSize === 0xffffffff, localHeaderOffset === 0xffffffff);
      if (!sizes) return broken();
      uncompressedSize = sizes.uncompressed ?? uncompressedSize;
      compressedSize = sizes.compressed ?? compressedSize;
      localHeaderOffset = sizes.offset ?? localHeaderOffset;
    }
    entries.push({ name, compressedSize, uncompressedSize, encrypted: (flags & 1) === 1, method, localHeaderOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/** 64-bit sizes from the ZIP64 extra field (id 0x0001), in the order the spec fixes. */
function zip64Sizes(view: DataView, start: number, length: number, wantUncompressed: boolean, wantCompressed: boolean, wantOffset: boolean) {
  for (let q = start; q + 4 <= start + length; ) {
    const id = view.getUint16(q, true);
    const size = view.getUint16(q + 2, true);
    if (id === 0x0001) {
      let r = q + 4;
      const out: { uncompressed?: number; compressed?: number; offset?: number } = {};
      if (wantUncompressed) {
        out.uncompressed = Number(view.getBigUint64(r, true));
        r += 8;
      }
      if (wantCompressed) {
        out.compressed = Number(view.getBigUint64(r, true));
        r += 8;
      }
      if (wantOffset) out.offset = Number(view.getBigUint64(r, true));
      return out;
    }
    q += 4 + size;
  }
  return null;
}
