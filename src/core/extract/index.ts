/** Import plans: extract numeric targets from a plan document's text. */
export { extractTargets, planIdFromFile, nameKeywords } from "./extract";
export { toCatalog, type CatalogOptions } from "./catalog";
export { documentProblem } from "./check";
export type { ExtractOptions, ExtractResult, PlanDraft } from "./types";
