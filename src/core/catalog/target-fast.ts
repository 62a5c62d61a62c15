/**
 * A quicker road through the catalog schema for the targets that are surely valid: a province's nine
 * thousand targets cost zod about 90 ms per run, and a plain check a tenth of that. `plainTarget` accepts
 * only what TargetSchema accepts and returns the copy it would return; anything else (a wrong field, a
 * field it does not know, an `undefined`) it leaves to zod, so every problem is still zod's, word for word.
 * test/core/catalog/target-fast.test.ts holds it to TargetSchema on random targets.
 */
import { MAX_YEAR, MIN_YEAR } from "../periods/codes";
import { z } from "zod";
import { COMPARATORS, CatalogSchema, DIRECTIONS, TARGET_KINDS, keepsTargetRules, SLUG_PATTERN, type CatalogFile, type SourceRef, type Target } from "./schema";

const TARGET_KEYS = new Set(["id", "plan", "name", "nameEn", "unit", "value", "min", "max", "comparator", "kind", "direction", "year", "fromYear", "baseline", "agency", "group", "parent", "note", "source"]);
const SOURCE_KEYS = new Set(["file", "sheet", "line", "text"]);
const BASELINE_KEYS = new Set(["year", "value", "source"]);

type Fields = Record<string, unknown>;

/** A plain object (as JSON.parse makes) whose keys are all known and whose values are all defined (zod's `undefined` rules are left to zod). */
function plainObject(value: unknown, known: ReadonlySet<string>): value is Fields {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    if (!known.has(keys[i]) || (value as Fields)[keys[i]] === undefined) return false;
  }
  return true;
}

const text = (v: unknown, min: number): v is string => typeof v === "string" && v.length >= min;
const slug = (v: unknown): v is string => typeof v === "string" && SLUG_PATTERN.test(v);
const finite = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const year = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= MIN_YEAR && (v as number) <= MAX_YEAR;
const oneOf = <T extends string>(values: readonly T[], v: unknown): v is T => (values as readonly unknown[]).includes(v);

function plainSource(v: unknown): SourceRef | undefined {
  if (!plainObject(v, SOURCE_KEYS)) return undefined;
  if (!text(v.file, 1) || !text(v.text, 1) || !Number.isSafeInteger(v.line) || (v.line as number) < 1) return undefined;
  if (v.sheet !== undefined && !text(v.sheet, 1)) return undefined;
  return v.sheet === undefined ? { file: v.file, line: v.line as number, text: v.text } : { file: v.file, sheet: v.sheet, line: v.line as number, text: v.text };
}

function plainBaseline(v: unknown): Target["baseline"] | undefined {
  if (!plainObject(v, BASELINE_KEYS) || !year(v.year) || !finite(v.value)) return undefined;
  if (v.source === undefined) return { year: v.year, value: v.value };
  const source = plainSource(v.source);
  return source && { year: v.year, value: v.value, source };
}

/** TargetSchema's output for `value` when it surely accepts it (the same fields, in the schema's order), else undefined. */
export function plainTarget(value: unknown): Target | undefined {
  const t = value;
  if (!plainObject(t, TARGET_KEYS)) return undefined;
  if (!slug(t.id) || !slug(t.plan) || !text(t.name, 3) || !text(t.unit, 1) || !text(t.group, 1) || !year(t.year)) return undefined;
  if (!oneOf(COMPARATORS, t.comparator) || !oneOf(TARGET_KINDS, t.kind) || !oneOf(DIRECTIONS, t.direction)) return undefined;
  const source = plainSource(t.source);
  if (!source) return undefined;
  const optional =
    (t.nameEn === undefined || text(t.nameEn, 3)) &&
    (t.value === undefined || finite(t.value)) &&
    (t.min === undefined || finite(t.min)) &&
    (t.max === undefined || finite(t.max)) &&
    (t.fromYear === undefined || year(t.fromYear)) &&
    (t.agency === undefined || slug(t.agency)) &&
    (t.parent === undefined || slug(t.parent)) &&
    (t.note === undefined || typeof t.note === "string");
  if (!optional) return undefined;
  const baseline = t.baseline === undefined ? undefined : plainBaseline(t.baseline);
  if (t.baseline !== undefined && !baseline) return undefined;
  // The schema's key order, so the result is the very object zod would give.
  const out: Fields = { id: t.id, plan: t.plan, name: t.name };
  if (t.nameEn !== undefined) out.nameEn = t.nameEn;
  out.unit = t.unit;
  if (t.value !== undefined) out.value = t.value;
  if (t.min !== undefined) out.min = t.min;
  if (t.max !== undefined) out.max = t.max;
  out.comparator = t.comparator;
  out.kind = t.kind;
  out.direction = t.direction;
  out.year = t.year;
  if (t.fromYear !== undefined) out.fromYear = t.fromYear;
  if (baseline) out.baseline = baseline;
  if (t.agency !== undefined) out.agency = t.agency;
  out.group = t.group;
  if (t.parent !== undefined) out.parent = t.parent;
  if (t.note !== undefined) out.note = t.note;
  out.source = source;
  return keepsTargetRules(out as Target) ? (out as Target) : undefined;
}

/** The catalog but for its targets, which plainTarget has checked. */
const CatalogShellSchema = CatalogSchema.extend({ targets: z.array(z.unknown()) });

/**
 * CatalogSchema.safeParse, the same result: when every target passes plainTarget and the rest passes
 * the schema, zod checks only the rest; otherwise the whole file goes through zod, for its problems.
 */
export function parseCatalogFile(data: unknown): { success: true; data: CatalogFile } | { success: false; error: z.ZodError } {
  const targets = (data as { targets?: unknown } | null)?.targets;
  if (Array.isArray(targets)) {
    const plain: Target[] = [];
    for (const target of targets) {
      const checked = plainTarget(target);
      if (!checked) break;
      plain.push(checked);
    }
    if (plain.length === targets.length) {
      const shell = CatalogShellSchema.safeParse(data);
      if (shell.success) return { success: true, data: { ...shell.data, targets: plain } };
    }
  }
  const parsed = CatalogSchema.safeParse(data);
  return parsed.success ? { success: true, data: parsed.data } : { success: false, error: parsed.error };
}
