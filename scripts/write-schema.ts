/** Writes seeds/catalog.schema.json from the zod catalog schema. `npm run schema`. */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { catalogJsonSchema } from "../src/core/catalog/json-schema";

const out = resolve(__dirname, "../seeds/catalog.schema.json");
writeFileSync(out, `${JSON.stringify(catalogJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${out}\n`);
