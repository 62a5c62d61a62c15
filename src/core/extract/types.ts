/** The extractor's public types. */
import type { Agency, Plan, Target, Task } from "../catalog/schema";
import type { Bilingual } from "../messages";

export type AgencyLevel = Agency["level"];

export interface ExtractOptions {
  /** The document's file name, as cited in `source.file`. */
  file: string;
  /** Plan id, also the target id prefix; default: a slug of the file name. */
  plan?: string;
}

/** What the text says about the plan itself, for a full catalog file. */
export interface PlanDraft {
  type: string;
  number?: string;
  title: string;
  issuer: string;
  date: string;
  province: string;
}

export interface ExtractResult {
  plan: string;
  targets: Target[];
  agencies: Agency[];
  tasks: Task[];
  warnings: Bilingual[];
  /** Plan metadata read from the document's head; defaults where the text gives none. */
  planDraft: PlanDraft;
}

export type { Plan };
