/** Node adapter: read catalog JSON files from disk (seeds/ by default). */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { loadCatalogs, type CatalogInput, type LoadResult } from "../core/catalog/load";
import type { Problem } from "../core/catalog/problems";

export const SEEDS_DIR = resolve(__dirname, "../../seeds");

/** The catalog files in a folder: every *.json except the JSON Schema. */
export function catalogFilesIn(dir: string = SEEDS_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json") && !name.endsWith(".schema.json"))
    .sort()
    .map((name) => join(dir, name));
}

export function readJsonFile(path: string): { ok: true; input: CatalogInput } | { ok: false; problem: Problem } {
  const file = basename(path);
  if (!existsSync(path)) {
    return { ok: false, problem: { file, path: "", message: { vi: `không tìm thấy tệp ${path}`, en: `file not found: ${path}` } } };
  }
  try {
    return { ok: true, input: { file, data: JSON.parse(readFileSync(path, "utf8")) } };
  } catch (e) {
    const why = (e as Error).message;
    return { ok: false, problem: { file, path: "", message: { vi: `không phải JSON hợp lệ: ${why}`, en: `not valid JSON: ${why}` } } };
  }
}

export function loadCatalogFiles(paths: string[] = catalogFilesIn()): LoadResult {
  const inputs: CatalogInput[] = [];
  const problems: Problem[] = [];
  for (const path of paths) {
    const read = readJsonFile(path);
    if (read.ok) inputs.push(read.input);
    else problems.push(read.problem);
  }
  const result = loadCatalogs(inputs);
  if (problems.length === 0) return result;
  return { ok: false, problems: [...problems, ...(result.ok ? [] : result.problems)] };
}
