/**
 * The quick check of targets (src/core/catalog/target-fast.ts) must never let through what the catalog
 * schema refuses, nor give another result than the schema's: random targets, valid and broken, are put
 * to both. And the targets a real catalog holds take the quick road (else its speed is lost unseen).
 */
import fc from "fast-check";
import { CatalogSchema, TargetSchema } from "../../../src/core/catalog/schema";
import { parseCatalogFile, plainTarget } from "../../../src/core/catalog/target-fast";
import { loadCatalogs } from "../../../src/core/catalog/load";
import { syntheticCatalogFile } from "../annex/synthetic";

/** A field's value: mostly ones the schema takes, sometimes one it refuses. */
const field = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<unknown>) => fc.oneof({ weight: 15, arbitrary: good }, { weight: 1, arbitrary: bad });
const anything = fc.oneof(fc.constant(undefined), fc.constant(null), fc.constant(NaN), fc.constant(Infinity), fc.constant(-0), fc.integer(), fc.double(), fc.string(), fc.boolean(), fc.constant([]), fc.constant({}));
const slug = field(fc.constantFrom("so-1", "tinh-x.t1", "a", "2024", "x-y.z"), fc.constantFrom("", "Sở", "a--b", "-a", "a.", "A", "a b"));
const year = field(fc.integer({ min: 1990, max: 2100 }), fc.oneof(fc.constantFrom(1989, 2101, 2024.5, "2024"), anything));
const number = field(fc.oneof(fc.integer({ min: -50, max: 150 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), anything);
const text = (min: number) => field(fc.string({ minLength: min, maxLength: 8 }), fc.oneof(fc.string({ maxLength: Math.max(0, min - 1) }), anything));
const ABSENT = Symbol("absent");
/** An optional field: absent half the time. */
/** The fields that are there. */
const present = (fields: object) => Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== ABSENT));
/** A field that is seldom there (one time in ten): the key the schema does not know. */
const seldom = <T>(arb: fc.Arbitrary<T>) => fc.tuple(fc.integer({ min: 0, max: 9 }), arb).map(([k, v]) => (k === 9 ? v : ABSENT));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: ABSENT, freq: 2 });
/** Value or range, as targets hold them, and now and then both or neither. */
const source = field(
  fc
    .record({
      file: text(1),
      sheet: maybe(text(1)),
      line: field(fc.integer({ min: 1, max: 9999 }), fc.constantFrom(0, -1, 1.5, 2 ** 60, "3")),
      text: text(1),
      extra: seldom(fc.string()),
    })
    .map(present),
  anything,
);
const amounts = fc.oneof(
  { weight: 4, arbitrary: fc.record({ value: number }) },
  { weight: 4, arbitrary: fc.record({ min: number, max: number }) },
  { weight: 1, arbitrary: fc.record({ value: maybe(number), min: maybe(number), max: maybe(number) }) },
);
const target = fc
  .tuple(
    fc.record({
      id: slug,
      plan: slug,
      name: text(3),
      nameEn: maybe(text(3)),
      unit: field(fc.constantFrom("%", " % ", "tỷ đồng", "ha"), anything),
      comparator: field(fc.constantFrom(">=", "=", "~", ">", "<", "<="), fc.constantFrom("≥", "", ">>")),
      kind: field(fc.constantFrom("level", "rate", "change", "flow"), fc.constantFrom("Level", "")),
      direction: field(fc.constantFrom("increase", "decrease"), fc.constantFrom("up", 1)),
      year,
      fromYear: maybe(year),
      baseline: maybe(field(fc.record({ year, value: number, source }, { requiredKeys: ["year", "value"] }), anything)),
      agency: maybe(slug),
      group: text(1),
      parent: maybe(slug),
      note: maybe(field(fc.string(), anything)),
      source,
      stray: seldom(fc.string()),
    }),
    amounts,
  )
  .map(([fields, amount]) => present({ ...fields, ...amount }));

describe("the quick check of targets", () => {
  it("accepts only what the schema accepts, and gives the schema's very result", () => {
    let quick = 0;
    fc.assert(
      fc.property(target, (t) => {
        const plain = plainTarget(t);
        if (!plain) return;
        quick++;
        const parsed = TargetSchema.safeParse(t);
        expect(parsed.success).toBe(true);
        // Same fields, same values, same order (JSON as a catalog is written back).
        expect(JSON.stringify(plain)).toBe(JSON.stringify(parsed.data));
        expect(plain).toEqual(parsed.data);
      }),
      { numRuns: 3000, seed: 1515 },
    );
    // The generator must reach the quick road, or the test proves nothing.
    expect(quick).toBeGreaterThan(100);
  });

  it("leaves a catalog with a broken target to the schema, problems and all", () => {
    const file = syntheticCatalogFile({ agencies: 2, targetsPerAgency: 3 }) as unknown as { targets: Array<Record<string, unknown>> };
    file.targets[4] = { ...file.targets[4], year: 2200, unit: "%", value: 140 };
    const quick = parseCatalogFile(file);
    const full = CatalogSchema.safeParse(file);
    expect(quick.success).toBe(false);
    expect(!quick.success && quick.error.issues).toEqual(!full.success && full.error.issues);
    const loaded = loadCatalogs([{ file: "x.json", data: file }]);
    expect(!loaded.ok && loaded.problems.map((p) => p.path)).toEqual(["targets[4].year", "targets[4].value"]);
  });

  it("takes every target of a well-made catalog on the quick road, with the schema's result", () => {
    const file = syntheticCatalogFile({ agencies: 3, targetsPerAgency: 5 });
    expect(file.targets.every((t) => plainTarget(t) !== undefined)).toBe(true);
    const quick = parseCatalogFile(file);
    const full = CatalogSchema.safeParse(file);
    expect(quick.success && JSON.stringify(quick.data)).toBe(full.success && JSON.stringify(full.data));
  });
});
