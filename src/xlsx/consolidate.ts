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
import { writeLayoutsXlsx } from "./fast-write";

export type ConsolidateFilesResult = { ok: true; result: ConsolidationResult; xlsx: Uint8Array } | { ok: false; error: Bilingual };

export async function readUploads(files: UploadedFile[], limits: SizeLimits = DEFAULT_LIMITS): Promise<FileRead[]> {
  // Two at a time: inflating runs off the main thread, parsing on it.
  const reads: FileRead[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < files.length; i = next++) reads[i] = await readWorkbookFile(files[i], limits);
  };
  await Promise.all([worker(), worker()]);
  return reads;
}

export async function consolidationToXlsx(result: ConsolidationResult): Promise<Uint8Array> {
  const layout = layoutConsolidation(result);
  return writeLayoutsXlsx(layout.sheets, layout.meta);
}

/** Browser and CLI entry point: bytes in, result and .xlsx bytes out. Bad files are rejected one by one. */
export async function consolidateFiles(
  catalog: Catalog,
  files: UploadedFile[],
  options: ConsolidateOptions & { limits?: SizeLimits },
): Promise<ConsolidateFilesResult> {
  const reads = await readUploads(files, options.limits);
  const consolidated = consolidate(catalog, reads, options);
  if (!consolidated.ok) return consolidated;
  return { ok: true, result: consolidated.result, xlsx: await consolidationToXlsx(consolidated.result) };
}
