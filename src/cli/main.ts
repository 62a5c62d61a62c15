#!/usr/bin/env node
/** The `kehoach` command: dispatches to one module per sub-command; users see messages, never stack traces. */
import { commands } from "./commands";
import { pickLang, tell } from "./common";
import { commandHelp, usage, wantsHelp } from "./help";
import { failureMessage, quietOnClosedPipe } from "./failure";

async function main(argv: string[]): Promise<number> {
  // The command is the first word that is not an option: `kehoach --en plans` works too.
  const at = argv.findIndex((a) => !a.startsWith("-"));
  const name = at < 0 ? undefined : argv[at];
  const rest = at < 0 ? [] : [...argv.slice(0, at), ...argv.slice(at + 1)];
  const lang = pickLang(argv);
  if (!name || name === "help") {
    const about = rest.find((a) => !a.startsWith("-"));
    const helpFor = about && Object.hasOwn(commands, about) ? await commands[about]() : undefined;
    process.stdout.write(helpFor ? commandHelp(about!, helpFor, lang) : await usage(lang));
    return name || wantsHelp(argv) ? 0 : 2;
  }
  if (!Object.hasOwn(commands, name)) {
    tell(lang, `Lệnh không tồn tại: ${name}\n`, `Unknown command: ${name}\n`);
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
    // Not tell(): failureMessage already chose the language (or, with KEHOACH_DEBUG=1, the stack).
    process.stderr.write(`${failureMessage(error, lang)}\n`);
    process.exitCode = 1;
  },
);
