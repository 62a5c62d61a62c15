/** Shared CLI plumbing: argument parsing with zod, language, output. */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { z } from "zod";
import type { Lang } from "../core/messages";
import { formatProblem, type Problem } from "../core/catalog/problems";
import { resolve } from "node:path";
import { catalogFilesIn, loadCatalogFiles } from "../node/catalog-files";
import { checkOutput, writeAtomically } from "../node/safe-write";
import type { Catalog } from "../core/catalog/load";

export interface Command {
  summary: { vi: string; en: string };
  run(args: string[], lang: Lang): Promise<number> | number;
}

export function pickLang(argv: string[]): Lang {
  if (argv.includes("--en")) return "en";
  const env = process.env.KEHOACH_LANG ?? "";
  return env.toLowerCase().startsWith("en") ? "en" : "vi";
}

export function usage(lang: Lang): string {
  // Imported lazily to avoid a cycle with the command table.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { commands } = require("./commands") as typeof import("./commands");
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(12)} ${c.summary[lang]}`);
  const head = lang === "en" ? "Usage: npm run -s kehoach -- <command> [options] [--json] [--en]" : "Cách dùng: npm run -s kehoach -- <lệnh> [tuỳ chọn] [--json] [--en]";
  return `${head}\n\n${lines.join("\n")}\n`;
}

/**
 * Parse options with node:util, then validate them with a zod schema.
 * Returns the values, or prints what is wrong and returns null.
 */
export function parseOptions<S extends z.ZodType>(
  args: string[],
  options: ParseArgsConfig["options"],
  schema: S,
  lang: Lang,
): { values: z.infer<S>; positionals: string[] } | null {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...options, json: { type: "boolean" }, en: { type: "boolean" } }, allowPositionals: true, strict: true });
  } catch (e) {
    process.stderr.write(`${lang === "en" ? "Invalid options" : "Tuỳ chọn không hợp lệ"}: ${(e as Error).message}\n`);
    return null;
  }
  const result = schema.safeParse(parsed.values);
  if (!result.success) {
    for (const issue of result.error.issues) {
      process.stderr.write(`--${issue.path.join(".")}: ${issue.message}\n`);
    }
    return null;
  }
  return { values: result.data, positionals: parsed.positionals };
}

export function printProblems(problems: Problem[], lang: Lang): void {
  for (const p of problems) process.stderr.write(`${formatProblem(p, lang)}\n`);
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
  process.stderr.write(`${check.error[lang]}\n`);
  return null;
}

/** Write a checked output atomically; false after saying why it failed (the old file is untouched). */
export function writeOut(path: string, data: Uint8Array | string, lang: Lang): boolean {
  const written = writeAtomically(path, data);
  if (!written.ok) process.stderr.write(`${written.error[lang]}\n`);
  return written.ok;
}
