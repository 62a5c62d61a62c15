#!/usr/bin/env node
/** The `kehoach` command: dispatches to one module per sub-command. */
import { commands } from "./commands";
import { pickLang, usage } from "./common";

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const lang = pickLang(argv);
  if (!name || name === "help" || name === "--help" || name === "-h") {
    process.stdout.write(usage(lang));
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(lang === "en" ? `Unknown command: ${name}\n\n` : `Lệnh không tồn tại: ${name}\n\n`);
    process.stderr.write(usage(lang));
    return 2;
  }
  return command.run(rest, lang);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Lỗi / Error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
