// KH.DEADLINE, the annex and consolidation's timeliness give one answer for every plan and period.
import { loadCatalogsOrThrow } from "../../src/core/catalog/load";
import { BUNDLED_CATALOG_FILES } from "../../src/catalog-source/bundled";
import { buildAnnex } from "../../src/core/annex/build";
import { consolidate } from "../../src/core/consolidate";
import { fromExcelSerial, periodCode, type Period } from "../../src/core/periods";
import { FunctionError } from "../../src/functions/errors";
import { kh } from "./fixture";

const catalog = loadCatalogsOrThrow(BUNDLED_CATALOG_FILES);
const ctx = { catalog };

function periodsOf(year: number): Period[] {
  return [
    ...Array.from({ length: 12 }, (_, i): Period => ({ type: "month", year, month: i + 1 })),
    ...[1, 2, 3, 4].map((quarter): Period => ({ type: "quarter", year, quarter })),
    { type: "half", year },
    { type: "nine_months", year },
    { type: "year", year },
  ];
}

/** KH.DEADLINE as ISO, or null when it answers #N/A (no deadline). */
function functionDeadline(code: string, plan: string): string | null {
  const serial = kh.DEADLINE(ctx, code, plan);
  if (serial instanceof FunctionError) {
    if (serial.kind === "notAvailable") return null;
    throw new Error(serial.text.en);
  }
  const d = fromExcelSerial(serial);
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

function annexDeadlineOf(code: string, plan: string): string | null {
  const built = buildAnnex(catalog, { plan, period: code, generatedAt: "2024-01-01T00:00:00.000Z" });
  if (!built.ok) throw new Error(built.error.vi);
  return built.annex.meta.deadline ?? null;
}

/** The deadline consolidation judges timeliness by (no file received: every agency is listed with it). */
function consolidationDeadlineOf(code: string, plan: string): string | null {
  const run = consolidate(catalog, [], { plan, period: code, now: "2024-01-01T00:00:00.000Z" });
  if (!run.ok) throw new Error(run.error.vi);
  const deadlines = new Set(run.result.timeliness.map((t) => t.deadline));
  expect(deadlines.size).toBe(1);
  return [...deadlines][0];
}

describe("one deadline rule: KH.DEADLINE, the annex and consolidation agree", () => {
  for (const plan of catalog.plans) {
    test(`${plan.id}: every month, quarter, 6 and 9 months and year of 2024–2025`, () => {
      for (const p of [...periodsOf(2024), ...periodsOf(2025)]) {
        const code = periodCode(p);
        const annex = annexDeadlineOf(code, plan.id);
        expect({ code, deadline: functionDeadline(code, plan.id) }).toEqual({ code, deadline: annex });
        expect({ code, deadline: consolidationDeadlineOf(code, plan.id) }).toEqual({ code, deadline: annex });
      }
    });
  }
});

describe("the cases that used to differ, settled by the plans' own reporting rules", () => {
  test("bg-nq96 orders only a yearly report (before 15/12, document 000): no quarterly deadline", () => {
    expect(functionDeadline("2024-Q2", "bg-nq96")).toBeNull();
    expect(annexDeadlineOf("2024-Q2", "bg-nq96")).toBeNull();
    expect(functionDeadline("2024", "bg-nq96")).toBe("2024-12-14");
  });

  test("qn-cds-2024 orders one report early in Q3/2024 (taken as 15/7/2024): it is due for Q2 and the 6 months", () => {
    expect(functionDeadline("2024-Q2", "qn-cds-2024")).toBe("2024-07-15");
    expect(annexDeadlineOf("2024-6M", "qn-cds-2024")).toBe("2024-07-15");
    // …and it orders nothing for the periods still running on that date.
    expect(functionDeadline("2024-Q3", "qn-cds-2024")).toBeNull();
    expect(annexDeadlineOf("2024", "qn-cds-2024")).toBeNull();
  });

  test("a plan with no rules of its own takes the documents' defaults (quarterly: before the 15th of the last month)", () => {
    expect(functionDeadline("2024-Q2", "bg-2024")).toBe("2024-06-14");
    expect(annexDeadlineOf("2024-Q2", "bg-2024")).toBe("2024-06-14");
  });
});
