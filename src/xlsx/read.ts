/**
 * An uploaded .xlsx (bytes) → plain grids, after the size guard. The fast reader (read-fast.ts,
 * on fflate) reads what it knows for sure; anything else goes to ExcelJS, whose reading it mirrors.
 * Runs in the browser (ArrayBuffer from a file picker) and in Node. ExcelJS (read-exceljs.ts) is
 * loaded only when a file takes that path.
 */
import type { FileRead } from "../core/consolidate";
import { readSheetsFast } from "./read-fast";
import { readZipDirectory } from "./read-zip";
import { checkDeclaredEntries, checkFileSize, checkZipSignature, DEFAULT_LIMITS, type SizeLimits } from "./size-guard";

export interface UploadedFile {
  name: string;
  data: ArrayBuffer | Uint8Array;
  /** File modification time (File.lastModified, or fs mtime). */
  lastModified?: number | Date | string;
}

export function isoTime(value: UploadedFile["lastModified"]): string | undefined {
  if (value === undefined) return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export const LYING_ZIP = {
  vi: 'tệp zip khai sai kích thước nội dung (có thể là "bom zip"): không mở',
  en: "the zip misstates its content sizes (possible zip bomb): not opened",
};

/** Guard, then read: the fast reader where it can, ExcelJS otherwise. Never throws: a bad file becomes { ok: false, reason }. */
export async function readWorkbookFile(file: UploadedFile, limits: SizeLimits = DEFAULT_LIMITS): Promise<FileRead> {
  const bytes = file.data instanceof Uint8Array ? file.data : new Uint8Array(file.data);
  const refused = checkFileSize(bytes.byteLength, limits) ?? checkZipSignature(bytes);
  if (refused) return { file: file.name, ok: false, reason: refused.reason };
  const directory = readZipDirectory(bytes);
  if (directory) {
    const declared = checkDeclaredEntries([...directory.values()], limits);
    if (declared) return { file: file.name, ok: false, reason: declared.reason };
    const fast = readSheetsFast(bytes, directory);
    if (fast?.ok) return { file: file.name, ok: true, sheets: fast.sheets, modifiedAt: isoTime(file.lastModified) };
    if (fast) return { file: file.name, ok: false, reason: LYING_ZIP };
  }
  return readWithExcelJS(file, limits);
}

/** The full path (JSZip's directory, the counting pass for large files, then ExcelJS), loaded when first needed. */
export async function readWithExcelJS(file: UploadedFile, limits: SizeLimits = DEFAULT_LIMITS): Promise<FileRead> {
  return (await import("./read-exceljs")).readWithExcelJS(file, limits);
}
