/**
 * Node only: the same layouts through ExcelJS's streaming writer, which commits rows as it
 * goes and deflates with Node's zlib. No longer used by the CLI (the SpreadsheetML writer is);
 * kept as one more producer in the readers' differential tests. Never imported by the task pane.
 */
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { renderLayouts, type XlsxWriter } from "./write";

export const streamingXlsxWriter: XlsxWriter = async (sheets, meta) => {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    sink.on("end", resolve);
    sink.on("error", reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  await renderLayouts(workbook, sheets, meta, true);
  await workbook.commit();
  await finished;
  const out = Buffer.concat(chunks);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
};
