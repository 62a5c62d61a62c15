/**
 * Runs a KH.* function. The engine (catalog, evaluation) loads lazily so the first screen stays small;
 * once warm, calls answer synchronously. FunctionError becomes CustomFunctions.Error with its message.
 */
import { isFunctionError, type FunctionError } from "./errors";
import type { Engine } from "./engine";
import type { FunctionName } from "./declarations";

let engine: Engine | null = null;
let loading: Promise<Engine> | null = null;

function loadEngine(): Promise<Engine> {
  loading ??= import(/* webpackChunkName: "kh-engine" */ "./engine").then(async (m) => {
    const e = await m.createEngine();
    engine = e;
    return e;
  });
  return loading;
}

/** Typed as the value so the metadata reads the right result type; a cold start returns a promise Excel awaits. */
export function call<T>(name: FunctionName, args: unknown[]): T {
  if (engine?.ready()) return toExcel(engine.run(name, args)) as T;
  return loadEngine().then((e) => e.whenReady()).then((e) => toExcel(e.run(name, args))) as unknown as T;
}

function toExcel(result: unknown): unknown {
  if (isFunctionError(result)) throw excelError(result);
  if (Array.isArray(result)) return result.map((row: unknown[]) => row.map((cell) => (isFunctionError(cell) ? excelError(cell, true) : cell)));
  return result;
}

/**
 * CustomFunctions.Error with a message needs CustomFunctionsRuntime 1.2 (#N/A and #VALUE! carry
 * messages there). The manifest does not require it, so the pane still loads in an older Excel;
 * there a thrown plain Error shows #VALUE! and a cell inside a range shows the message as text.
 */
function errorObjectsSupported(): boolean {
  if (typeof CustomFunctions === "undefined" || typeof CustomFunctions.Error !== "function") return false;
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  return !requirements || requirements.isSetSupported("CustomFunctionsRuntime", "1.2");
}

function excelError(e: FunctionError, inRange = false): unknown {
  if (typeof CustomFunctions === "undefined") return e;
  if (!errorObjectsSupported()) return inRange ? e.text.vi : new Error(e.text.vi);
  const code = e.kind === "notAvailable" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, e.text.vi);
}
