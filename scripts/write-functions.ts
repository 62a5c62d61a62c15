/** Writes src/functions/functions.ts (the JSDoc declarations) from src/functions/declarations.ts. `npm run functions`. */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { functionsSource } from "../src/functions/declarations";

const out = resolve(__dirname, "../src/functions/functions.ts");
writeFileSync(out, functionsSource());
process.stdout.write(`wrote ${out}\n`);
