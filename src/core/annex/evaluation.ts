/** The evaluation the annex uses by default: the project's engine (src/core/evaluate). */
import { evaluateTarget } from "../evaluate";
import type { EvaluateTarget } from "../evaluate/types";

export const defaultEvaluate: EvaluateTarget = (target, input) => evaluateTarget(target, input);
