/**
 * Node adapter: submitted annexes on disk as inputs of the consolidate conductor. Each file's
 * size is checked before a byte of it is read, and a file is read only when its turn comes.
 * Importing it makes the fast reader inflate with zlib and walk a part's bytes (decoding only the
 * text it takes out); a file's Buffer is its bytes, not copied.
 * Files are read one after the other: worker threads were measured and dropped (on two cores,
 * each worker's start-up and cold compilation ate what parallel parsing saved).
 */
import { readFileSync, statSync } from "node:fs";
import { basename, resolve } from "node:path";
import { inflateRawSync } from "node:zlib";
import type { AnnexInput } from "../xlsx/consolidate";
import { usePartDecoder, type PartDecoder } from "../xlsx/read-fast";
import { useRawInflater, type RawInflater } from "../xlsx/read-zip";
import { checkFileSize, DEFAULT_LIMITS } from "../xlsx/size-guard";

/**
 * zlib's inflater (native), stopped past the declared size like fflate's. It inflates into one buffer of
 * the declared size (bounded by the size guard), not zlib's 16 KB chunks joined at the end.
 */
export const zlibInflater: RawInflater = (data, limit) => inflateRawSync(data, { maxOutputLength: limit, chunkSize: Math.max(64, limit) });

/** Buffer's own decoders of a span (what toString calls after looking up the encoding's name), on every Node. */
interface SpanDecoders {
  latin1Slice(start: number, end: number): string;
  utf8Slice(start: number, end: number): string;
}

/** A part's bytes one per character (latin1: a copy, no decoding), with the UTF-8 decoder of any span of them. */
export const bytePartDecoder: PartDecoder = (bytes) => {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as Buffer & SpanDecoders;
  return { xml: buffer.latin1Slice(0, buffer.length), utf8: (start, end) => buffer.utf8Slice(start, end) };
};

// In Node the fast reader inflates with zlib and walks bytes.
useRawInflater(zlibInflater);
usePartDecoder(bytePartDecoder);

/** `path` as the user gave it (shown when two files share a name); the resolved path tells repeats apart. */
export function annexInput(path: string): AnnexInput {
  const full = resolve(path);
  return {
    name: basename(path),
    path,
    identity: full,
    async open() {
      let size: number;
      let mtime: Date;
      try {
        const st = statSync(full);
        if (!st.isFile()) return { ok: false, reason: { vi: "không phải tệp", en: "not a file" } };
        size = st.size;
        mtime = st.mtime;
      } catch {
        return { ok: false, reason: { vi: `không tìm thấy tệp ${path}`, en: `file not found: ${path}` } };
      }
      const tooBig = checkFileSize(size, DEFAULT_LIMITS);
      if (tooBig) return tooBig;
      return { ok: true, file: { name: basename(path), data: readFileSync(full), lastModified: mtime } };
    },
  };
}
