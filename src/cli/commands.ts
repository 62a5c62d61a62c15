import type { Command } from "./common";
import { evaluateCommand } from "./evaluate";
import { plansCommand } from "./plans";
import { targetsCommand } from "./targets";
import { validateCommand } from "./validate";

/** Every sub-command of `kehoach`, by name. */
export const commands: Record<string, Command> = {
  evaluate: evaluateCommand,
  plans: plansCommand,
  targets: targetsCommand,
  validate: validateCommand,
};
