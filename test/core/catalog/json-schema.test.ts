import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { catalogJsonSchema } from "../../../src/core/catalog/json-schema";

test("seeds/catalog.schema.json is the one generated from the zod schema (run `npm run schema` after changing it)", () => {
  const committed = JSON.parse(readFileSync(resolve(__dirname, "../../../seeds/catalog.schema.json"), "utf8"));
  expect(committed).toEqual(JSON.parse(JSON.stringify(catalogJsonSchema())));
});

test("the JSON Schema names the fields a target must carry", () => {
  const schema = catalogJsonSchema() as { properties: { targets: { items: { required: string[]; properties: Record<string, unknown> } } } };
  const target = schema.properties.targets.items;
  expect(target.required).toEqual(expect.arrayContaining(["id", "plan", "name", "unit", "comparator", "kind", "direction", "year", "group", "source"]));
  expect(Object.keys(target.properties)).toEqual(expect.arrayContaining(["value", "min", "max", "fromYear", "baseline", "agency", "parent"]));
});
