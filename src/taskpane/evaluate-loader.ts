/** The evaluation engine, loaded on first use (it is not needed to browse the catalog). */
import type { EvaluateTarget } from "../core/evaluate";

export const loadEvaluateTarget = (): Promise<EvaluateTarget> =>
  import(/* webpackChunkName: "evaluate" */ "../core/evaluate/index").then((m) => m.evaluateTarget as EvaluateTarget);
