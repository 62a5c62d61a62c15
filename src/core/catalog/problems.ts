import { z } from "zod";
import viLocaleFactory from "zod/v4/locales/vi.cjs";
import enLocaleFactory from "zod/v4/locales/en.cjs";
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

// Only the two locales we speak, so bundles do not carry every zod locale.
const viLocale = viLocaleFactory();
const enLocale = enLocaleFactory();

function localise(issue: z.core.$ZodIssue, locale: { localeError: z.core.$ZodErrorMap }): string {
  const result = locale.localeError(issue as unknown as z.core.$ZodRawIssue);
  if (typeof result === "string") return result;
  return result?.message ?? issue.message;
}

/** Turn zod issues into problems with both languages. Custom issues carry our Vietnamese text. */
export function problemsFromZod(file: string, error: z.ZodError, prefix: ReadonlyArray<PropertyKey> = []): Problem[] {
  return error.issues.map((issue) => {
    const path = pathToString([...prefix, ...issue.path]);
    if (issue.code === "custom" || isOwnMessage(issue)) {
      return { file, path, message: { vi: issue.message, en: englishFor(issue.message) } };
    }
    return { file, path, message: { vi: localise(issue, viLocale), en: localise(issue, enLocale) } };
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
