/** Import plans: extract numeric targets from a plan document's text. */
export { extractTargets } from "./extract";
export { nameKeywords } from "./names";
export { planIdFromFile } from "../catalog/plan-id";
export { toCatalog, type CatalogOptions } from "./catalog";
export { documentProblem } from "./check";
export { htmlToText } from "./html-text";
export type { ExtractOptions, ExtractResult, PlanDraft } from "./types";
export * from "./types";
export * from "./html-text";
