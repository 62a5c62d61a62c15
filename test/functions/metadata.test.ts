/**
 * functions.json as the build writes it: the same generator custom-functions-metadata-plugin runs
 * during `npm run build`, on the same source file.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { resolve } from "node:path";

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

test("every KH function is declared", () => {
  expect(functions.map((f) => f.id).sort()).toEqual(["DEADLINE", "EXPECTED", "INFO", "LIST", "PERCENT", "PERIOD", "STATUS", "TARGET"]);
});

test("parameters, optional ones and ranges are as documented", () => {
  expect(params("TARGET")).toEqual(["id", "year?", "bound?"]);
  expect(params("INFO")).toEqual(["id", "field"]);
  expect(params("PERCENT")).toEqual(["id[][]", "actual[][]", "period?"]);
  expect(params("STATUS")).toEqual(["id[][]", "actual[][]", "period?", "code?"]);
  expect(params("EXPECTED")).toEqual(["id", "period"]);
  expect(params("LIST")).toEqual(["plan?", "agency?", "group?"]);
  expect(params("PERIOD")).toEqual(["date", "type?"]);
  expect(params("DEADLINE")).toEqual(["period", "plan?"]);
});

test("result types: numbers where a number is returned, spilling arrays for ranges and lists", () => {
  expect(byId("TARGET").result.type).toBe("number");
  expect(byId("EXPECTED").result.type).toBe("number");
  expect(byId("DEADLINE").result.type).toBe("number");
  expect(byId("PERIOD").result.type).toBe("string");
  for (const id of ["PERCENT", "STATUS", "LIST"]) expect(byId(id).result.dimensionality).toBe("matrix");
});

test("descriptions are Vietnamese, for the function and every parameter", () => {
  const vietnamese = /[ăâđêôơưàảãạáằẳẵặắầẩẫậấèẻẽẹéềểễệếìỉĩịíòỏõọóồổỗộốờởỡợớùủũụúừửữựứỳỷỹỵý]/i;
  for (const f of functions) {
    expect(f.description).toMatch(vietnamese);
    for (const p of f.parameters) expect(`${f.id}.${p.name}: ${p.description ?? ""}`).toMatch(vietnamese);
  }
});
