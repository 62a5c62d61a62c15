/**
 * The catalog check skips NFC for text made only of characters it calls safe (isNfcSafe): each one, and
 * each pair of them in either order, must come out of NFC unchanged, or a catalog typed with combining
 * marks would keep them and stop matching the same words typed precomposed.
 */
import { isNfcSafe, rawInputProblems } from "../../../src/core/catalog/input-checks";

const SAFE: string[] = [];
for (let c = 0; c < 0x10000; c++) if (isNfcSafe(c)) SAFE.push(String.fromCharCode(c));

describe("characters that need no NFC", () => {
  it("cover the Vietnamese alphabet, digits and the dashes and quotes plans use", () => {
    const text = "Tỷ lệ hộ nghèo đa chiều giảm “bình quân” 1–1,5%/năm… Ưu tiên Đắk Lắk, Quảng Ngãi";
    expect([...text].every((ch) => isNfcSafe(ch.charCodeAt(0)))).toBe(true);
  });

  it("are each their own NFC, alone and beside any other of them", () => {
    for (const a of SAFE) {
      expect(a.normalize("NFC")).toBe(a);
      const bad = SAFE.find((b) => (a + b).normalize("NFC") !== a + b);
      expect(bad === undefined ? "" : `U+${a.charCodeAt(0).toString(16)} U+${bad.charCodeAt(0).toString(16)}`).toBe("");
    }
  });

  it("do not include the combining marks, so decomposed text is still normalised", () => {
    const decomposed = "Ha\u0300 No\u0323\u0302i"; // "Hà Nội" typed with combining marks
    const { normalized } = rawInputProblems("x.json", { name: decomposed });
    expect((normalized as { name: string }).name).toBe("Hà Nội");
    expect((normalized as { name: string }).name).not.toBe(decomposed);
  });
});
