/** TextDecoder as the core's DecodeBytes port, the same in Node and the browser: strict, so a wrong encoding is null, not "B�o c�o". */
import type { DecodeBytes } from "../core/text";

export const decodeBytes: DecodeBytes = (bytes, encoding) => {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
};
