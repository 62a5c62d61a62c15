import { COMPARATORS, DIRECTIONS, TARGET_KINDS, type Comparator, type Direction, type TargetKind } from "../../../src/core/catalog/schema";
import { evaluateTarget, tryEvaluateTarget, EvaluationInputError, STATUS_LABELS, resolveSettings, roundTo, displayDecimals, DEFAULT_SETTINGS } from "../../../src/core/evaluate";
import { target } from "./helpers";

/**
 * The documented rule for "better" (docs/evaluation.md, "Chiều đánh giá"): a ceiling (<, <=) means
 * lower is better, a floor (>, >=) higher; "=" and "~" follow the direction, except that rate and
 * change targets of a decreasing indicator state the size of the fall, where a bigger fall is better.
 */
function higherIsBetter(kind: TargetKind, comparator: Comparator, direction: Direction): boolean {
  if (comparator === "<" || comparator === "<=") return false;
  if (comparator === ">" || comparator === ">=") return true;
  return kind === "rate" || kind === "change" ? true : direction === "increase";
}

const combos = TARGET_KINDS.flatMap((kind) => COMPARATORS.flatMap((comparator) => DIRECTIONS.map((direction) => ({ kind, comparator, direction }))));

describe.each(combos)("$kind $comparator $direction, target 10 for 2024, judged on the 2024 figure", ({ kind, comparator, direction }) => {
  const t = target({ kind, comparator, direction, value: 10 });
  const higher = higherIsBetter(kind, comparator, direction);
  // For change targets the figure per year is given directly here; levels → change is tested below.
  const judge = (actual: number | null) => evaluateTarget(t, { period: "2024", actual, measure: "per_year" });

  test("a clearly better result is achieved, at 110% of plan", () => {
    const r = judge(higher ? 11 : 9);
    expect(r.status).toBe("achieved");
    expect(r.percentOfPlan).toBe(110);
  });

  test("a clearly worse result at the end of the target year is off track, at 50% of plan", () => {
    const r = judge(higher ? 5 : 15);
    expect(r.status).toBe("off_track");
    expect(r.percentOfPlan).toBe(50);
    expect(r.reason).toMatch(/^Không đạt mục tiêu năm 2024/);
  });

  test(`exactly the figure ${comparator === ">" || comparator === "<" ? "does not" : "does"} reach a "${comparator}" target`, () => {
    expect(judge(10).status).toBe(comparator === ">" || comparator === "<" ? "off_track" : "achieved");
  });

  test("no actual: no_data, with the expected value still given", () => {
    const r = judge(null);
    expect(r.status).toBe("no_data");
    expect(r.expected).toBe(10);
    expect(r.percentOfPlan).toBeNull();
    expect(r.reason).toMatch(/^Chưa có số liệu năm 2024/);
  });
});

describe("flow: accumulated within the year, judged against the pro-rated pace (DHIS2)", () => {
  const exports = target({ kind: "flow", comparator: "=", direction: "increase", unit: "tỷ USD", value: 52, year: 2023 });

  test("a six-month figure against half the annual target; percentOfPlan is of the annual target", () => {
    const r = evaluateTarget(exports, { period: "2023-6M", actual: 19.7 });
    expect(r.expected).toBe(26);
    expect(r.percentOfPlan).toBe(37.9); // 19,7 / 52
    expect(r.status).toBe("at_risk"); // 19,7 / 26 = 0,758
    expect(r.reason).toBe("Chậm 24,2% so với tiến độ cần đạt đến 30/6/2023 (19,7 tỷ USD, cần 26 tỷ USD)");
    expect(r.reasonEn).toBe("24.2% behind the pace required by 30 Jun 2023 (19.7 tỷ USD, required 26 tỷ USD)");
  });

  test("the brief's example wording: 12% behind the pace required by 30/6", () => {
    const t = target({ kind: "flow", comparator: "=", direction: "increase", unit: "tỷ đồng", value: 100 });
    expect(evaluateTarget(t, { period: "2024-6M", actual: 44 }).reason).toBe("Chậm 12% so với tiến độ cần đạt đến 30/6/2024 (44 tỷ đồng, cần 50 tỷ đồng)");
  });

  test("quarters are year to date by default; 'period_only' pro-rates one quarter", () => {
    expect(evaluateTarget(exports, { period: "2023-Q3", actual: 30 }).expected).toBe(39);
    expect(evaluateTarget(exports, { period: "2023-Q3", actual: 14 }, { flowActuals: "period_only" }).expected).toBe(13);
    expect(evaluateTarget(exports, { period: "2023-M02", actual: 8 }).expected).toBe(8.7); // 52 × 2/12
  });

  test("a seasonal profile moves the pace: a back-loaded year needs less by 30/6", () => {
    const backLoaded = [1, 1, 1, 1, 1, 1, 3, 3, 3, 3, 3, 3];
    const r = evaluateTarget(exports, { period: "2023-6M", actual: 19.7 }, { seasonalProfiles: { [exports.id]: backLoaded } });
    expect(r.expected).toBe(13);
    expect(r.status).toBe("on_track");
    expect(evaluateTarget(exports, { period: "2023-6M", actual: 19.7, seasonalProfile: backLoaded }).expected).toBe(13);
  });

  test("the annual total reached before the year ends is achieved", () => {
    expect(evaluateTarget(exports, { period: "2023-9M", actual: 53 }).status).toBe("achieved");
  });

  test("a lower-is-better flow (a yearly ceiling) is on track below the pace, achieved only at year end", () => {
    const accidents = target({ kind: "flow", comparator: "<=", direction: "decrease", unit: "vụ", value: 100 });
    const mid = evaluateTarget(accidents, { period: "2024-6M", actual: 40 });
    expect(mid.expected).toBe(50);
    expect(mid.status).toBe("on_track");
    expect(evaluateTarget(accidents, { period: "2024-6M", actual: 70 }).status).toBe("at_risk"); // 2 − 70/50 = 0,6
    expect(evaluateTarget(accidents, { period: "2024-6M", actual: 71 }).status).toBe("off_track");
    expect(evaluateTarget(accidents, { period: "2024", actual: 95 }).status).toBe("achieved");
    expect(evaluateTarget(accidents, { period: "2024", actual: 120 }).status).toBe("off_track");
  });
});

describe("level: on the path from the baseline to the target year", () => {
  const forest = target({ kind: "level", comparator: "=", direction: "increase", value: 40, year: 2030, baseline: { year: 2021, value: 37 } });

  test("linear for percentages: 2024 is a third of the way from 37 (2021) to 40 (2030)", () => {
    expect(evaluateTarget(forest, { period: "2024", actual: 38 }).expected).toBe(38);
    expect(evaluateTarget(forest, { period: "2024", actual: 38 }).status).toBe("on_track");
    expect(evaluateTarget(forest, { period: "2024-6M", actual: 38 }).expected).toBe(37.8); // 37 + 3 × 2,5/9
  });

  test("progress ratio (sdg-build): observed progress over required progress, 0,95 / 0,6", () => {
    expect(evaluateTarget(forest, { period: "2024", actual: 37.95 }).status).toBe("on_track"); // 38,0 shown
    expect(evaluateTarget(forest, { period: "2024", actual: 37.9 }).status).toBe("at_risk"); // 0,9
    expect(evaluateTarget(forest, { period: "2024", actual: 37.6 }).status).toBe("at_risk"); // 0,6
    expect(evaluateTarget(forest, { period: "2024", actual: 37.5 }).status).toBe("off_track"); // 0,5
  });

  test("falling back below the baseline is called what it is", () => {
    const r = evaluateTarget(forest, { period: "2024", actual: 36.5 });
    expect(r.status).toBe("off_track");
    expect(r.reason).toBe("Đi ngược mục tiêu: 36,5%, kém hơn năm gốc 2021 (37%)");
  });

  test("percentOfPlan is against the target figure as written", () => {
    expect(evaluateTarget(forest, { period: "2024", actual: 38 }).percentOfPlan).toBe(95);
  });

  test("the target reached early is achieved, and the reason says it is early", () => {
    const r = evaluateTarget(forest, { period: "2024", actual: 40.2 });
    expect(r.status).toBe("achieved");
    expect(r.reason).toBe("Đạt: 40,2% so với mục tiêu 40% (trước năm 2030)");
  });

  test("compound for money: GRDP per head from 2.000 USD (2020) to 4.000 USD (2030) is 2.828,4 USD in 2025", () => {
    const perHead = target({ kind: "level", comparator: "=", direction: "increase", unit: "USD", value: 4000, year: 2030, baseline: { year: 2020, value: 2000 } });
    expect(evaluateTarget(perHead, { period: "2025", actual: null }).expected).toBe(2828.4);
    expect(evaluateTarget(perHead, { period: "2025", actual: null }, { path: "linear" }).expected).toBe(3000);
  });

  test("a lower-is-better level follows its path downwards", () => {
    const poverty = target({ kind: "level", comparator: "=", direction: "decrease", value: 2, year: 2025, baseline: { year: 2020, value: 6 } });
    const r = evaluateTarget(poverty, { period: "2023", actual: 3.8 });
    expect(r.expected).toBe(3.6);
    expect(r.status).toBe("at_risk"); // (6 − 3,8) / (6 − 3,6) = 0,917
    expect(evaluateTarget(poverty, { period: "2023", actual: 3.6 }).status).toBe("on_track");
    expect(evaluateTarget(poverty, { period: "2023", actual: 1.9 }).status).toBe("achieved");
    expect(evaluateTarget(poverty, { period: "2025", actual: 2.4 }).status).toBe("off_track");
  });

  test("without a baseline: no expected value, compared with the final target, and the reason says so", () => {
    const noBase = target({ kind: "level", comparator: "=", direction: "increase", value: 40, year: 2030 });
    const r = evaluateTarget(noBase, { period: "2024", actual: 38 });
    expect(r.expected).toBeNull();
    expect(r.status).toBe("on_track"); // 38 / 40 = 0,95
    expect(r.reason).toContain("chưa có số liệu năm gốc nên so trực tiếp với mục tiêu năm 2030");
    expect(r.reasonEn).toContain("no baseline");
    const empty = evaluateTarget(noBase, { period: "2024", actual: null });
    expect(empty.expected).toBeNull();
    expect(empty.reason).toBe("Chưa có số liệu năm 2024; chưa có số liệu năm gốc nên chưa tính được mức cần đạt trước năm 2030");
  });

  test("an earlier reported level may serve as the baseline, and the reason says where it came from", () => {
    const noBase = target({ kind: "level", comparator: "=", direction: "increase", value: 40, year: 2030 });
    const r = evaluateTarget(noBase, { period: "2024", actual: 38, history: [{ year: 2021, value: 37 }] });
    expect(r.expected).toBe(38);
    expect(r.reason).toContain("năm gốc 2021 lấy từ số liệu thực hiện");
  });
});

describe("rate: a yearly rate, judged year by year", () => {
  const growth = target({ kind: "rate", comparator: "~", direction: "increase", min: 15, max: 16, value: undefined });

  test("a band 'khoảng 15–16%' is reached from its lower end, less the tolerance (2%: 14,7)", () => {
    expect(evaluateTarget(growth, { period: "2024", actual: 17 }).status).toBe("achieved");
    expect(evaluateTarget(growth, { period: "2024", actual: 15.5 }).status).toBe("achieved");
    expect(evaluateTarget(growth, { period: "2024", actual: 14.7 }).status).toBe("achieved");
    expect(evaluateTarget(growth, { period: "2024", actual: 14.6 }).status).toBe("off_track");
    expect(evaluateTarget(growth, { period: "2024", actual: 14.8 }, { approxTolerance: 0 }).status).toBe("off_track");
  });

  test("a six-month rate is judged against the yearly rate, and is never 'achieved' before the year ends", () => {
    const r = evaluateTarget(growth, { period: "2024-6M", actual: 10.94 });
    expect(r.status).toBe("at_risk"); // 10,9 / 15
    expect(r.percentOfPlan).toBe(72.7);
    expect(evaluateTarget(growth, { period: "2024-6M", actual: 15.2 }).status).toBe("on_track");
  });

  test("a multi-year average rate is not final before its last year", () => {
    const average = target({ kind: "rate", comparator: "=", direction: "increase", value: 15, fromYear: 2021, year: 2030 });
    expect(evaluateTarget(average, { period: "2024", actual: 14.3 }).status).toBe("on_track"); // 0,953
    expect(evaluateTarget(average, { period: "2024", actual: 14 }).status).toBe("at_risk"); // 0,933
    expect(evaluateTarget(average, { period: "2030", actual: 14.3 }).status).toBe("off_track");
  });

  test("given as levels, the rate is computed from last year's level", () => {
    const t = target({ kind: "rate", comparator: "=", direction: "increase", value: 10, unit: "tỷ đồng", year: 2025 });
    const r = evaluateTarget(t, { period: "2024", actual: 108, measure: "level", history: [{ year: 2023, value: 100 }] });
    expect(r.expected).toBe(110);
    expect(r.percentOfPlan).toBe(80); // grew 8% of the 10% required
    expect(r.status).toBe("at_risk");
  });

  test("a ceiling on growth ('tăng dưới 4%/năm'): lower is better", () => {
    const prices = target({ kind: "rate", comparator: "<", direction: "decrease", value: 4 });
    expect(evaluateTarget(prices, { period: "2024", actual: 3.5 }).status).toBe("achieved");
    expect(evaluateTarget(prices, { period: "2024", actual: 4.5 }).status).toBe("off_track");
  });
});

describe("change: points per year, from consecutive yearly levels", () => {
  const poverty = target({ kind: "change", comparator: "~", direction: "decrease", min: 1, max: 1.5, value: undefined, fromYear: 2021, year: 2025 });

  test("poverty 4,5% → 3,2%: down 1,3 points, inside 'giảm 1–1,5 điểm/năm'", () => {
    const r = evaluateTarget(poverty, { period: "2023", actual: 3.2, history: [{ year: 2022, value: 4.5 }] });
    expect(r.status).toBe("achieved");
    expect(r.expected).toBe(3.5);
    expect(r.percentOfPlan).toBe(130);
    expect(r.reason).toBe("Đạt: giảm 1,3%/năm so với mục tiêu giảm khoảng 1–1,5%/năm (trước năm 2025)");
  });

  test("too small a fall is behind; a rise moves away from the target", () => {
    expect(evaluateTarget(poverty, { period: "2023", actual: 3.8, history: [{ year: 2022, value: 4.5 }] }).status).toBe("at_risk");
    const rise = evaluateTarget(poverty, { period: "2023", actual: 4.7, history: [{ year: 2022, value: 4.5 }] });
    expect(rise.status).toBe("off_track");
    expect(rise.reason).toMatch(/^Đi ngược mục tiêu: tăng 0,2%\/năm/);
  });

  test("from the baseline when there is no history: the average fall per year", () => {
    const withBase = { ...poverty, baseline: { year: 2020, value: 6 } };
    const r = evaluateTarget(withBase, { period: "2023", actual: 3 });
    expect(r.expected).toBe(3);
    expect(r.status).toBe("achieved");
  });

  test("neither history nor baseline: nothing to measure from, said plainly", () => {
    const r = evaluateTarget(poverty, { period: "2023", actual: 3.2 });
    expect(r.status).toBe("no_data");
    expect(r.reason).toContain("thiếu số liệu năm trước hoặc năm gốc");
  });
});

describe("comparators and tolerance", () => {
  test("'~' forgives the worse side only within the tolerance", () => {
    const t = target({ kind: "level", comparator: "~", direction: "increase", value: 14.5 });
    expect(evaluateTarget(t, { period: "2024", actual: 14.3 }).status).toBe("achieved"); // ≥ 14,21
    expect(evaluateTarget(t, { period: "2024", actual: 14.2 }).status).toBe("off_track");
    expect(evaluateTarget(t, { period: "2024", actual: 14.2 }, { approxTolerance: 0.05 }).status).toBe("achieved");
  });

  test("'>' (trên) is strict, '>=' (ít nhất) is not", () => {
    const over = target({ kind: "level", comparator: ">", direction: "increase", value: 80 });
    const atLeast = target({ kind: "level", comparator: ">=", direction: "increase", value: 80 });
    expect(evaluateTarget(over, { period: "2024", actual: 80 }).status).toBe("off_track");
    expect(evaluateTarget(over, { period: "2024", actual: 80.1 }).status).toBe("achieved");
    expect(evaluateTarget(atLeast, { period: "2024", actual: 80 }).status).toBe("achieved");
  });

  test("percentOfPlan for a lower-is-better target: each 1% under the ceiling counts 1% above plan", () => {
    const t = target({ kind: "level", comparator: "<=", direction: "decrease", value: 10 });
    expect(evaluateTarget(t, { period: "2024", actual: 8 }).percentOfPlan).toBe(120);
    expect(evaluateTarget(t, { period: "2024", actual: 12 }).percentOfPlan).toBe(80);
    expect(evaluateTarget(t, { period: "2024", actual: 35 }).percentOfPlan).toBe(0);
  });
});

describe("statuses are computed on values as displayed", () => {
  const water = target({ kind: "level", comparator: ">=", direction: "increase", value: 95 });

  test("94,96% shows as 95,0% and so reaches 95%", () => {
    expect(evaluateTarget(water, { period: "2024", actual: 94.96 }).status).toBe("achieved");
    expect(evaluateTarget(water, { period: "2024", actual: 94.94 }).status).toBe("off_track");
  });

  test("the caller's display precision wins", () => {
    expect(evaluateTarget(water, { period: "2024", actual: 94.96, decimals: 2 }).status).toBe("off_track");
    expect(evaluateTarget(water, { period: "2024", actual: 94.96 }, { valueDecimals: 2 }).status).toBe("off_track");
  });

  test("rounding is half away from zero on the decimal figures people type", () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(2.675, 2)).toBe(2.68);
    expect(roundTo(-2.345, 2)).toBe(-2.35);
    expect(roundTo(94.96, 1)).toBe(95);
    expect(roundTo(5e-324, 1)).toBe(0);
  });

  test("display precision follows the target's own figures, 1 to 3 decimals", () => {
    expect(displayDecimals(target({ kind: "level", comparator: "=", direction: "increase", value: 92 }), DEFAULT_SETTINGS)).toBe(1);
    expect(displayDecimals(target({ kind: "level", comparator: "=", direction: "increase", value: 0.85 }), DEFAULT_SETTINGS)).toBe(2);
    expect(displayDecimals(target({ kind: "level", comparator: "=", direction: "increase", value: 1.23456 }), DEFAULT_SETTINGS)).toBe(3);
  });

  test("a progress ratio shown as 95,0% is on track", () => {
    const flow = target({ kind: "flow", comparator: "=", direction: "increase", unit: "tỷ đồng", value: 100 });
    expect(evaluateTarget(flow, { period: "2024-6M", actual: 47.48, decimals: 2 }).status).toBe("on_track"); // 94,96% → 95,0%
    expect(evaluateTarget(flow, { period: "2024-6M", actual: 47.47, decimals: 2 }).status).toBe("at_risk"); // 94,94% → 94,9%
  });
});

describe("overrides, settings, bad input", () => {
  const t = target({ kind: "flow", comparator: "=", direction: "increase", unit: "tỷ đồng", value: 100 });

  test("a manual override replaces the status and keeps the reason and the computed status", () => {
    const override = { status: "on_track" as const, reason: "Quý III có dự án lớn đi vào hoạt động", by: "Sở KH&ĐT" };
    const r = evaluateTarget(t, { period: "2024-6M", actual: 25, override });
    expect(r.status).toBe("on_track");
    expect(r.computedStatus).toBe("off_track");
    expect(r.override).toEqual(override);
    expect(r.reason).toContain("Quý III có dự án lớn đi vào hoạt động");
    expect(r.reason).toContain(STATUS_LABELS.off_track.vi);
  });

  test("thresholds are settings", () => {
    expect(evaluateTarget(t, { period: "2024-6M", actual: 45 }).status).toBe("at_risk"); // 0,9
    expect(evaluateTarget(t, { period: "2024-6M", actual: 45 }, { onTrackRatio: 0.9 }).status).toBe("on_track");
    expect(evaluateTarget(t, { period: "2024-6M", actual: 25 }, { atRiskRatio: 0.5 }).status).toBe("at_risk");
  });

  test("invalid settings are refused, naming the field", () => {
    expect(() => resolveSettings({ atRiskRatio: 0.99, onTrackRatio: 0.9 })).toThrow(/atRiskRatio/);
    expect(() => resolveSettings({ approxTolerance: -1 })).toThrow(/approxTolerance/);
  });

  test("an invalid period is an input error in both languages", () => {
    expect(() => evaluateTarget(t, { period: "2024-Q9", actual: 1 })).toThrow(EvaluationInputError);
    const r = tryEvaluateTarget(t, { period: "2024-Q9", actual: 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.en).toMatch(/not a valid period code/);
    expect(() => evaluateTarget(t, { period: "2024", actual: Number.NaN })).toThrow(EvaluationInputError);
  });

  test("the period code comes back canonical", () => {
    expect(evaluateTarget(t, { period: "2024-q2", actual: 1 }).period).toBe("2024-Q2");
  });
});

test("English reasons write English number marks, Vietnamese ones Vietnamese", () => {
  const target = {
    id: "x.poverty", plan: "x", name: "Tỷ lệ hộ nghèo", unit: "%", value: 1.8, comparator: "=" as const, kind: "level" as const,
    direction: "decrease" as const, year: 2024, group: "Văn hóa – xã hội", source: { file: "f", line: 1, text: "t" },
  };
  const e = evaluateTarget(target, { period: "2024", actual: 1.6 });
  expect(e.reason).toContain("1,8%");
  expect(e.reasonEn).toContain("1.8%");
  expect(e.reasonEn).not.toMatch(/\d,\d/);
});
