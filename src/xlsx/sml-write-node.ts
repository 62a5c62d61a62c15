/**
 * Node only: the SpreadsheetML writer with zlib's native deflate and CRC-32 instead of fflate's
 * JavaScript ones (the CLI's writer; never imported by the task pane). Each piece is deflated on its
 * own and ended with a sync flush, so the pieces join into one valid deflate stream, the last
 * piece closing it; memory stays at one piece whatever the size of the sheet.
 */
import { constants, crc32, deflateRawSync } from "node:zlib";
import { spreadsheetMLWriter, type DeflatingPart, type PartDeflater } from "./sml-write";

const LEVEL = 3;

class ZlibPart implements DeflatingPart {
  readonly compression = 8;
  size = 0;
  crc = 0;
  ondata?: DeflatingPart["ondata"];
  constructor(readonly filename: string) {}

  push(chunk: Uint8Array, final = false): void {
    this.crc = crc32(chunk, this.crc);
    this.size += chunk.length;
    const deflated = deflateRawSync(chunk, { level: LEVEL, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
    this.ondata!(null, deflated, final);
  }
}

export const zlibDeflater: PartDeflater = (path) => new ZlibPart(path);

export const nodeXlsxWriter = spreadsheetMLWriter(zlibDeflater);
