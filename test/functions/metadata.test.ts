/**
 * functions.json as the build writes it: the same generator custom-functions-metadata-plugin runs
 * during `npm run build`, on the same source file.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { DECLARATIONS, FUNCTION_NAMES, functionsSource, type ParamDeclaration } from "../../src/functions/declarations";
import { specs } from "../../src/functions/specs";

interface Param {
  name: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
  description?: string;
}
interface Fn {
  id: string;
  name: string;
  description: string;
  parameters: Param[];
  result: { type?: string; dimensionality?: string };
}

let functions: Fn[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(resolve(__dirname, "../../src/functions/functions.ts"), false);
  expect(result.errors).toEqual([]);
  functions = JSON.parse(result.metadataJson).functions;
});

const byId = (id: string) => functions.find((f) => f.id === id)!;
const params = (id: string) => byId(id).parameters.map((p) => `${p.name}${p.optional ? "?" : ""}${p.dimensionality === "matrix" ? "[][]" : ""}`);

test("functions.ts is what the declarations table writes (npm run functions)", () => {
  expect(readFileSync(resolve(__dirname, "../../src/functions/functions.ts"), "utf8")).toBe(functionsSource());
});

test("every KH function of the table is in functions.json, with its parameters, optional ones and ranges", () => {
  expect(functions.map((f) => f.id).sort()).toEqual([...FUNCTION_NAMES].sort());
  for (const name of FUNCTION_NAMES) {
    const declared: readonly ParamDeclaration[] = DECLARATIONS[name].params;
    expect({ name, params: params(name) }).toEqual({ name, params: declared.map((p) => `${p.name}${p.optional ? "?" : ""}${p.range ? "[][]" : ""}`) });
    expect(byId(name).description).toBe(DECLARATIONS[name].description);
  }
  // The ranges users rely on: a column of actuals gives a column of results.
  expect(params("PERCENT")).toEqual(["id[][]", "actual[][]", "period?"]);
});

test("result types: numbers where a number is returned, spilling arrays for ranges and lists", () => {
  for (const name of FUNCTION_NAMES) {
    const result = DECLARATIONS[name].result;
    if (result === "matrix") expect(byId(name).result.dimensionality).toBe("matrix");
    else expect({ name, type: byId(name).result.type ?? "any" }).toEqual({ name, type: result });
  }
  expect(byId("DEADLINE").result.type).toBe("number");
});

test("every function of the table has a spec, and every choice parameter its words", () => {
  expect(Object.keys(specs).sort()).toEqual([...FUNCTION_NAMES].sort());
  for (const name of FUNCTION_NAMES) {
    for (const p of DECLARATIONS[name].params as readonly ParamDeclaration[]) {
      if (p.kind === "choice") expect({ name, param: p.name, choices: (p.choices ?? []).length > 0 }).toEqual({ name, param: p.name, choices: true });
      if (p.default !== undefined) expect(p.choices).toContain(p.default);
    }
  }
});

test("descriptions are Vietnamese, for the function and every parameter", () => {
  const vietnamese = /[ăâđêôơưàảãạáằẳẵặắầẩẫậấèẻẽẹéềểễệếìỉĩịíòỏõọóồổỗộốờởỡợớùủũụúừửữựứỳỷỹỵý]/i;
  for (const f of functions) {
    expect(f.description).toMatch(vietnamese);
    for (const p of f.parameters) expect(`${f.id}.${p.name}: ${p.description ?? ""}`).toMatch(vietnamese);
  }
});

test("every parameter has Vietnamese words for its messages, not its English name", () => {
  for (const name of FUNCTION_NAMES) {
    for (const p of DECLARATIONS[name].params as readonly ParamDeclaration[]) expect({ name, param: p.name, same: p.words === p.name || !p.words }).toEqual({ name, param: p.name, same: false });
  }
});
