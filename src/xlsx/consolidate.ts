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
import { renderWorkbook, workbookBytes } from "./write";

export type ConsolidateFilesResult = { ok: true; result: ConsolidationResult; xlsx: Uint8Array } | { ok: false; error: Bilingual };

export async function readUploads(files: UploadedFile[], limits: SizeLimits = DEFAULT_LIMITS): Promise<FileRead[]> {
  const reads: FileRead[] = [];
  for (const f of files) reads.push(await readWorkbookFile(f, limits));
  return reads;
}

export async function consolidationToXlsx(result: ConsolidationResult): Promise<Uint8Array> {
  const layout = layoutConsolidation(result);
  return workbookBytes(await renderWorkbook(layout.sheets, layout.meta));
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
