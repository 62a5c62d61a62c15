/**
 * The consolidate conductor: the task pane and `kehoach consolidate` both call `consolidateFiles`.
 * Annexes are read one at a time and only their rows are kept (memory does not grow with the
 * number of files); same-named files are told apart by their path, a file given twice is merged once.
 */
import type { Catalog } from "../core/catalog";
import { startConsolidation, type ConsolidateOptions, type ConsolidateResult, type ConsolidationResult } from "../core/consolidate";
import { layoutConsolidation } from "../core/consolidate";
import type { Bilingual } from "../core/messages";
import type { FileRead } from "../core/consolidate";
import { readWorkbookFile, type UploadedFile } from "./read";
import { DEFAULT_LIMITS, type SizeLimits } from "./size-guard";
import { smlXlsxWriter } from "./sml-write";
import type { XlsxWriter } from "./xlsx-writer";

/** A file to consolidate whose bytes are fetched only when its turn comes. */
export interface AnnexInput {
  /** The file's name. */
  name: string;
  /** Where it is, as the user gave it: shown when two inputs share a name. */
  path?: string;
  /** What makes two inputs the same file (a resolved path); a repeat is merged once. */
  identity?: string;
  open(): Promise<{ ok: true; file: UploadedFile } | { ok: false; reason: Bilingual }>;
}

export type ConsolidateFilesResult = { ok: true; result: ConsolidationResult; xlsx: Uint8Array } | { ok: false; error: Bilingual };

export type ConsolidateFilesOptions = ConsolidateOptions & {
  limits?: SizeLimits;
  writer?: XlsxWriter;
  /** Called after each file, so a caller can show how far reading has got. */
  onRead?: (done: number, total: number) => void;
  /** Called when a phase ends, so a caller can time or show them. */
  onPhase?: (ended: "read" | "merge" | "write") => void;
};

const inputOf = (file: UploadedFile | AnnexInput): AnnexInput =>
  "open" in file ? file : { name: file.name, open: async () => ({ ok: true, file }) };

/** The name each input is reported under: its name, or where it is when another input has the same name. */
export function displayNames(inputs: readonly AnnexInput[]): string[] {
  const count = new Map<string, number>();
  for (const i of inputs) count.set(i.name, (count.get(i.name) ?? 0) + 1);
  const seen = new Map<string, number>();
  return inputs.map((i) => {
    if (count.get(i.name)! < 2) return i.name;
    if (i.path) return i.path;
    const n = (seen.get(i.name) ?? 0) + 1;
    seen.set(i.name, n);
    return n === 1 ? i.name : `${i.name} (${n})`;
  });
}

const REPEATED: Bilingual = {
  vi: "tệp này đã được chỉ ra ở trên: chỉ tổng hợp một lần",
  en: "this file was already given above: it is merged once",
};

/** Read → merge → write. Bad files are rejected one by one; the rest proceed. */
export async function consolidateFiles(catalog: Catalog, files: ReadonlyArray<UploadedFile | AnnexInput>, options: ConsolidateFilesOptions): Promise<ConsolidateFilesResult> {
  const done = await mergeFiles(catalog, files, options);
  if (!done.ok) return done;
  const xlsx = await consolidationToXlsx(done.result, options.writer);
  options.onPhase?.("write");
  return { ok: true, result: done.result, xlsx };
}

/** Read → merge, without writing the report: for an edge that shows the result first and writes it on demand. */
export async function mergeFiles(catalog: Catalog, files: ReadonlyArray<UploadedFile | AnnexInput>, options: Omit<ConsolidateFilesOptions, "writer">): Promise<ConsolidateResult> {
  const started = startConsolidation(catalog, options);
  if (!started.ok) return started;
  const { consolidation } = started;
  const inputs = files.map(inputOf);
  const names = displayNames(inputs);
  const identities = new Set<string>();
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    const name = names[i];
    if (input.identity !== undefined && identities.has(input.identity)) {
      consolidation.add({ file: name, ok: false, reason: REPEATED });
    } else {
      if (input.identity !== undefined) identities.add(input.identity);
      consolidation.add(await readInput(input, name, options.limits ?? DEFAULT_LIMITS));
    }
    options.onRead?.(i + 1, inputs.length);
  }
  options.onPhase?.("read");
  const done = consolidation.finish();
  if (done.ok) options.onPhase?.("merge");
  return done;
}

async function readInput(input: AnnexInput, name: string, limits: SizeLimits): Promise<FileRead> {
  const opened = await input.open();
  if (!opened.ok) return { file: name, ok: false, reason: opened.reason };
  return readWorkbookFile({ ...opened.file, name }, limits);
}

/** The consolidated workbook; `writer` defaults to the SpreadsheetML writer (browser and Node). */
export async function consolidationToXlsx(result: ConsolidationResult, writer: XlsxWriter = smlXlsxWriter): Promise<Uint8Array> {
  const layout = layoutConsolidation(result);
  return writer(layout.sheets, layout.meta);
}
