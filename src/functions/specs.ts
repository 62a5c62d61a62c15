/**
 * What each KH.* function computes, from arguments already coerced by the runner (run.ts) to the kinds
 * the declarations table gives them. A function with range parameters is written for one cell: the
 * runner spreads it. Pure: no Office.js; errors are FunctionError (mapped to Excel errors by the adapter).
 */
import type { Target } from "../core/catalog";
import { describeTarget, filterTargets } from "../core/catalog";
import { evaluateTarget, judgeTarget, judgementLabel } from "../core/evaluate";
import { toExcelSerial } from "../core/periods";
import type { ArgsOf, FunctionContext } from "./args";
import { periodForDate, deadlineForPeriod } from "./calendar";
import type { FunctionName } from "./declarations";
import { errors, type FunctionError } from "./errors";

export type CellOut = string | number | FunctionError;
export type Matrix = CellOut[][];

/** The plan value: `value`, or the chosen end of a range. Default "min": the level the plan commits to at least. */
export function planValue(target: Target, bound: "min" | "max" | "mid" = "min"): number {
  if (target.value !== undefined) return target.value;
  const min = target.min as number;
  const max = target.max as number;
  return bound === "max" ? max : bound === "mid" ? (min + max) / 2 : min;
}

function agencyName(ctx: FunctionContext, target: Target): string {
  return (target.agency && ctx.catalog.agencyById.get(target.agency)?.name) || "";
}

/** One (id, actual) cell of KH.PERCENT or KH.STATUS judged at the period (default: the target's year). */
function judge(args: ArgsOf<"PERCENT">) {
  const { id: target, actual, period } = args;
  return judgeTarget(target, { period: period ?? String(target.year), actual: actual ?? null });
}

export const specs = {
  TARGET(_ctx: FunctionContext, { id: target, year, bound }: ArgsOf<"TARGET">): number {
    if (year !== undefined && year !== target.year) {
      const perYear = (target.kind === "rate" || target.kind === "change") && year >= (target.fromYear ?? target.year) && year <= target.year;
      if (!perYear) throw errors.noValueForYear(target.id, year);
    }
    return planValue(target, bound);
  },

  INFO(ctx: FunctionContext, { id: target, field }: ArgsOf<"INFO">): string | number {
    switch (field) {
      case "agency":
        return agencyName(ctx, target);
      case "plan":
        return target.plan;
      case "source":
        return `${target.source.file}:${target.source.line} – ${target.source.text}`;
      case "text":
        return describeTarget(target);
      case "year":
        return target.year;
      default:
        return target[field];
    }
  },

  PERCENT(_ctx: FunctionContext, args: ArgsOf<"PERCENT">): CellOut {
    const e = judge(args);
    // No actual yet: an empty cell, so a fresh report sheet is not a column of errors.
    return e.value === null ? "" : e.percentOfPlan === null ? errors.notApplicable(e.why()) : e.percentOfPlan / 100;
  },

  STATUS(_ctx: FunctionContext, args: ArgsOf<"STATUS">): CellOut {
    const e = judge(args);
    return args.code ? e.status : judgementLabel(e, "vi");
  },

  EXPECTED(_ctx: FunctionContext, { id: target, period }: ArgsOf<"EXPECTED">): number {
    const evaluation = evaluateTarget(target, { period, actual: null });
    if (evaluation.expected === null) throw errors.notApplicable({ vi: evaluation.reason, en: evaluation.reasonEn });
    return evaluation.expected;
  },

  LIST(ctx: FunctionContext, { plan, agency, group }: ArgsOf<"LIST">): Matrix {
    const targets = filterTargets(ctx.catalog, { plan: plan?.id, agency, group });
    if (targets.length === 0) throw errors.notApplicable({ vi: "Không có chỉ tiêu nào khớp điều kiện", en: "No target matches" });
    const header: CellOut[] = ["Mã", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Năm", "Cơ quan chủ trì"];
    return [header, ...targets.map((t) => [t.id, t.name, t.unit, planValue(t), t.year, agencyName(ctx, t)])];
  },

  PERIOD(_ctx: FunctionContext, { date, type }: ArgsOf<"PERIOD">): string {
    return periodForDate(date, type);
  },

  DEADLINE(_ctx: FunctionContext, { period, plan }: ArgsOf<"DEADLINE">): number {
    return toExcelSerial(deadlineForPeriod(period, plan));
  },
} satisfies { [N in FunctionName]: (ctx: FunctionContext, args: ArgsOf<N>) => unknown };

export type { FunctionName } from "./declarations";
