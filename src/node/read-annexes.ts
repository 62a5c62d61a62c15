/**
 * Node adapter: submitted annexes on disk → grids, in input order, each file's size checked
 * before a byte of it is read. Files are read one after the other: worker threads were measured
 * and dropped (on two cores, each worker's ExcelJS start-up and cold compilation, plus V8's own
 * background threads, ate what parallel parsing saved; see issue notes and bench/consolidate).
 */
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import type { FileRead } from "../core/consolidate/grid";
import { readWorkbookFile } from "../xlsx/read";
import { checkFileSize, DEFAULT_LIMITS } from "../xlsx/size-guard";

export async function readAnnexFile(path: string): Promise<FileRead> {
  const name = basename(path);
  let size: number;
  let mtime: Date;
  try {
    const st = statSync(path);
    if (!st.isFile()) return { file: name, ok: false, reason: { vi: "không phải tệp", en: "not a file" } };
    size = st.size;
    mtime = st.mtime;
  } catch {
    return { file: name, ok: false, reason: { vi: `không tìm thấy tệp ${path}`, en: `file not found: ${path}` } };
  }
  const tooBig = checkFileSize(size, DEFAULT_LIMITS);
  if (tooBig && !tooBig.ok) return { file: name, ok: false, reason: tooBig.reason };
  return readWorkbookFile({ name, data: new Uint8Array(readFileSync(path)), lastModified: mtime });
}

export async function readAnnexFiles(paths: string[]): Promise<FileRead[]> {
  const reads: FileRead[] = [];
  for (const path of paths) reads.push(await readAnnexFile(path));
  return reads;
}
