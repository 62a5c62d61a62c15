/** `npm run bench`: runs every bench/*.bench.ts and prints its figures. Figures only, no pass/fail. */
import { readdirSync } from "node:fs";
import { join } from "node:path";

async function main(): Promise<void> {
  const only = process.argv[2];
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts") && (!only || f.includes(only)))
    .sort();
  for (const file of files) {
    const mod = (await import(join(__dirname, file))) as { run: () => Promise<string[]> };
    try {
      for (const line of await mod.run()) process.stdout.write(`${line}\n`);
    } catch (e) {
      process.stdout.write(`${file}: could not run: ${(e as Error).message}\n`);
    }
  }
}

void main();
