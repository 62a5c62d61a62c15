/**
 * Argument coercion for KH.* functions: one coercer per parameter kind of the declarations table,
 * turning a cell value (number, vi-VN text, date serial…) into what the spec receives, or a FunctionError.
 */
import { z } from "zod";
import type { Catalog, Plan, Target } from "../core/catalog";
import { parseViNumber } from "../core/numbers";
import { fromExcelSerial, isPlanYear, isValidDate, parsePeriod, type CalendarDate } from "../core/periods";
import type { DECLARATIONS, FunctionName, ParamDeclaration, ParamKind } from "./declarations";
import { errors } from "./errors";
import { closestIds } from "./suggest";

export type Cell = string | number | boolean | null | undefined;

export interface FunctionContext {
  catalog: Catalog;
}

/** What each kind of parameter becomes (a choice is narrowed to its words by ArgsOf). */
export interface KindValue {
  target: Target;
  plan: Plan;
  number: number;
  year: number;
  period: string;
  date: CalendarDate;
  text: string;
  choice: string;
  flag: boolean;
}

type ValueOf<P> = P extends { kind: "choice"; choices: readonly (infer C)[] } ? C : P extends { kind: infer K extends keyof KindValue } ? KindValue[K] : never;
type ArgOf<P> = P extends { kind: "flag" } | { default: string } ? ValueOf<P> : P extends { optional: true } | { mayBeEmpty: true } ? ValueOf<P> | undefined : ValueOf<P>;

/** The arguments a spec receives, by parameter name, typed from the declarations table. */
export type ArgsOf<N extends FunctionName> = { [P in (typeof DECLARATIONS)[N]["params"][number] as P["name"]]: ArgOf<P> };

export function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/**
 * The one coercion of an argument: an empty cell is the declared default (FALSE for a flag), undefined
 * where the parameter is optional or may be empty, otherwise "Thiếu …"; a filled cell goes to its kind.
 */
export function coerce(ctx: FunctionContext, param: ParamDeclaration, v: Cell): unknown {
  if (isEmpty(v)) {
    if (param.kind === "flag") return false;
    if (param.default !== undefined) return param.default;
    if (param.optional || param.mayBeEmpty) return undefined;
    throw errors.missing(param);
  }
  return COERCE[param.kind](ctx, param, v as NonNullable<Cell>);
}

type Coercer = (ctx: FunctionContext, param: ParamDeclaration, v: string | number | boolean) => unknown;

const textSchema = z.union([z.string(), z.number()]).transform((v) => String(v).normalize("NFC").trim());

function text(param: ParamDeclaration, v: string | number | boolean): string {
  const parsed = textSchema.safeParse(v);
  if (!parsed.success) throw errors.invalid(param, { vi: "cần một chuỗi", en: "expected text" });
  return parsed.data;
}

function number(param: ParamDeclaration, v: string | number | boolean): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") throw errors.invalid(param, { vi: "cần một số, không phải TRUE/FALSE", en: "expected a number, not TRUE/FALSE" });
  const parsed = parseViNumber(String(v), "auto");
  if (!parsed.ok) throw errors.invalid(param, parsed.error);
  return parsed.value;
}

const COERCE: Record<ParamKind, Coercer> = {
  target(ctx, p, v) {
    const id = text(p, v);
    const target = ctx.catalog.targetById.get(id) ?? ctx.catalog.targetById.get(id.toLowerCase());
    if (!target) throw errors.unknownId(id, closestIds(id, ctx.catalog.targetById.keys()));
    return target;
  },

  plan(ctx, p, v) {
    const id = text(p, v);
    const plan = ctx.catalog.planById.get(id);
    if (!plan) throw errors.notApplicable({ vi: `Không có kế hoạch "${id}"`, en: `No plan "${id}"` });
    return plan;
  },

  text: (_ctx, p, v) => text(p, v),

  number: (_ctx, p, v) => number(p, v),

  year(_ctx, p, v) {
    const n = number(p, v);
    if (!isPlanYear(n)) throw errors.invalid(p, { vi: `năm ${n} không hợp lệ`, en: `${n} is not a valid year` });
    return n;
  },

  period(_ctx, p, v) {
    const code = text(p, v);
    const parsed = parsePeriod(code);
    if (!parsed.ok) throw errors.invalid(p, parsed.error);
    return code.toUpperCase().replace(/^(\d{4})-M(\d)$/, "$1-M0$2");
  },

  date(_ctx, p, v) {
    if (typeof v === "number") {
      if (v < 1 || v > 80000) throw errors.invalid(p, { vi: `${v} không phải là ngày`, en: `${v} is not a date` });
      return fromExcelSerial(v);
    }
    const t = String(v).trim();
    let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
    if (m) return checkDate(p, +m[1], +m[2], +m[3]);
    m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
    if (m) return checkDate(p, +m[3], +m[2], +m[1]);
    throw errors.invalid(p, { vi: `"${t}" không phải là ngày (dd/mm/yyyy)`, en: `"${t}" is not a date (dd/mm/yyyy)` });
  },

  choice(_ctx, p, v) {
    const choices = p.choices ?? [];
    const t = text(p, v).toLowerCase();
    const found = choices.includes(t) ? t : p.aliases?.[t];
    if (!found) throw errors.invalid(p, { vi: `chọn một trong: ${choices.join(", ")}`, en: `choose one of: ${choices.join(", ")}` });
    return found;
  },

  flag(_ctx, p, v) {
    if (typeof v === "boolean") return v;
    if (typeof v === "number") return v !== 0;
    const t = String(v).trim().toLowerCase();
    if (["true", "đúng", "dung", "1", "code", "mã", "ma"].includes(t)) return true;
    if (["false", "sai", "0"].includes(t)) return false;
    throw errors.invalid(p, { vi: "cần TRUE hoặc FALSE", en: "expected TRUE or FALSE" });
  },
};

function checkDate(param: ParamDeclaration, year: number, month: number, day: number): CalendarDate {
  if (!isValidDate({ year, month, day })) {
    throw errors.invalid(param, { vi: `ngày ${day}/${month}/${year} không tồn tại`, en: `${year}-${month}-${day} does not exist` });
  }
  return { year, month, day };
}

/** Accept a scalar or a matrix for an argument declared as a range. */
export function asMatrix<T>(v: T | T[][]): T[][] {
  return Array.isArray(v) ? (v as T[][]) : [[v as T]];
}

/** Broadcast matrices to one shape (a 1×1 matrix stretches to the others'); unequal shapes are #VALUE!. */
export function broadcast<T>(matrices: readonly T[][][]): { rows: number; cols: number; at: (r: number, c: number) => T[] } {
  const single = (m: T[][]) => m.length === 1 && (m[0]?.length ?? 0) === 1;
  const sized = matrices.filter((m) => !single(m));
  const shape = sized[0] ?? matrices[0] ?? [[]];
  const rows = shape.length;
  const cols = shape[0]?.length ?? 0;
  if (sized.some((m) => m.length !== rows || (m[0]?.length ?? 0) !== cols)) throw errors.shape();
  return { rows, cols, at: (r, c) => matrices.map((m) => (single(m) ? m[0][0] : m[r][c])) };
}
