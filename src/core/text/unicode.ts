/** Bytes → text for files people save as "Unicode": UTF-8 (with or without a BOM) or UTF-16 with its BOM. */

/** How the edge decodes (TextDecoder lives outside the pure core): the text, or null when the bytes are not valid in that encoding. */
export type DecodeBytes = (bytes: Uint8Array, encoding: "utf-8" | "utf-16le" | "utf-16be") => string | null;

/** The text by its byte-order mark (UTF-16 LE/BE, else UTF-8 with any BOM dropped); null for bytes valid in none. */
export function decodeUnicodeText(bytes: Uint8Array, decode: DecodeBytes): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode(bytes.subarray(2), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode(bytes.subarray(2), "utf-16be");
  return decode(bytes, "utf-8")?.replace(/^\uFEFF/, "") ?? null;
}
