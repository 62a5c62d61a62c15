/**
 * Text from other people's workbooks must never become a formula when we write it.
 * A cell text starting with = + - @ (or a tab / carriage return before one, as CSV
 * injection payloads do) is written with a leading apostrophe: Excel then keeps it as
 * text, and spreadsheet tools that export it show the apostrophe instead of running it.
 */
const FORMULA_START = /^[\t\r]*[=+\-@]/;

export function escapeFormulaText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The inverse, for reading back what we wrote: "'=1+1" → "=1+1"; other text unchanged. */
export function unescapeFormulaText(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** True when the text would be taken as a formula if written unescaped. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** A text constant in a formula: "Đạt", with inner quotes doubled. */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
