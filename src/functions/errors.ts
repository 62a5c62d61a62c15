/** One catalogue of the errors KH.* functions return: Excel error kind + a message in both languages. */
import type { Bilingual } from "../core/messages";
import { upperFirst } from "../core/text";

export type ErrorKind = "notAvailable" | "invalidValue";

/**
 * Not an Error subclass on purpose: an error cell is an ordinary result in a recalculation, and
 * capturing a stack trace for each one would cost more than the evaluation itself.
 */
export class FunctionError {
  readonly name = "FunctionError";
  constructor(
    readonly kind: ErrorKind,
    readonly text: Bilingual,
  ) {}

  get message(): string {
    return this.text.vi;
  }
}

/** The error Excel shows for each kind: "#N/A" or "#VALUE!". */
export const EXCEL_ERROR: Readonly<Record<ErrorKind, "#N/A" | "#VALUE!">> = { notAvailable: "#N/A", invalidValue: "#VALUE!" };

/** Also across bundles (the lazy engine chunk has its own copy of the class): by shape, not instanceof. */
export function isFunctionError(v: unknown): v is FunctionError {
  return !!v && typeof v === "object" && (v as FunctionError).name === "FunctionError";
}

/** A parameter as messages name it: its English name, and its Vietnamese words (declarations.ts). */
export interface ParamName {
  name: string;
  words: string;
}

export const errors = {
  unknownId: (id: string, suggestions: string[]) =>
    new FunctionError("notAvailable", {
      vi: `Không có chỉ tiêu "${id}"${suggestions.length ? `. Có phải: ${suggestions.join(", ")}?` : ""}`,
      en: `No target "${id}"${suggestions.length ? `. Did you mean: ${suggestions.join(", ")}?` : ""}`,
    }),
  missing: (param: ParamName) => new FunctionError("invalidValue", { vi: `Thiếu ${param.words}`, en: `Missing argument ${param.name}` }),
  invalid: (param: ParamName, why: Bilingual) =>
    new FunctionError("invalidValue", { vi: `${upperFirst(param.words)} không hợp lệ: ${why.vi}`, en: `Invalid ${param.name}: ${why.en}` }),
  shape: () =>
    new FunctionError("invalidValue", {
      vi: "Các vùng ô phải cùng kích thước (hoặc là một ô)",
      en: "Ranges must have the same size (or be a single cell)",
    }),
  noValueForYear: (id: string, year: number) =>
    new FunctionError("notAvailable", {
      vi: `Chỉ tiêu "${id}" không có giá trị cho năm ${year}`,
      en: `Target "${id}" has no value for ${year}`,
    }),
  notApplicable: (why: Bilingual) => new FunctionError("notAvailable", why),
};
