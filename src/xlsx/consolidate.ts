/**
 * Consolidate uploaded annexes (ArrayBuffers + names, as a browser file picker gives
 * them, or files read by the CLI) into the province's workbook.
 */
import type { Catalog } from "../core/catalog/load";
import { consolidate, type ConsolidateOptions, type ConsolidationResult } from "../core/consolidate/consolidate";
import { layoutConsolidation } from "../core/consolidate/layout";
import type { Bilingual } from "../core/messages";
import type { FileRead } from "../core/consolidate/grid";
import { readWorkbookFile, type UploadedFile } from "./read";
import { DEFAULT_LIMITS, type SizeLimits } from "./size-guard";
import { inMemoryXlsxWriter, type XlsxWriter } from "./write";

export type ConsolidateFilesResult = { ok: true; result: ConsolidationResult; xlsx: Uint8Array } | { ok: false; error: Bilingual };

/** `onRead(done, total)` is called after each file, so a caller can show how far reading has got. */
export async function readUploads(files: UploadedFile[], limits: SizeLimits = DEFAULT_LIMITS, onRead?: (done: number, total: number) => void): Promise<FileRead[]> {
  const reads: FileRead[] = [];
  for (const file of files) {
    reads.push(await readWorkbookFile(file, limits));
    onRead?.(reads.length, files.length);
  }
  return reads;
}

/** The consolidated workbook; `writer` defaults to the in-memory ExcelJS writer (browser and Node). */
export async function consolidationToXlsx(result: ConsolidationResult, writer: XlsxWriter = inMemoryXlsxWriter): Promise<Uint8Array> {
  const layout = layoutConsolidation(result);
  return writer(layout.sheets, layout.meta);
}

/** Browser and CLI entry point: bytes in, result and .xlsx bytes out. Bad files are rejected one by one. */
export async function consolidateFiles(
  catalog: Catalog,
  files: UploadedFile[],
  options: ConsolidateOptions & { limits?: SizeLimits; writer?: XlsxWriter; onRead?: (done: number, total: number) => void },
): Promise<ConsolidateFilesResult> {
  const reads = await readUploads(files, options.limits, options.onRead);
  const consolidated = consolidate(catalog, reads, options);
  if (!consolidated.ok) return consolidated;
  return { ok: true, result: consolidated.result, xlsx: await consolidationToXlsx(consolidated.result, options.writer) };
}
