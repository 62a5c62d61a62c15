/**
 * Computes the KH.* formulas of the in-memory workbook with the very specs the custom functions
 * run (src/functions/run.ts), so the preview shows what Excel would.
 */
import type { Catalog } from "../core/catalog";
import { runFunction, isFunctionName } from "../functions/run";
import { EXCEL_ERROR, isFunctionError } from "../functions/errors";
import type { CellValue, MemoryWorkbook } from "./memory-workbook";

export type Computed = { ok: true; value: CellValue | "" } | { ok: false; error: string; message: string };

const CALL = /^=\s*KH\.([A-Z]+)\s*\((.*)\)\s*$/i;

function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === "[" && text[i - 1] !== "'") depth++;
    if (!quoted && ch === "]" && text[i - 1] !== "'") depth--;
    if (!quoted && depth === 0 && ch === ",") {
      out.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "" || out.length > 0) out.push(current.trim());
  return out;
}

/** [@Mã] or [@[Thực hiện]] → the column name, with Excel's ' escapes removed. */
function thisRowColumn(arg: string): string | null {
  const m = /^\[@(?:\[(.*)\]|([^[\]]+))\]$/.exec(arg);
  if (!m) return null;
  return (m[1] ?? m[2]).replace(/'(.)/g, "$1");
}

export function computeFormula(workbook: MemoryWorkbook, catalog: Catalog | null, sheet: string, row: number, formula: string): Computed {
  const call = CALL.exec(formula);
  if (!call) return { ok: false, error: "#NAME?", message: formula };
  const name = call[1].toUpperCase();
  if (!isFunctionName(name)) return { ok: false, error: "#NAME?", message: `KH.${name}` };
  if (!catalog) return { ok: false, error: "#BUSY!", message: "" };
  const args: unknown[] = [];
  for (const arg of splitArgs(call[2])) {
    const column = thisRowColumn(arg);
    if (column !== null) {
      const table = workbook.tables.find((t) => t.sheet === sheet && row > t.top && row <= t.top + t.rowCount);
      const at = table ? table.columns.indexOf(column) : -1;
      if (!table || at < 0) return { ok: false, error: "#REF!", message: arg };
      const value = workbook.cell(sheet, row, table.left + at)?.value;
      args.push(value === undefined || value === "" ? null : value);
    } else if (/^".*"$/.test(arg)) args.push(arg.slice(1, -1).replace(/""/g, '"'));
    else if (arg === "") args.push(null);
    else if (!Number.isNaN(Number(arg))) args.push(Number(arg));
    else return { ok: false, error: "#NAME?", message: arg };
  }
  try {
    const result = runFunction({ catalog }, name, args);
    const first = Array.isArray(result) ? (result as unknown[][])[0]?.[0] : result;
    if (isFunctionError(first)) return { ok: false, error: EXCEL_ERROR[first.kind], message: first.text.vi };
    if (typeof first === "number" || typeof first === "string") return { ok: true, value: first };
    return { ok: true, value: "" };
  } catch (e) {
    return { ok: false, error: "#VALUE!", message: (e as Error).message };
  }
}
