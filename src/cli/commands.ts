/**
 * Every sub-command of `kehoach`, by name, loaded only when run: `kehoach plans` never loads ExcelJS.
 * (Keep the table sorted; each entry imports its module.)
 */
import type { Command } from "./common";

export const commands: Record<string, () => Promise<Command>> = {
  annex: async () => (await import("./annex")).annexCommand,
  catalog: async () => (await import("./catalog")).catalogCommand,
  consolidate: async () => (await import("./consolidate")).consolidateCommand,
  evaluate: async () => (await import("./evaluate")).evaluateCommand,
  extract: async () => (await import("./extract")).extractCommand,
  "import-table": async () => (await import("./import-table")).importTableCommand,
  plans: async () => (await import("./plans")).plansCommand,
  targets: async () => (await import("./targets")).targetsCommand,
  validate: async () => (await import("./validate")).validateCommand,
};
