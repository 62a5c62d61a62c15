/** A full catalog file (plan + agencies + targets + tasks) from an extraction result. */
import type { CatalogFile } from "../catalog/schema";
import type { ExtractResult } from "./types";

export interface CatalogOptions {
  file: string;
  /** Catalog version; default: "<year of the plan>-01-01.0-draft". */
  version?: string;
}

export function toCatalog(result: ExtractResult, options: CatalogOptions): CatalogFile {
  const { planDraft } = result;
  return {
    $schema: "./catalog.schema.json",
    version: options.version ?? `${planDraft.date.slice(0, 4)}.draft`,
    plan: {
      id: result.plan,
      type: planDraft.type,
      ...(planDraft.number ? { number: planDraft.number } : {}),
      title: planDraft.title,
      issuer: planDraft.issuer,
      date: planDraft.date,
      province: planDraft.province,
      sourceFile: options.file,
    },
    agencies: result.agencies,
    targets: result.targets,
    tasks: result.tasks,
  };
}
