/**
 * Every XML part of every kind of file the SpreadsheetML writer produces validates against the
 * ECMA-376 transitional schemas (test/schemas, read by libxml2's xmllint in WebAssembly): the
 * SpreadsheetML parts against sml.xsd, content types and relationships against the OPC schemas,
 * the extended properties against theirs. The core properties (Dublin Core, whose schemas are not
 * vendored) are checked well-formed.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { validateXML, memoryPages, type XMLFileInfo } from "xmllint-wasm";
import { writeSpreadsheetML } from "../../src/xlsx/sml-write";
import { fileKinds } from "./sml-files";

const SCHEMAS = join(__dirname, "..", "schemas");
const xsd = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".xsd"))
    .map((f) => ({ fileName: f, contents: readFileSync(join(dir, f), "utf8") }));
const schemaFiles = [...xsd(SCHEMAS), ...xsd(join(SCHEMAS, "opc"))];
const schemaNamed = (name: string) => schemaFiles.find((f) => f.fileName === name)!;

/** Which schema a part answers to. */
function schemaOf(path: string): string {
  if (path === "[Content_Types].xml") return "opc-contentTypes.xsd";
  if (path.endsWith(".rels")) return "opc-relationships.xsd";
  if (path === "docProps/app.xml") return "shared-documentPropertiesExtended.xsd";
  if (path === "docProps/core.xml") return "";
  if (path.startsWith("xl/") && path.endsWith(".xml")) return "sml.xsd";
  throw new Error(`a part no schema covers: ${path}`);
}

async function validate(schema: string, xml: XMLFileInfo[]) {
  return validateXML({
    xml,
    schema: schemaNamed(schema),
    preload: schemaFiles.filter((f) => f.fileName !== schema),
    initialMemoryPages: 64 * memoryPages.MiB,
    maxMemoryPages: 1 * memoryPages.GiB,
  });
}

/** Each part of a file as a file name xmllint accepts ("report--xl--worksheets--sheet1.xml"), grouped by schema. */
function partsBySchema(kinds: { name: string; bytes: Uint8Array }[]): Map<string, XMLFileInfo[]> {
  const groups = new Map<string, XMLFileInfo[]>();
  for (const kind of kinds) {
    for (const [path, data] of Object.entries(unzipSync(kind.bytes))) {
      if (path.endsWith("/")) continue;
      const schema = schemaOf(path);
      const fileName = `${kind.name}--${path.replace(/[[\]]/g, "").replace(/\//g, "--")}`;
      groups.set(schema, [...(groups.get(schema) ?? []), { fileName, contents: strFromU8(data) }]);
    }
  }
  return groups;
}

describe("the SpreadsheetML writer's parts validate against ECMA-376 (transitional)", () => {
  let kinds: { name: string; bytes: Uint8Array }[];
  const errors = new Map<string, string[]>();
  const checked = new Map<string, string[]>();

  beforeAll(async () => {
    kinds = (await fileKinds()).map((k) => ({ name: k.name, bytes: writeSpreadsheetML(k.sheets) }));
    for (const [schema, parts] of partsBySchema(kinds)) {
      for (const part of parts) {
        const kind = part.fileName.split("--")[0];
        checked.set(kind, [...(checked.get(kind) ?? []), part.fileName]);
      }
      if (!schema) {
        // Well-formed only: xmllint parses and reformats each.
        for (const part of parts) {
          const r = await validateXML({ xml: [part], normalization: "format" });
          if (!r.normalized) errors.set(part.fileName.split("--")[0], [...(errors.get(part.fileName.split("--")[0]) ?? []), `${part.fileName}: not well-formed`]);
        }
        continue;
      }
      const result = await validate(schema, parts);
      for (const e of result.errors) {
        const kind = (e.loc?.fileName ?? "?").split("--")[0];
        errors.set(kind, [...(errors.get(kind) ?? []), e.rawMessage]);
      }
      if (!result.valid && !result.errors.length) errors.set("?", [result.rawOutput]);
    }
  });

  test.each(["annex", "annex-with-tasks", "agency-annex", "tracking-list", "report", "catalog"])("%s: every part is valid", (kind) => {
    expect(checked.get(kind)).toEqual(
      expect.arrayContaining([`${kind}--Content_Types.xml`, `${kind}--xl--workbook.xml`, `${kind}--xl--styles.xml`, `${kind}--xl--worksheets--sheet1.xml`]),
    );
    expect(errors.get(kind) ?? []).toEqual([]);
    expect(errors.get("?") ?? []).toEqual([]);
  });

  test("the check can fail: a worksheet with its merges before its cells is refused", async () => {
    const sheet = strFromU8(unzipSync(kinds[0].bytes)["xl/worksheets/sheet1.xml"]);
    const merges = /<mergeCells[^]*?<\/mergeCells>/.exec(sheet)![0];
    const misplaced = sheet.replace(merges, "").replace("<sheetData>", `${merges}<sheetData>`);
    const result = await validate("sml.xsd", [{ fileName: "misplaced.xml", contents: misplaced }]);
    expect(result.valid).toBe(false);
    expect(result.errors[0].message).toMatch(/mergeCells/);
  });
});
