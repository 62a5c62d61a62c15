/** Usage text: the list of commands, and each command's options (`kehoach <lệnh> --help`), vi or en. */
import { say, type Lang } from "../core/messages";
import { commands } from "./commands";
import { COMMON_OPTIONS, type Command } from "./common";

const PROGRAM = "npm run -s kehoach --";

export async function usage(lang: Lang): Promise<string> {
  const loaded = await Promise.all(Object.entries(commands).map(async ([name, load]) => [name, await load()] as const));
  const lines = loaded.map(([name, c]) => `  ${name.padEnd(12)} ${c.summary[lang]}`);
  const head = say({ vi: `Cách dùng: ${PROGRAM} <lệnh> [tuỳ chọn] [--json] [--en]`, en: `Usage: ${PROGRAM} <command> [options] [--json] [--en]` }, lang);
  const more = say({ vi: `Tuỳ chọn của từng lệnh: ${PROGRAM} <lệnh> --help`, en: `Options of one command: ${PROGRAM} <command> --help` }, lang);
  return `${head}\n\n${lines.join("\n")}\n\n${more}\n`;
}

export function commandHelp(name: string, command: Command, lang: Lang): string {
  const rows = Object.entries({ ...command.options, ...COMMON_OPTIONS }).map(([option, doc]) => {
    const flag = `${option === "help" ? "-h, " : ""}--${option}${doc.value ? ` ${doc.value[lang]}` : ""}`;
    return `  ${flag.padEnd(26)} ${doc.text[lang]}`;
  });
  const head = say({ vi: `Cách dùng: ${PROGRAM} ${name} [tuỳ chọn]`, en: `Usage: ${PROGRAM} ${name} [options]` }, lang);
  const title = say({ vi: "Tuỳ chọn:", en: "Options:" }, lang);
  const notes = (command.notes ?? []).map((n) => n[lang]);
  return [head, "", command.summary[lang], "", title, ...rows, ...(notes.length ? ["", ...notes] : [])].join("\n") + "\n";
}

export function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf("--");
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === "--help" || a === "-h");
}
