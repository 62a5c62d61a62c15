/** Text helpers for Vietnamese: compare in NFC, search without diacritics. */

export function nfc(text: string): string {
  return text.normalize("NFC");
}

/**
 * The same text in memory of its own. A string cut from a larger one (a cell from a sheet's XML)
 * keeps the larger one alive in V8; joining then cutting makes V8 write the text out flat.
 */
export function ownCopy(text: string): string {
  return (" " + text).slice(1);
}

/** Lowercase, strip diacritics (đ → d) and collapse spaces: "Hộ  Nghèo" → "ho ngheo". */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** True when every word of the query occurs in the text, ignoring case and diacritics. */
export function matchesQuery(text: string, query: string): boolean {
  const haystack = fold(text);
  return fold(query)
    .split(" ")
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/** A slug for ids: "Sở Tài chính" → "so-tai-chinh". */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** "Thực hiện …" → "thực hiện …", to follow another word in a sentence. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
}

/** Text cut to at most `max` characters at a word boundary, with "…" when anything was cut. */
export function ellipsize(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/u, "")}…`;
}
