import type { Command } from "./common";
import { plansCommand } from "./plans";
import { targetsCommand } from "./targets";
import { validateCommand } from "./validate";

/** Every sub-command of `kehoach`, by name. */
export const commands: Record<string, Command> = {
  plans: plansCommand,
  targets: targetsCommand,
  validate: validateCommand,
};
