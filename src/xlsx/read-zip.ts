/**
 * A narrow zip reader for the fast annex path (browser and Node, on fflate): the central
 * directory, and entries inflated while counting, so an entry that yields more than it declares
 * is stopped at once (the zip-bomb guard on the same pass as the read). Anything it does not
 * know for sure (ZIP64, encryption, split archives, methods other than store/deflate, non-ASCII
 * or repeated names) is out of scope: the caller then takes the JSZip + ExcelJS path.
 */
import { Inflate, inflateSync } from "fflate";

export interface ZipEntry {
  name: string;
  method: 0 | 8;
  compressed: number;
  uncompressed: number;
  /** Offset of the local header. */
  offset: number;
}

export type ZipDirectory = Map<string, ZipEntry>;

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;

/** The entries of a zip, or null when the zip is outside this reader's scope (or broken: the full path will say why). */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory | null {
  const n = bytes.byteLength;
  let eocd = -1;
  for (let i = n - 22; i >= Math.max(0, n - 22 - 0xffff); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  // ZIP64 end-of-directory locator right before: out of scope.
  if (eocd >= 20 && u32(bytes, eocd - 20) === 0x07064b50) return null;
  const disk = u16(bytes, eocd + 4);
  const cdDisk = u16(bytes, eocd + 6);
  const onDisk = u16(bytes, eocd + 8);
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (disk !== 0 || cdDisk !== 0 || onDisk !== count || count === 0xffff || cdOffset === 0xffffffff || cdOffset + cdSize > eocd) return null;
  const entries: ZipDirectory = new Map();
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > eocd || u32(bytes, p) !== 0x02014b50) return null;
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const compressed = u32(bytes, p + 20);
    const uncompressed = u32(bytes, p + 24);
    const nameLength = u16(bytes, p + 28);
    const extraLength = u16(bytes, p + 30);
    const commentLength = u16(bytes, p + 32);
    const offset = u32(bytes, p + 42);
    if (flags & 0x41 || (method !== 0 && method !== 8)) return null; // encrypted, or a method we do not inflate
    if (compressed === 0xffffffff || uncompressed === 0xffffffff || offset === 0xffffffff) return null; // ZIP64
    let name = "";
    for (let i = p + 46; i < p + 46 + nameLength; i++) {
      if (bytes[i] >= 0x80 || bytes[i] === 0) return null;
      name += String.fromCharCode(bytes[i]);
    }
    if (hasZip64Field(bytes, p + 46 + nameLength, extraLength)) return null;
    // The local header too: ZIP64 there (sizes 0xFFFFFFFF) is out of scope even when the directory's fit.
    if (offset + 30 > bytes.byteLength || u32(bytes, offset + 18) === 0xffffffff || u32(bytes, offset + 22) === 0xffffffff) return null;
    if (hasZip64Field(bytes, offset + 30 + u16(bytes, offset + 26), u16(bytes, offset + 28))) return null;
    if (name.startsWith("/")) name = name.slice(1);
    if (entries.has(name)) return null;
    entries.set(name, { name, method, compressed, uncompressed, offset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function hasZip64Field(bytes: Uint8Array, start: number, length: number): boolean {
  if (start + length > bytes.byteLength) return true;
  for (let i = start; i + 4 <= start + length; i += 4 + u16(bytes, i + 2)) if (u16(bytes, i) === 0x0001) return true;
  return false;
}

/** Inflates raw DEFLATE data; throws rather than give more than `limit` bytes. */
export type RawInflater = (data: Uint8Array, limit: number) => Uint8Array;

/** Inflating more than this at once is done in chunks, so a lying entry is stopped early. */
const ONE_SHOT = 64 * 1024;

/** fflate's inflater (runs everywhere): small data at once (writes past `limit` are dropped), larger in chunks. */
const fflateInflater: RawInflater = (data, limit) =>
  data.byteLength <= ONE_SHOT ? inflateSync(data, { out: new Uint8Array(limit) }) : inflateCounting(data, limit);

/** The inflater in use: fflate's unless an edge installs another, as Node's adapter does zlib's (native, half the CPU). */
let installed: RawInflater = fflateInflater;

export function useRawInflater(inflater: RawInflater | null): void {
  installed = inflater ?? fflateInflater;
}

/**
 * The entry's bytes, or null when they are not what the directory declares (a lying zip,
 * possibly a bomb) or cannot be inflated. Never produces more than the declared size.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const data = storedBytes(bytes, entry);
  if (!data) return null;
  if (entry.method === 0) return entry.compressed === entry.uncompressed ? data : null;
  try {
    // One byte of room more than declared: a longer result shows the entry lied.
    const out = installed(data, entry.uncompressed + 1);
    return out.byteLength === entry.uncompressed ? out : null;
  } catch {
    return null;
  }
}

/** The entry's bytes as stored (compressed, for method 8), or null when its local header is not where the directory says. */
export function storedBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const local = entry.offset;
  if (local + 30 > bytes.byteLength || u32(bytes, local) !== 0x04034b50) return null;
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  const end = start + entry.compressed;
  return end > bytes.byteLength ? null : bytes.subarray(start, end);
}

/** At most `limit` bytes of `data` inflated, pushed in chunks and stopped once the limit is reached. */
function inflateCounting(data: Uint8Array, limit: number): Uint8Array {
  const out = new Uint8Array(limit);
  let length = 0;
  const inflater = new Inflate((chunk) => {
    const taken = Math.min(chunk.byteLength, limit - length);
    out.set(chunk.subarray(0, taken), length);
    length += taken;
  });
  for (let i = 0; i < data.byteLength && length < limit; i += ONE_SHOT) {
    inflater.push(data.subarray(i, Math.min(i + ONE_SHOT, data.byteLength)), i + ONE_SHOT >= data.byteLength);
  }
  return out.subarray(0, length);
}
