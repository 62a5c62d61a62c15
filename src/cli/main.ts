#!/usr/bin/env node
/** The `kehoach` command: dispatches to one module per sub-command; users see messages, never stack traces. */
import { commands } from "./commands";
import { pickLang } from "./common";
import { commandHelp, usage, wantsHelp } from "./help";
import { failureMessage, quietOnClosedPipe } from "./failure";

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const lang = pickLang(argv);
  if (!name || name === "help" || name === "--help" || name === "-h" || name === "--en") {
    const about = name === "help" ? rest.find((a) => !a.startsWith("-")) : undefined;
    const helpFor = about && Object.hasOwn(commands, about) ? await commands[about]() : undefined;
    process.stdout.write(helpFor ? commandHelp(about!, helpFor, lang) : await usage(lang));
    return name ? 0 : 2;
  }
  if (!Object.hasOwn(commands, name)) {
    process.stderr.write(lang === "en" ? `Unknown command: ${name}\n\n` : `Lệnh không tồn tại: ${name}\n\n`);
    process.stderr.write(await usage(lang));
    return 2;
  }
  const command = await commands[name]();
  if (wantsHelp(rest)) {
    process.stdout.write(commandHelp(name, command, lang));
    return 0;
  }
  return command.run(rest, lang);
}

quietOnClosedPipe();
const lang = pickLang(process.argv.slice(2));
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${failureMessage(error, lang)}\n`);
    process.exitCode = 1;
  },
);
