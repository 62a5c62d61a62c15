/**
 * Offline manifest checks (the online validator is unreachable here): well-formed XML, element
 * order, resources defined and used, https URLs, and the shared runtime wired the same everywhere.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { productionManifest, productionHost, DEV_URL } = require("../../build/manifest");

const xml = readFileSync(resolve(__dirname, "../../manifest.xml"), "utf8");
type Node = Record<string, unknown>;
const ordered = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", preserveOrder: true }).parse(xml) as Node[];
const tree = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: () => true }).parse(xml) as Node;

/** Every element in document order, with its attributes. */
function walk(nodes: Node[], visit: (name: string, attrs: Record<string, string>, children: Node[]) => void): void {
  for (const node of nodes) {
    for (const [key, value] of Object.entries(node)) {
      if (key === ":@" || key === "#text") continue;
      visit(key, ((node[":@"] as Record<string, string>) ?? {}), value as Node[]);
      if (Array.isArray(value)) walk(value as Node[], visit);
    }
  }
}

function childNames(nodes: Node[]): string[] {
  return nodes.flatMap((n) => Object.keys(n).filter((k) => k !== ":@" && k !== "#text"));
}

const officeApp = (ordered.find((n) => "OfficeApp" in n) as Node).OfficeApp as Node[];

describe("manifest.xml", () => {
  test("is well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  test("top-level elements come in the order the OfficeApp schema requires", () => {
    const schemaOrder = [
      "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
      "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides",
    ];
    const names = childNames(officeApp);
    const positions = names.map((n) => schemaOrder.indexOf(n));
    expect(positions).not.toContain(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test("Host element children are in schema order: Runtimes, AllFormFactors, DesktopFormFactor", () => {
    const hosts: string[][] = [];
    walk(ordered, (name, attrs, children) => {
      if (name === "Host" && attrs["@xsi:type"] === "Workbook") hosts.push(childNames(children));
    });
    expect(hosts).toEqual([["Runtimes", "AllFormFactors", "DesktopFormFactor"]]);
  });

  test("every resid is defined once and every resource is used", () => {
    const defined: string[] = [];
    const used = new Set<string>();
    walk(ordered, (name, attrs) => {
      if (attrs["@resid"]) used.add(attrs["@resid"]);
      if (["bt:Image", "bt:Url", "bt:String"].includes(name) && attrs["@id"]) defined.push(attrs["@id"]);
    });
    expect(new Set(defined).size).toBe(defined.length);
    expect([...used].filter((id) => !defined.includes(id))).toEqual([]);
    expect(defined.filter((id) => !used.has(id))).toEqual([]);
  });

  test("every URL is https", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => !u.startsWith("https://"))).toEqual([]);
  });

  test("the shared runtime is wired the same everywhere", () => {
    const refs: Record<string, string[]> = { runtime: [], page: [], functionFile: [], taskpane: [] };
    walk(ordered, (name, attrs, children) => {
      if (name === "Runtime") {
        refs.runtime.push(attrs["@resid"]);
        expect(attrs["@lifetime"]).toBe("long");
      }
      if (name === "Page") walk(children, (n, a) => n === "SourceLocation" && refs.page.push(a["@resid"]));
      if (name === "FunctionFile") refs.functionFile.push(attrs["@resid"]);
      if (name === "Action" && attrs["@xsi:type"] === "ShowTaskpane") walk(children, (n, a) => n === "SourceLocation" && refs.taskpane.push(a["@resid"]));
    });
    const all = Object.values(refs).flat();
    expect(Object.values(refs).every((r) => r.length === 1)).toBe(true);
    expect(new Set(all).size).toBe(1);
    const taskpaneUrl = /<bt:Url id="Taskpane.Url" DefaultValue="([^"]+)"/.exec(xml)?.[1];
    expect(xml).toContain(`<SourceLocation DefaultValue="${taskpaneUrl}" />`);
    expect(xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1" \/>/);
    // The highest set the pane needs unguarded: page layout, print titles and footers (ExcelApi 1.9).
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1.9" \/>/);
  });

  test("custom functions live in the KH namespace, with script and metadata URLs", () => {
    expect(xml).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="KH" \/>/);
    expect(xml).toMatch(/Functions\.Script\.Url" DefaultValue="https:\/\/[^"]+\/functions\.js"/);
    expect(xml).toMatch(/Functions\.Metadata\.Url" DefaultValue="https:\/\/[^"]+\/functions\.json"/);
  });

  test("asks only for ReadWriteDocument, declares no extra domains, and opens from the Home tab", () => {
    expect(tree.OfficeApp).toBeDefined();
    expect(xml).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(xml).not.toContain("<AppDomains>");
    expect(xml).toContain('<OfficeTab id="TabHome">');
  });

  test("names and descriptions are Vietnamese with English overrides", () => {
    expect(xml).toContain("<DefaultLocale>vi-VN</DefaultLocale>");
    for (const element of ["DisplayName", "Description"]) {
      const block = new RegExp(`<${element} DefaultValue="([^"]+)">\\s*<Override Locale="en-US" Value="([^"]+)" />`).exec(xml);
      expect(block).not.toBeNull();
      expect(block![1]).not.toEqual(block![2]);
    }
    const strings = [...xml.matchAll(/<bt:String id="([^"]+)" DefaultValue="[^"]*">\s*<bt:Override Locale="en-US"/g)].map((m) => m[1]);
    expect(strings).toEqual(expect.arrayContaining(["Group.Label", "TaskpaneButton.Label", "TaskpaneButton.Tooltip"]));
  });

  test("the production manifest points every URL at the configured host, none at localhost", () => {
    const prod: string = productionManifest(xml, "https://so-tai-chinh.example.gov.vn/kehoach/");
    expect(prod).not.toContain("localhost");
    expect(prod).not.toContain(DEV_URL);
    expect(prod).toContain("https://so-tai-chinh.example.gov.vn/kehoach/taskpane.html");
    expect(XMLValidator.validate(prod)).toBe(true);
  });

  test("a production host that is not https is refused at build time", () => {
    const saved = process.env.KEHOACH_HOST;
    try {
      process.env.KEHOACH_HOST = "http://insecure.example/";
      expect(() => productionHost()).toThrow(/https/);
      process.env.KEHOACH_HOST = "https://ok.example/addin/";
      expect(productionHost()).toBe("https://ok.example/addin/");
    } finally {
      if (saved === undefined) delete process.env.KEHOACH_HOST;
      else process.env.KEHOACH_HOST = saved;
    }
  });

  // Limits the OfficeApp XSD sets (offline: the schema files are not shipped in node_modules).
  describe("values within the OfficeApp schema's limits", () => {
    const block = (tag: string) => new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml)?.[1] ?? "";
    const values = (text: string, attribute: string) => [...text.matchAll(new RegExp(`${attribute}="([^"]*)"`, "g"))].map((m) => m[1]);

    test("Id is a GUID and Version has one to four dotted parts of up to five digits", () => {
      expect(/<Id>([^<]+)<\/Id>/.exec(xml)?.[1]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
      expect(/<Version>([^<]+)<\/Version>/.exec(xml)?.[1]).toMatch(/^\d{1,5}(\.\d{1,5}){0,3}$/);
    });

    test("short strings up to 125 characters, long strings up to 250, URLs up to 2048, in every language", () => {
      const short = [...values(block("bt:ShortStrings"), "DefaultValue"), ...values(block("bt:ShortStrings"), "Value"), ...values(/<DisplayName[\s\S]*?<\/DisplayName>/.exec(xml)![0], "(?:Default)?Value"), /<ProviderName>([^<]+)</.exec(xml)![1]];
      const long = [...values(block("bt:LongStrings"), "DefaultValue"), ...values(block("bt:LongStrings"), "Value"), ...values(/<Description[\s\S]*?<\/Description>/.exec(xml)![0], "(?:Default)?Value")];
      const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https:[^"]+)"/g)].map((m) => m[1]);
      expect(short.length).toBeGreaterThan(5);
      expect(long.length).toBeGreaterThan(2);
      expect(short.filter((v) => v.length > 125)).toEqual([]);
      expect(long.filter((v) => v.length > 250)).toEqual([]);
      expect(urls.filter((v) => v.length > 2048)).toEqual([]);
    });

    test("icons of the sizes the schema names exist in assets/", () => {
      const images = [...xml.matchAll(/DefaultValue="https:[^"]*\/assets\/([^"]+\.png)"/g)].map((m) => m[1]);
      expect(images.length).toBeGreaterThan(2);
      expect(images.filter((file) => !existsSync(resolve(__dirname, "../../assets", file)))).toEqual([]);
    });
  });
});
