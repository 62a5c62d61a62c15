/**
 * functions.json, as the build generates it, against the custom-functions metadata format Microsoft
 * documents ("Manually create JSON metadata for custom functions", "Custom functions naming").
 * Microsoft's JSON Schema file is not shipped in node_modules and cannot be fetched offline, so the
 * format's rules are written here as a strict zod schema: unknown properties, types or
 * dimensionalities fail, as the published schema would reject them.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { resolve } from "node:path";
import { z } from "zod";

const valueType = z.enum(["boolean", "number", "string", "any"]);
const dimensionality = z.enum(["scalar", "matrix"]);

const parameter = z
  .object({
    name: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/),
    description: z.string().optional(),
    type: valueType.optional(),
    dimensionality: dimensionality.optional(),
    optional: z.boolean().optional(),
    repeating: z.boolean().optional(),
    cellValueType: z.string().optional(),
    customEnumId: z.string().optional(),
  })
  .strict();

const functionSchema = z
  .object({
    // id: A–Z, 0–9, underscore and period, starting with a letter, at least three characters.
    id: z.string().regex(/^[A-Za-z][A-Za-z0-9_.]{2,}$/),
    // name: Unicode letters, underscore and period, starting with a letter, at least three characters.
    name: z.string().regex(/^\p{L}[\p{L}_.]{2,}$/u),
    description: z.string().optional(),
    helpUrl: z.string().url().optional(),
    parameters: z.array(parameter),
    result: z.object({ type: valueType.optional(), dimensionality: dimensionality.optional() }).strict(),
    options: z
      .object({
        cancelable: z.boolean().optional(),
        requiresAddress: z.boolean().optional(),
        requiresParameterAddresses: z.boolean().optional(),
        requiresStreamAddress: z.boolean().optional(),
        requiresStreamParameterAddresses: z.boolean().optional(),
        stream: z.boolean().optional(),
        volatile: z.boolean().optional(),
        capturesCallingObject: z.boolean().optional(),
        excludeFromAutoComplete: z.boolean().optional(),
        linkedEntityLoadService: z.boolean().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

const metadataSchema = z
  .object({
    allowCustomDataForDataTypeAny: z.boolean().optional(),
    allowErrorForDataTypeAny: z.boolean().optional(),
    enums: z.array(z.unknown()).optional(),
    functions: z.array(functionSchema).min(1),
  })
  .strict();

type Metadata = z.infer<typeof metadataSchema>;
let metadata: unknown;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(resolve(__dirname, "../../src/functions/functions.ts"), false);
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson);
});

test("functions.json follows the documented custom-functions metadata format", () => {
  const checked = metadataSchema.safeParse(metadata);
  expect(checked.success ? [] : checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([]);
});

test("the check can fail: an id with a dash, an unknown type and a stray property are each refused", () => {
  const sample = structuredClone(metadata) as Metadata;
  const first = sample.functions[0];
  expect(metadataSchema.safeParse({ ...sample, functions: [{ ...first, id: "K-1" }] }).success).toBe(false);
  expect(metadataSchema.safeParse({ ...sample, functions: [{ ...first, result: { type: "date" } }] }).success).toBe(false);
  expect(metadataSchema.safeParse({ ...sample, functions: [{ ...first, volatile: true }] }).success).toBe(false);
});

test("ids and names are unique, no name reads as a cell reference, and optional parameters come last", () => {
  const { functions } = metadata as Metadata;
  expect(new Set(functions.map((f) => f.id)).size).toBe(functions.length);
  expect(new Set(functions.map((f) => f.name.toUpperCase())).size).toBe(functions.length);
  const cellReference = /^([A-Z]{1,3}\d+|R\d+C\d+)$/i;
  expect(functions.filter((f) => cellReference.test(f.name)).map((f) => f.name)).toEqual([]);
  for (const f of functions) {
    const firstOptional = f.parameters.findIndex((p) => p.optional);
    const requiredAfter = firstOptional >= 0 && f.parameters.slice(firstOptional).some((p) => !p.optional && !p.repeating);
    expect({ id: f.id, requiredAfterOptional: requiredAfter }).toEqual({ id: f.id, requiredAfterOptional: false });
  }
});
