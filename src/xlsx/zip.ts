/**
 * Just enough zip for .xlsx: read entries listed by the central directory (already
 * checked by the size guard) and write a package. Deflate uses the platform's
 * CompressionStream / DecompressionStream ("deflate-raw"): browsers and Node ≥ 20.
 */
import type { ZipEntryInfo } from "./size-guard";

/** A zip entry inflates to more (or less) than it declared: never retried with another reader. */
export class ZipSizeError extends Error {}

type ByteStream = { readable: ReadableStream<Uint8Array>; writable: WritableStream<Uint8Array> };

async function throughStream(data: Uint8Array, stream: ByteStream, limit = Infinity): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  void writer.write(data).catch(() => undefined);
  void writer.close().catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = stream.readable.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new ZipSizeError(`inflated data exceeds the declared ${limit} bytes`);
    }
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

/** Inflate, stopping as soon as the output passes `limit` bytes (a zip that lies about its sizes). */
export function inflateRaw(data: Uint8Array, limit = Infinity): Promise<Uint8Array> {
  return throughStream(data, new DecompressionStream("deflate-raw" as CompressionFormat) as unknown as ByteStream, limit);
}

export function deflateRaw(data: Uint8Array): Promise<Uint8Array> {
  return throughStream(data, new CompressionStream("deflate-raw" as CompressionFormat) as unknown as ByteStream);
}

/** The uncompressed bytes of one entry; never more than it declared. */
export async function readEntry(zip: Uint8Array, entry: ZipEntryInfo): Promise<Uint8Array> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const p = entry.localHeaderOffset;
  if (p + 30 > zip.byteLength || view.getUint32(p, true) !== 0x04034b50) throw new Error(`zip entry ${entry.name}: bad local header`);
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const raw = zip.subarray(start, start + entry.compressedSize);
  const data = entry.method === 0 ? raw : entry.method === 8 ? await inflateRaw(raw, entry.uncompressedSize) : null;
  if (!data) throw new Error(`zip entry ${entry.name}: unsupported compression method ${entry.method}`);
  if (data.byteLength !== entry.uncompressedSize) throw new ZipSizeError(`zip entry ${entry.name}: size differs from the declared size`);
  return data;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A zip of the given files (deflated), in order. */
export async function writeZip(files: { name: string; data: Uint8Array }[]): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const compressed = await Promise.all(files.map((f) => deflateRaw(f.data)));
  files.forEach((file, i) => {
    const name = encoder.encode(file.name);
    const body = compressed[i];
    const crc = crc32(file.data);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x0800, true); // UTF-8 names
    lv.setUint16(8, 8, true);
    lv.setUint16(10, 0, true);
    lv.setUint16(12, 0x21, true); // 1980-01-01
    lv.setUint32(14, crc, true);
    lv.setUint32(18, body.length, true);
    lv.setUint32(22, file.data.length, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const entry = new Uint8Array(46 + name.length);
    const cv = new DataView(entry.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint16(10, 8, true);
    cv.setUint16(14, 0x21, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, body.length, true);
    cv.setUint32(24, file.data.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    entry.set(name, 46);
    parts.push(local, body);
    central.push(entry);
    offset += local.length + body.length;
  });
  const centralSize = central.reduce((s, c) => s + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, files.length, true);
  ev.setUint16(10, files.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of all) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
