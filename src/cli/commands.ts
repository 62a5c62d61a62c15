import type { Command } from "./common";
import { annexCommand } from "./annex";
import { catalogCommand } from "./catalog";
import { consolidateCommand } from "./consolidate";
import { evaluateCommand } from "./evaluate";
import { extractCommand } from "./extract";
import { importTableCommand } from "./import-table";
import { plansCommand } from "./plans";
import { targetsCommand } from "./targets";
import { validateCommand } from "./validate";

/** Every sub-command of `kehoach`, by name. */
export const commands: Record<string, Command> = {
  annex: annexCommand,
  catalog: catalogCommand,
  consolidate: consolidateCommand,
  evaluate: evaluateCommand,
  extract: extractCommand,
  "import-table": importTableCommand,
  plans: plansCommand,
  targets: targetsCommand,
  validate: validateCommand,
};
