/**
 * The one runner of KH.* functions, for Excel (engine.ts → dispatch.ts) and the preview's formulas
 * alike: checks the call against the declarations table, calls the spec, and returns the result or
 * a FunctionError (never thrown: an error cell is an ordinary result of a recalculation).
 */
import { DECLARATIONS, type FunctionName } from "./declarations";
import { FunctionError } from "./errors";
import { specs, type FunctionContext } from "./specs";

export function isFunctionName(name: string): name is FunctionName {
  return Object.prototype.hasOwnProperty.call(DECLARATIONS, name);
}

export function runFunction(ctx: FunctionContext, name: FunctionName, args: readonly unknown[]): unknown {
  const declared = DECLARATIONS[name].params;
  if (args.length > declared.length) {
    return new FunctionError("invalidValue", {
      vi: `KH.${name} nhận tối đa ${declared.length} đối số (${declared.map((p) => p.name).join(", ")})`,
      en: `KH.${name} takes at most ${declared.length} arguments (${declared.map((p) => p.name).join(", ")})`,
    });
  }
  const spec = specs[name] as (ctx: FunctionContext, ...a: unknown[]) => unknown;
  try {
    return spec(ctx, ...args);
  } catch (e) {
    if (e instanceof FunctionError) return e;
    throw e;
  }
}
