/**
 * A number as the user sees it in a formatted cell: Excel stores "95%" as 0.95 under a "0%" format,
 * so a %-formatted figure becomes the text "95%" (× 100), and a "‰" format the text "12,5‰" (Excel
 * does not scale for ‰). Text cells and unformatted numbers pass through unchanged.
 */
import type { GridCell } from "../consolidate/grid";
import { formatViNumber } from "../numbers/vi";

/** The sign a number format shows, and whether Excel multiplies the value by 100 for it. */
export function percentSignOf(format: string | null | undefined): { sign: "%" | "‰"; scaled: boolean } | null {
  if (!format || !/[%‰]/.test(format)) return null;
  // Only the positive section counts; quoted text, escaped characters and [colour]/[locale] tags are literals.
  const section = format.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/)[0];
  const bare = section.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/\[[^\]]*\]/g, "");
  if (bare.includes("%")) return { sign: "%", scaled: true };
  if (section.includes("%")) return { sign: "%", scaled: false };
  return section.includes("‰") ? { sign: "‰", scaled: false } : null;
}

/** The cell as shown: a number under a % or ‰ format becomes that text; anything else is returned as is. */
export function shownCell(cell: GridCell, format: string | null | undefined): GridCell {
  if (typeof cell !== "number" || !Number.isFinite(cell)) return cell;
  const shown = percentSignOf(format);
  if (!shown) return cell;
  // toPrecision drops the binary noise of × 100 (0.07 * 100 = 7.000000000000001).
  const value = shown.scaled ? Number((cell * 100).toPrecision(12)) : cell;
  return `${formatViNumber(value, { maxDecimals: 6 })}${shown.sign}`;
}
