/**
 * Extraction fixtures in the Script Lab style: test/fixtures/extract/<name>.txt holds a plan
 * snippet, <name>.expected.json the targets it states (in order, and no others). Files named
 * error.* must be refused with a clear message.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseTargetRecords } from "../../../src/core/catalog/load";
import { documentProblem, extractTargets } from "../../../src/core/extract";

const DIR = join(__dirname, "../../fixtures/extract");
const inputs = readdirSync(DIR).filter((f) => f.endsWith(".txt"));
const normal = inputs.filter((f) => !f.startsWith("error."));
const errors = inputs.filter((f) => f.startsWith("error."));

function expected(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(DIR, file.replace(/\.txt$/, ".expected.json")), "utf8"));
}

test("there are at least 15 varied snippets and some error cases", () => {
  expect(normal.length).toBeGreaterThanOrEqual(15);
  expect(errors.length).toBeGreaterThanOrEqual(3);
});

describe.each(normal)("%s", (file) => {
  const text = readFileSync(join(DIR, file), "utf8");
  const want = expected(file) as { plan: string; targets: (Record<string, unknown> & { line: number })[] };
  const result = extractTargets(text, { file, plan: want.plan });

  test("finds exactly the targets the snippet states", () => {
    const got = result.targets.map((t) => {
      const { source, ...rest } = t;
      return { ...rest, line: source.line };
    });
    expect(got.map((t) => t.name)).toEqual(want.targets.map((t) => t.name));
    want.targets.forEach((w, i) => expect(got[i]).toMatchObject(w));
  });

  test("records are valid catalog targets citing their line verbatim", () => {
    const parsed = parseTargetRecords(file, JSON.parse(JSON.stringify(result.targets)));
    expect(parsed.ok).toBe(true);
    const lines = text.split(/\r\n|\r|\n/);
    for (const t of result.targets) {
      expect(t.source.file).toBe(file);
      expect(lines[t.source.line - 1]).toContain(t.source.text);
    }
  });
});

describe.each(errors)("%s", (file) => {
  test("is refused with a clear message in Vietnamese and English", () => {
    const text = readFileSync(join(DIR, file), "utf8");
    const want = expected(file) as { error: string };
    const result = extractTargets(text, { file });
    expect(result.targets).toEqual([]);
    const messages = [documentProblem(text), ...result.warnings].filter((m) => m !== null);
    const hit = messages.find((m) => m!.vi.includes(want.error));
    expect(hit).toBeDefined();
    expect(hit!.en.length).toBeGreaterThan(10);
  });
});
