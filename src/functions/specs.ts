/**
 * KH.* functions, declared once: each entry coerces its arguments, calls the core and returns
 * cell values. Pure: no Office.js; errors are FunctionError (mapped to Excel errors by the adapter).
 */
import type { Catalog } from "../core/catalog";
import type { Target } from "../core/catalog";
import { describeTarget } from "../core/catalog";
import { filterTargets } from "../core/catalog";
import { evaluateTarget, judgeTarget, type Judgement } from "../core/evaluate";
import { judgementLabel } from "../core/evaluate";
import { parsePeriod, toExcelSerial } from "../core/periods";
import { periodForDate, deadlineForPeriod } from "./calendar";
import { asMatrix, broadcast, date, isEmpty, optionalBoolean, optionalChoice, optionalText, optionalYear, text, type Cell } from "./args";
import { optionalNumber } from "./args";
import { errors, FunctionError } from "./errors";
import { closestIds } from "./suggest";

export type CellOut = string | number | FunctionError;
export type Matrix = CellOut[][];

export interface FunctionContext {
  catalog: Catalog;
}

export const BOUNDS = ["min", "max", "mid"] as const;
export type Bound = (typeof BOUNDS)[number];
export const INFO_FIELDS = ["name", "unit", "agency", "comparator", "kind", "year", "group", "plan", "source", "text"] as const;

export function findTarget(ctx: FunctionContext, idCell: Cell): Target {
  const id = text("id", idCell);
  const target = ctx.catalog.targetById.get(id) ?? ctx.catalog.targetById.get(id.toLowerCase());
  if (!target) throw errors.unknownId(id, closestIds(id, ctx.catalog.targetById.keys()));
  return target;
}

/** The plan value: `value`, or the chosen end of a range. Default "min": the level the plan commits to at least. */
export function planValue(target: Target, bound: Bound = "min"): number {
  if (target.value !== undefined) return target.value;
  const min = target.min as number;
  const max = target.max as number;
  return bound === "max" ? max : bound === "mid" ? (min + max) / 2 : min;
}

function period(param: string, v: Cell, fallback: string): string {
  const code = isEmpty(v) ? fallback : text(param, v);
  const parsed = parsePeriod(code);
  if (!parsed.ok) throw errors.invalid(param, parsed.error);
  return code.toUpperCase().replace(/^(\d{4})-M(\d)$/, "$1-M0$2");
}

/** Evaluate each (id, actual) pair of two broadcast ranges; `pick` turns an evaluation into a cell. */
function perActual(ctx: FunctionContext, ids: Cell | Cell[][], actuals: Cell | Cell[][], periodCell: Cell, pick: (e: Judgement, t: Target) => CellOut): Matrix {
  const grid = broadcast(asMatrix<Cell>(ids as Cell), asMatrix<Cell>(actuals as Cell));
  const out: Matrix = [];
  for (let r = 0; r < grid.rows; r++) {
    const row: CellOut[] = [];
    for (let c = 0; c < grid.cols; c++) {
      const [id, actual] = grid.at(r, c);
      row.push(
        guard(() => {
          const target = findTarget(ctx, id);
          const value = optionalNumber("actual", actual);
          const judgement = judgeTarget(target, { period: period("period", periodCell, String(target.year)), actual: value ?? null });
          return pick(judgement, target);
        }),
      );
    }
    out.push(row);
  }
  return out;
}

function guard(f: () => CellOut): CellOut {
  try {
    return f();
  } catch (e) {
    if (e instanceof FunctionError) return e;
    throw e;
  }
}

export const specs = {
  TARGET(ctx: FunctionContext, id: Cell, year?: Cell, bound?: Cell): number {
    const target = findTarget(ctx, id);
    const y = optionalYear("year", year);
    const b = optionalChoice("bound", bound, BOUNDS, { "thấp": "min", "cao": "max", "giữa": "mid" }) ?? "min";
    if (y !== undefined && y !== target.year) {
      const perYear = (target.kind === "rate" || target.kind === "change") && y >= (target.fromYear ?? target.year) && y <= target.year;
      if (!perYear) throw errors.noValueForYear(target.id, y);
    }
    return planValue(target, b);
  },

  INFO(ctx: FunctionContext, id: Cell, field: Cell): string | number {
    const target = findTarget(ctx, id);
    const f = optionalChoice("field", field, INFO_FIELDS, {
      "tên": "name", "ten": "name", "đvt": "unit", "dvt": "unit", "đơn vị": "unit", "cơ quan": "agency", "co quan": "agency",
      "năm": "year", "nam": "year", "nhóm": "group", "nhom": "group", "kế hoạch": "plan", "ke hoach": "plan", "nguồn": "source", "nguon": "source",
    });
    if (!f) throw errors.missing("field");
    switch (f) {
      case "agency":
        return (target.agency && ctx.catalog.agencyById.get(target.agency)?.name) || "";
      case "plan":
        return target.plan;
      case "source":
        return `${target.source.file}:${target.source.line} – ${target.source.text}`;
      case "text":
        return describeTarget(target);
      case "year":
        return target.year;
      default:
        return target[f];
    }
  },

  PERCENT(ctx: FunctionContext, id: Cell | Cell[][], actual: Cell | Cell[][], periodCell?: Cell): Matrix {
    // No actual yet: an empty cell, so a fresh report sheet is not a column of errors.
    return perActual(ctx, id, actual, periodCell, (e) =>
      e.value === null ? "" : e.percentOfPlan === null ? errors.notApplicable(e.why()) : e.percentOfPlan / 100,
    );
  },

  STATUS(ctx: FunctionContext, id: Cell | Cell[][], actual: Cell | Cell[][], periodCell?: Cell, code?: Cell): Matrix {
    const asCode = optionalBoolean("code", code);
    return perActual(ctx, id, actual, periodCell, (e) => (asCode ? e.status : judgementLabel(e, "vi")));
  },

  EXPECTED(ctx: FunctionContext, id: Cell, periodCell: Cell): number {
    const target = findTarget(ctx, id);
    if (isEmpty(periodCell)) throw errors.missing("period");
    const evaluation = evaluateTarget(target, { period: period("period", periodCell, ""), actual: null });
    if (evaluation.expected === null) throw errors.notApplicable({ vi: evaluation.reason, en: evaluation.reasonEn });
    return evaluation.expected;
  },

  LIST(ctx: FunctionContext, plan?: Cell, agency?: Cell, group?: Cell): Matrix {
    const planId = optionalText("plan", plan);
    if (planId && !ctx.catalog.planById.has(planId)) {
      throw errors.notApplicable({ vi: `Không có kế hoạch "${planId}"`, en: `No plan "${planId}"` });
    }
    const targets = filterTargets(ctx.catalog, { plan: planId, agency: optionalText("agency", agency), group: optionalText("group", group) });
    const header: CellOut[] = ["Mã", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Năm", "Cơ quan chủ trì"];
    if (targets.length === 0) throw errors.notApplicable({ vi: "Không có chỉ tiêu nào khớp điều kiện", en: "No target matches" });
    return [
      header,
      ...targets.map((t) => [t.id, t.name, t.unit, planValue(t), t.year, (t.agency && ctx.catalog.agencyById.get(t.agency)?.name) || ""]),
    ];
  },

  PERIOD(_ctx: FunctionContext, when: Cell, type?: Cell): string {
    const d = date("date", when);
    const kind =
      optionalChoice("type", type, ["month", "quarter", "half", "nine_months", "year"] as const, {
        "tháng": "month", "thang": "month", "quý": "quarter", "quy": "quarter", "6 tháng": "half", "6m": "half",
        "9 tháng": "nine_months", "9m": "nine_months", "năm": "year", "nam": "year",
      }) ?? "quarter";
    return periodForDate(d, kind);
  },

  DEADLINE(ctx: FunctionContext, periodCell: Cell, plan?: Cell): number {
    const code = period("period", periodCell, "");
    const planId = optionalText("plan", plan);
    const planRecord = planId ? ctx.catalog.planById.get(planId) : undefined;
    if (planId && !planRecord) throw errors.notApplicable({ vi: `Không có kế hoạch "${planId}"`, en: `No plan "${planId}"` });
    return toExcelSerial(deadlineForPeriod(code, planRecord));
  },
};

export type { FunctionName } from "./declarations";
