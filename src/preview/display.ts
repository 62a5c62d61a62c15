/** What a cell shows, the way Excel in vi-VN shows it. */
import { formatViNumber } from "../core/numbers/vi";
import { unescapeFormulaText } from "../core/text/escape";
import type { CellValue } from "./memory-workbook";

export function displayValue(value: CellValue | "" | undefined, format: string | undefined): string {
  if (value === undefined || value === "") return "";
  if (typeof value === "string") return unescapeFormulaText(value);
  if (format?.endsWith("%")) return `${formatViNumber(value * 100, { decimals: decimalsOf(format) })}%`;
  if (format && format !== "@" && format !== "General") return formatViNumber(value, { decimals: decimalsOf(format) });
  return formatViNumber(value, { maxDecimals: 3 });
}

function decimalsOf(format: string): number {
  const m = /\.(0+)/.exec(format);
  return m ? m[1].length : 0;
}
