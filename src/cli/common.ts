/** Shared CLI plumbing: argument parsing with zod, language, output. */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { z } from "zod";
import { say, type Bilingual, type Lang } from "../core/messages";
import { closestIds } from "../core/text";
import { formatProblem, type Problem } from "../core/catalog";
import { resolve } from "node:path";
import { catalogFilesIn, loadCatalogFiles } from "../node/catalog-files";
import { checkOutput, writeAtomically } from "../node/safe-write";
import type { Catalog } from "../core/catalog";

/** One option of a command: how it is parsed, and what --help says about it. */
export interface OptionDoc {
  type: "string" | "boolean";
  /** The placeholder for its value in help: "MÃ" / "ID". */
  value?: Bilingual;
  text: Bilingual;
  multiple?: boolean;
}
export type OptionDocs = Record<string, OptionDoc>;

export interface Command {
  summary: Bilingual;
  /** Every option the command takes besides --json, --en and --help: parsed from here and listed by --help. */
  options: OptionDocs;
  /** Lines after the option list in --help (examples, notes). */
  notes?: Bilingual[];
  run(args: string[], lang: Lang): Promise<number> | number;
}

/** Options every command takes. */
export const COMMON_OPTIONS: OptionDocs = {
  json: { type: "boolean", text: { vi: "in kết quả dạng JSON (một mảng)", en: "print the result as JSON (one array)" } },
  en: { type: "boolean", text: { vi: "thông báo bằng tiếng Anh (hoặc KEHOACH_LANG=en)", en: "messages in English (or KEHOACH_LANG=en)" } },
  help: { type: "boolean", text: { vi: "hiện hướng dẫn này", en: "show this help" } },
};

/** A message for the user on stderr, in their language: the one way the CLI writes one. */
export function tell(lang: Lang, message: Bilingual): void;
export function tell(lang: Lang, vi: string, en: string): void;
export function tell(lang: Lang, message: Bilingual | string, en?: string): void {
  process.stderr.write(`${say(bilingual(message, en), lang)}\n`);
}

/** The command's own result in words (not a table, not JSON), on stdout, in the user's language. */
export function show(lang: Lang, message: Bilingual): void;
export function show(lang: Lang, vi: string, en: string): void;
export function show(lang: Lang, message: Bilingual | string, en?: string): void {
  process.stdout.write(`${say(bilingual(message, en), lang)}\n`);
}

const bilingual = (message: Bilingual | string, en = ""): Bilingual => (typeof message === "string" ? { vi: message, en } : message);

export function pickLang(argv: string[]): Lang {
  if (argv.includes("--en")) return "en";
  const env = process.env.KEHOACH_LANG ?? "";
  return env.toLowerCase().startsWith("en") ? "en" : "vi";
}

/** English counts: "1 plan", "2 plans", "1 agency", "3 agencies" (Vietnamese nouns do not change). */
export function plural(n: number, noun: string, nouns = noun.endsWith("y") ? `${noun.slice(0, -1)}ies` : `${noun}s`): string {
  return `${n} ${n === 1 ? noun : nouns}`;
}

/** What parseArgs threw, in words a user understands, with the nearest option when one was mistyped. */
function optionError(error: unknown, known: readonly string[]): Bilingual {
  const code = (error as { code?: string })?.code ?? "";
  const message = String((error as Error)?.message ?? error);
  const flag = /'(-{1,2}[^'\s<]+)/.exec(message)?.[1] ?? "";
  const help = { vi: "Xem --help để biết các tuỳ chọn.", en: "See --help for the options." };
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const [near] = closestIds(flag.replace(/^-+/, ""), known, 1);
    const guess = near ? { vi: ` Có phải: --${near}?`, en: ` Did you mean --${near}?` } : { vi: "", en: "" };
    return { vi: `Không có tuỳ chọn ${flag}.${guess.vi} ${help.vi}`, en: `Unknown option ${flag}.${guess.en} ${help.en}` };
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const takesNoValue = /does not take an argument/.test(message);
    if (takesNoValue) return { vi: `${flag} không nhận giá trị. ${help.vi}`, en: `${flag} takes no value. ${help.en}` };
    return { vi: `${flag} cần một giá trị, ví dụ ${flag} GIÁ_TRỊ. ${help.vi}`, en: `${flag} needs a value, e.g. ${flag} VALUE. ${help.en}` };
  }
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return { vi: `Có đối số thừa. ${help.vi}`, en: `Unexpected argument. ${help.en}` };
  return { vi: `Tuỳ chọn không hợp lệ. ${help.vi}`, en: `Invalid options. ${help.en}` };
}

/** A zod issue about an option, in the user's language (schema messages are written "vi / en"). */
function issueText(issue: z.core.$ZodIssue, values: Record<string, unknown>): Bilingual {
  const name = `--${issue.path.join(".")}`;
  const where = issue.path.length ? `${name}: ` : "";
  const halves = issue.message.split(" / ");
  if (halves.length === 2) return { vi: `${where}${halves[0]}`, en: `${where}${halves[1]}` };
  // A message written for this option (not zod's English default) is shown as written.
  if (!/^(Invalid|Too (small|big)|Unrecognized|Expected)/.test(issue.message)) return { vi: `${where}${issue.message}`, en: `${where}${issue.message}` };
  const given = values[String(issue.path[0])];
  if (given === undefined) return { vi: `thiếu ${name}`, en: `${name} is required` };
  return { vi: `${name}: giá trị "${String(given)}" không hợp lệ`, en: `${name}: "${String(given)}" is not a valid value` };
}

/**
 * Parse options with node:util, then validate them with a zod schema.
 * Returns the values, or prints what is wrong (never parser text) and returns null.
 */
export function parseOptions<S extends z.ZodType>(
  args: string[],
  options: Record<string, { type: "string" | "boolean"; multiple?: boolean }>,
  schema: S,
  lang: Lang,
): { values: z.infer<S>; positionals: string[] } | null {
  const config: NonNullable<ParseArgsConfig["options"]> = {};
  for (const [name, o] of Object.entries({ ...options, ...COMMON_OPTIONS })) config[name] = { type: o.type, ...(o.multiple ? { multiple: true } : {}) };
  config.help = { type: "boolean", short: "h" };
  let parsed;
  try {
    parsed = parseArgs({ args, options: config, allowPositionals: true, strict: true });
  } catch (e) {
    tell(lang, optionError(e, Object.keys(config)));
    return null;
  }
  const result = schema.safeParse(parsed.values);
  if (!result.success) {
    for (const issue of result.error.issues) tell(lang, issueText(issue, parsed.values));
    return null;
  }
  return { values: result.data, positionals: parsed.positionals };
}

/** parseOptions for a command that reads exactly one file: its values and the file, or null after saying what to give. */
export function parseOptionsAndFile<S extends z.ZodType>(
  args: string[],
  options: Record<string, { type: "string" | "boolean"; multiple?: boolean }>,
  schema: S,
  lang: Lang,
  usage: Bilingual,
): { values: z.infer<S>; path: string } | null {
  const parsed = parseOptions(args, options, schema, lang);
  if (!parsed) return null;
  const [path, ...extra] = parsed.positionals;
  if (!path || extra.length) {
    tell(lang, usage);
    return null;
  }
  return { values: parsed.values, path };
}

/** "Không có kế hoạch "x". Có phải: …? Các kế hoạch: …", printed; the nearest ids first. */
export function reportUnknownPlan(plan: string, known: Iterable<string>, lang: Lang): void {
  const plans = [...new Set(known)];
  const near = closestIds(plan, plans);
  tell(lang, {
    vi: `Không có kế hoạch "${plan}".${near.length ? ` Có phải: ${near.join(", ")}?` : ""} Các kế hoạch: ${plans.join(", ")}`,
    en: `Unknown plan "${plan}".${near.length ? ` Did you mean: ${near.join(", ")}?` : ""} Plans: ${plans.join(", ")}`,
  });
}

export function printProblems(problems: Problem[], lang: Lang): void {
  for (const p of problems) tell(lang, formatProblem(p, "vi"), formatProblem(p, "en"));
}

/**
 * The catalog a command works on: the file given with --catalog (e.g. one written by
 * `kehoach extract --out`), else the bundled one; null after printing why it does not load.
 */
export function catalogFrom(path: string | undefined, lang: Lang): Catalog | null {
  const result = path ? loadCatalogFiles([resolve(path)]) : loadCatalogFiles();
  if (result.ok) return result.catalog;
  printProblems(result.problems, lang);
  return null;
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** A plain text table with padded columns. */
export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length))));
  const fit = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  process.stdout.write(`${header.map((h, i) => fit(h, widths[i])).join("  ")}\n`);
  for (const row of rows) process.stdout.write(`${row.map((c, i) => fit(c ?? "", widths[i])).join("  ").trimEnd()}\n`);
}

/** The files a command's catalog is read from (to keep --out off them). */
export function catalogInputs(path: string | undefined): string[] {
  return path ? [resolve(path)] : catalogFilesIn();
}

/** Check --out before any work: the resolved path, or null after saying why it may not be written. */
export function outputPath(out: string, inputs: readonly string[], force: boolean | undefined, lang: Lang): string | null {
  const check = checkOutput(out, { inputs, force });
  if (check.ok) return check.path;
  tell(lang, check.error);
  return null;
}

/** Write a checked output atomically; false after saying why it failed (the old file is untouched). */
export function writeOut(path: string, data: Uint8Array | string, lang: Lang): boolean {
  const written = writeAtomically(path, data);
  if (!written.ok) tell(lang, written.error);
  return written.ok;
}
