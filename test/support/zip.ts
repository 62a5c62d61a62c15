/** Zip byte surgery for tests of the zip readers' guards. */

/** Overwrite the uncompressed size an entry declares in the central directory. */
export function declare(zip: Uint8Array, entryName: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const name = new TextEncoder().encode(entryName);
  for (let p = out.length - 22; p >= 0; p--) {
    if (view.getUint32(p, true) !== 0x02014b50) continue;
    const n = view.getUint16(p + 28, true);
    if (n === name.length && out.subarray(p + 46, p + 46 + n).every((b, i) => b === name[i])) view.setUint32(p + 24, size, true);
  }
  return out;
}
