/**
 * The one runner of KH.* functions, for Excel (engine.ts → dispatch.ts) and the preview's formulas
 * alike: checks the call against the declarations table, coerces each argument by its declared kind,
 * spreads the function over its range parameters, and returns the result or a FunctionError (never
 * thrown: an error cell is an ordinary result of a recalculation).
 */
import { DECLARATIONS, type FunctionName, type ParamDeclaration } from "./declarations";
import { asMatrix, broadcast, coerce, type Cell, type FunctionContext } from "./args";
import { FunctionError } from "./errors";
import { specs, type CellOut, type Matrix } from "./specs";

export function isFunctionName(name: string): name is FunctionName {
  return Object.prototype.hasOwnProperty.call(DECLARATIONS, name);
}

export function runFunction(ctx: FunctionContext, name: FunctionName, args: readonly unknown[]): unknown {
  const declared: readonly ParamDeclaration[] = DECLARATIONS[name].params;
  if (args.length > declared.length) {
    return new FunctionError("invalidValue", {
      vi: `KH.${name} nhận tối đa ${declared.length} đối số (${declared.map((p) => p.name).join(", ")})`,
      en: `KH.${name} takes at most ${declared.length} arguments (${declared.map((p) => p.name).join(", ")})`,
    });
  }
  const spec = specs[name] as (ctx: FunctionContext, args: Record<string, unknown>) => unknown;
  return guard(() => {
    const spread = declared.filter((p) => p.range);
    // Single-cell parameters first, once for the whole call: a bad one is the call's error.
    const fixed: Record<string, unknown> = {};
    declared.forEach((p, i) => {
      if (!p.range) fixed[p.name] = coerce(ctx, p, args[i] as Cell);
    });
    if (spread.length === 0) return spec(ctx, fixed);
    // Range parameters cell by cell: an error stays in its own cell.
    const grid = broadcast(spread.map((p) => asMatrix<Cell>(args[declared.indexOf(p)] as Cell | Cell[][])));
    const out: Matrix = [];
    for (let r = 0; r < grid.rows; r++) {
      const row: CellOut[] = [];
      for (let c = 0; c < grid.cols; c++) {
        const values = grid.at(r, c);
        row.push(
          guard(() => {
            const cellArgs = { ...fixed };
            spread.forEach((p, i) => (cellArgs[p.name] = coerce(ctx, p, values[i])));
            return spec(ctx, cellArgs) as CellOut;
          }),
        );
      }
      out.push(row);
    }
    return out;
  });
}

function guard<T>(f: () => T): T | FunctionError {
  try {
    return f();
  } catch (e) {
    if (e instanceof FunctionError) return e;
    throw e;
  }
}
