/** Letter case of Vietnamese text: the first letter made capital ("hộ nghèo" → "Hộ nghèo"); a title in capitals made a sentence. */

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Words that stay in capitals in a sentence: abbreviations of offices and indicators. */
const ABBREVIATIONS = new Set(["UBND", "HĐND", "MTTQ", "GRDP", "GDP", "FDI", "PCI", "PAPI", "SIPAS", "PAR", "HDI", "NTM", "KT-XH", "THPT", "THCS", "CNTT", "ODA", "PPP", "BHYT", "BHXH", "TW", "VN"]);
/** A place kind, after which the next words are its proper name ("tỉnh Lâm Sơn"); "xã hội" is no commune. */
const PLACE_KIND = /^(?:tỉnh|thành phố|xã|phường|đặc khu|thị xã|thị trấn|huyện|quận)$/u;
/** Words that end a place name: what follows it in a title. */
const AFTER_NAME = /^(?:năm|giai|đoạn|đến|và|về|của|trong|trên|theo|tại|thời|kỳ|nhiệm|với|hội|giao)$/u;

/**
 * A title written in capitals ("KẾ HOẠCH … TỈNH LÂM SƠN NĂM 2026") as a sentence, its proper names kept:
 * "Kế hoạch … tỉnh Lâm Sơn năm 2026", "Việt Nam", "UBND". Text already in mixed case is returned as written.
 */
export function sentenceFromCapitals(text: string): string {
  if (text !== text.toUpperCase() || text === text.toLowerCase()) return text;
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let nameLeft = 0; // words of a place name still to capitalise (at most three)
  words.forEach((word, i) => {
    const lower = word.toLocaleLowerCase("vi");
    const bare = lower.replace(/[^\p{L}]/gu, "");
    const closes = /[,;:.)]$/.test(word);
    if (ABBREVIATIONS.has(word.replace(/[^\p{L}-]/gu, ""))) {
      out.push(word);
      nameLeft = 0;
    } else if (nameLeft > 0 && /^[-–]$/.test(word)) {
      out.push(word); // "Bà Rịa - Vũng Tàu"
      nameLeft = 2;
    } else if (nameLeft > 0 && bare && !AFTER_NAME.test(bare)) {
      out.push(upperFirst(lower));
      nameLeft = closes ? 0 : nameLeft - 1;
    } else {
      out.push(lower);
      const previous = out[out.length - 2]?.replace(/[^\p{L}]/gu, "") ?? "";
      const kind = PLACE_KIND.test(bare) || PLACE_KIND.test(`${previous} ${bare}`);
      // "các xã, phường" names no place; "xã hội" is society, not a commune; "thành", "thị" wait for their second word.
      const named = kind && !closes && !/^(?:các|những)$/.test(previous) && !(bare === "xã" && /^xã\s*hội/iu.test(`${bare} ${words[i + 1] ?? ""}`.toLocaleLowerCase("vi")));
      nameLeft = named && bare !== "thành" && bare !== "thị" ? 3 : 0;
    }
  });
  return upperFirst(out.join(" ").replace(/việt nam/gu, "Việt Nam"));
}
