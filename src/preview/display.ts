/** What a cell shows, the way Excel in vi-VN shows it. */
import { formatViNumber } from "../core/numbers";
import { formatDecimals } from "../core/numbers";
import { unescapeFormulaText } from "../core/text";
import type { CellValue } from "../memory-workbook/memory-workbook";

export function displayValue(value: CellValue | "" | undefined, format: string | undefined): string {
  if (value === undefined || value === "") return "";
  if (typeof value === "string") return unescapeFormulaText(value);
  if (format?.endsWith("%")) return `${formatViNumber(value * 100, { decimals: formatDecimals(format) })}%`;
  if (format && format !== "@" && format !== "General") return formatViNumber(value, { decimals: formatDecimals(format) });
  return formatViNumber(value, { maxDecimals: 3 });
}
