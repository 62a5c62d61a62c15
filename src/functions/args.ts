/** Argument coercion for KH.* functions: cell values and vi-VN text → typed values, with zod at the edge. */
import { z } from "zod";
import { parseViNumber } from "../core/numbers";
import { fromExcelSerial, isPlanYear, isValidDate, type CalendarDate } from "../core/periods";
import { errors } from "./errors";

export type Cell = string | number | boolean | null | undefined;

export function isEmpty(v: Cell): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

const textSchema = z.union([z.string(), z.number()]).transform((v) => String(v).normalize("NFC").trim());

export function text(param: string, v: Cell): string {
  if (isEmpty(v)) throw errors.missing(param);
  const parsed = textSchema.safeParse(v);
  if (!parsed.success) throw errors.invalid(param, { vi: "cần một chuỗi", en: "expected text" });
  return parsed.data;
}

export function optionalText(param: string, v: Cell): string | undefined {
  return isEmpty(v) ? undefined : text(param, v);
}

/** A number from a cell: a number, or vi-VN text ("14,5", "15.295"); empty → undefined. */
export function optionalNumber(param: string, v: Cell): number | undefined {
  if (isEmpty(v)) return undefined;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") throw errors.invalid(param, { vi: "cần một số, không phải TRUE/FALSE", en: "expected a number, not TRUE/FALSE" });
  const parsed = parseViNumber(String(v), "auto");
  if (!parsed.ok) throw errors.invalid(param, parsed.error);
  return parsed.value;
}

export function optionalYear(param: string, v: Cell): number | undefined {
  const n = optionalNumber(param, v);
  if (n === undefined) return undefined;
  if (!isPlanYear(n)) throw errors.invalid(param, { vi: `năm ${n} không hợp lệ`, en: `${n} is not a valid year` });
  return n;
}

export function optionalChoice<T extends string>(param: string, v: Cell, choices: readonly T[], aliases: Record<string, T> = {}): T | undefined {
  const t = optionalText(param, v)?.toLowerCase();
  if (t === undefined) return undefined;
  const found = (choices as readonly string[]).includes(t) ? (t as T) : aliases[t];
  if (!found) throw errors.invalid(param, { vi: `chọn một trong: ${choices.join(", ")}`, en: `choose one of: ${choices.join(", ")}` });
  return found;
}

export function optionalBoolean(param: string, v: Cell): boolean {
  if (isEmpty(v)) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  const t = String(v).trim().toLowerCase();
  if (["true", "đúng", "dung", "1", "code", "mã", "ma"].includes(t)) return true;
  if (["false", "sai", "0"].includes(t)) return false;
  throw errors.invalid(param, { vi: "cần TRUE hoặc FALSE", en: "expected TRUE or FALSE" });
}


/** A date from a cell: an Excel serial, "2024-06-30", or "30/6/2024". */
export function date(param: string, v: Cell): CalendarDate {
  if (isEmpty(v)) throw errors.missing(param);
  if (typeof v === "number") {
    if (v < 1 || v > 80000) throw errors.invalid(param, { vi: `${v} không phải là ngày`, en: `${v} is not a date` });
    return fromExcelSerial(v);
  }
  const t = String(v).trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return checkDate(param, +m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return checkDate(param, +m[3], +m[2], +m[1]);
  throw errors.invalid(param, { vi: `"${t}" không phải là ngày (dd/mm/yyyy)`, en: `"${t}" is not a date (dd/mm/yyyy)` });
}

function checkDate(param: string, year: number, month: number, day: number): CalendarDate {
  if (!isValidDate({ year, month, day })) {
    throw errors.invalid(param, { vi: `ngày ${day}/${month}/${year} không tồn tại`, en: `${year}-${month}-${day} does not exist` });
  }
  return { year, month, day };
}

/** Broadcast two matrices (a 1×1 matrix stretches to the other's shape). */
export function broadcast<A, B>(a: A[][], b: B[][]): { rows: number; cols: number; at: (r: number, c: number) => [A, B] } {
  const dims = (m: unknown[][]) => [m.length, m[0]?.length ?? 0] as const;
  const [ar, ac] = dims(a);
  const [br, bc] = dims(b);
  const single = (r: number, c: number) => r === 1 && c === 1;
  if (!single(ar, ac) && !single(br, bc) && (ar !== br || ac !== bc)) throw errorsShape();
  const rows = single(ar, ac) ? br : ar;
  const cols = single(ar, ac) ? bc : ac;
  const pick = <T>(m: T[][], r: number, c: number) => (m.length === 1 && m[0].length === 1 ? m[0][0] : m[r][c]);
  return { rows, cols, at: (r, c) => [pick(a, r, c), pick(b, r, c)] };
}

function errorsShape() {
  return errors.shape();
}

/** Accept a scalar or a matrix for an argument declared as a matrix. */
export function asMatrix<T>(v: T | T[][]): T[][] {
  return Array.isArray(v) ? (v as T[][]) : [[v as T]];
}
