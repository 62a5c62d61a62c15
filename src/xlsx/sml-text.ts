/**
 * Text into SpreadsheetML: XML escaping, and the characters XML cannot carry. Control characters
 * are dropped (as ExcelJS does); a literal "_x0041_" is kept literal by escaping its "_" as
 * Excel does ("_x005F_"), since readers decode _xHHHH_; a lone surrogate becomes U+FFFD.
 */

const NEEDS_WORK = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ud800-\udfff]|_x[0-9a-f]{4}_/i;
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const PASS = /&|<|>|"|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]|_(?=x[0-9a-f]{4}_)/gi;

/** Escaped for element text and attribute values (double-quoted). */
export function xmlText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(PASS, (m) => {
    if (m.length === 2) return m; // a surrogate pair: a valid character
    const escape = ESCAPES[m];
    if (escape) return escape;
    if (m === "_") return "_x005F_";
    return m >= "\ud800" ? "\ufffd" : "";
  });
}

const SPACE = /\s/;

/** Whether the character at `i` is white space (as /\s/ says), without a regular expression for plain letters. */
function spaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  return code >= 0xa0 && SPACE.test(text[i]);
}

/** Whether a text needs xml:space="preserve" to keep its outer spaces and line breaks (asked for every text cell). */
export const keepsSpace = (text: string): boolean => text.length > 0 && (spaceAt(text, 0) || spaceAt(text, text.length - 1) || text.includes("\n"));
