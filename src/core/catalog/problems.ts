import { z } from "zod";
import type { Bilingual, Lang } from "../messages";

/** One thing wrong with an input, and where: file and JSON path (or sheet/row/field). */
export interface Problem {
  file: string;
  path: string;
  message: Bilingual;
}

export function formatProblem(p: Problem, lang: Lang = "vi"): string {
  const where = p.path ? `${p.file} › ${p.path}` : p.file;
  return `${where}: ${p.message[lang]}`;
}

/** "targets[3].min" from zod's path array. */
export function pathToString(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

const KINDS: Record<string, Bilingual> = {
  string: { vi: "chữ", en: "text" },
  number: { vi: "số", en: "a number" },
  int: { vi: "số nguyên", en: "a whole number" },
  boolean: { vi: "đúng hoặc sai (true/false)", en: "true or false" },
  array: { vi: "một danh sách [ … ]", en: "a list [ … ]" },
  object: { vi: "một nhóm thông tin { … }", en: "a group of fields { … }" },
};

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const quoteList = (values: readonly unknown[]) => values.map((v) => `“${String(v)}”`).join(", ");

/**
 * A zod issue said plainly, in both languages: "thiếu (bắt buộc)", "phải là số", never zod's own
 * "mong đợi string, nhận được undefined" (zod drops the input from finished issues, so its locale
 * text always says "undefined"; the value is looked up in the input instead).
 */
function plainMessage(issue: z.core.$ZodIssue, input: unknown): Bilingual {
  switch (issue.code) {
    case "invalid_type": {
      if (input !== undefined && valueAt(input, issue.path) === undefined) return { vi: "thiếu (bắt buộc phải có)", en: "missing (required)" };
      const kind = KINDS[issue.expected] ?? { vi: issue.expected, en: issue.expected };
      return { vi: `phải là ${kind.vi}`, en: `must be ${kind.en}` };
    }
    case "too_small":
    case "too_big": {
      const small = issue.code === "too_small";
      const limit = String(issue.code === "too_small" ? issue.minimum : issue.maximum);
      if (issue.origin === "string") {
        return small
          ? { vi: limit === "1" ? "không được để trống" : `cần ít nhất ${limit} ký tự`, en: limit === "1" ? "must not be empty" : `needs at least ${limit} characters` }
          : { vi: `dài quá ${limit} ký tự`, en: `longer than ${limit} characters` };
      }
      if (issue.origin === "array") {
        return small ? { vi: `cần ít nhất ${limit} mục`, en: `needs at least ${limit} items` } : { vi: `nhiều quá ${limit} mục`, en: `more than ${limit} items` };
      }
      return small ? { vi: `phải từ ${limit} trở lên`, en: `must be at least ${limit}` } : { vi: `phải không quá ${limit}`, en: `must be at most ${limit}` };
    }
    case "invalid_value":
      return { vi: `phải là một trong: ${quoteList(issue.values)}`, en: `must be one of: ${quoteList(issue.values)}` };
    case "unrecognized_keys":
      return { vi: `có trường không dùng được: ${quoteList(issue.keys)}`, en: `has fields that are not used: ${quoteList(issue.keys)}` };
    case "invalid_format":
      return { vi: "không đúng định dạng", en: "is not in the expected format" };
    case "not_multiple_of":
      return { vi: `phải là bội số của ${String(issue.divisor)}`, en: `must be a multiple of ${String(issue.divisor)}` };
    default:
      return { vi: "giá trị không hợp lệ", en: "invalid value" };
  }
}

/** Turn zod issues into problems with both languages. Custom issues carry our Vietnamese text. */
export function problemsFromZod(file: string, error: z.ZodError, prefix: ReadonlyArray<PropertyKey> = [], input?: unknown): Problem[] {
  return error.issues.map((issue) => {
    const path = pathToString([...prefix, ...issue.path]);
    if (issue.code === "custom" || isOwnMessage(issue)) {
      return { file, path, message: { vi: issue.message, en: englishFor(issue.message) } };
    }
    return { file, path, message: plainMessage(issue, input) };
  });
}

/** Messages written in this code base for regex checks are Vietnamese; give them an English twin. */
const OWN_MESSAGES: Record<string, string> = {
  "chỉ gồm chữ thường không dấu, số, '-' hoặc '.'": "only lowercase ascii letters, digits, '-' or '.'",
  "dạng YYYY, YYYY-MM hoặc YYYY-MM-DD": "expected YYYY, YYYY-MM or YYYY-MM-DD",
  "dạng YYYY-MM-DD": "expected YYYY-MM-DD",
  "cần đúng một trong hai: value, hoặc min và max": "give exactly one of: value, or min and max",
  "khoảng cần cả min và max": "a range needs both min and max",
  "năm gốc sau năm mục tiêu": "baseline year is after the target year",
};

function isOwnMessage(issue: z.core.$ZodIssue): boolean {
  return issue.message in OWN_MESSAGES;
}

function englishFor(vi: string): string {
  if (vi in OWN_MESSAGES) return OWN_MESSAGES[vi];
  return vi
    .replace(/^min \((.+)\) lớn hơn max \((.+)\)$/, "min ($1) is greater than max ($2)")
    .replace(/^fromYear \((.+)\) sau year \((.+)\)$/, "fromYear ($1) is after year ($2)")
    .replace(/^tỷ lệ phần trăm (.+) nằm ngoài 0–100$/, "percentage share $1 is outside 0–100");
}
