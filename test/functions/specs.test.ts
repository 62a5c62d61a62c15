import { FunctionError } from "../../src/functions/errors";
import { fromExcelSerial } from "../../src/core/periods";
import { catalog, kh } from "./fixture";

const ctx = { catalog };

function errorOf(f: () => unknown): FunctionError {
  try {
    const result = f();
    const cell = Array.isArray(result) ? result[0][0] : result;
    if (cell instanceof FunctionError) return cell;
  } catch (e) {
    if (e instanceof FunctionError) return e;
    throw e;
  }
  throw new Error("expected a FunctionError");
}

describe("KH.TARGET", () => {
  test("a single value, and a range's documented default (the lower end)", () => {
    expect(kh.TARGET(ctx, "t.forest")).toBe(37.6);
    expect(kh.TARGET(ctx, "t.growth")).toBe(15);
    expect(kh.TARGET(ctx, "t.growth", undefined, "max")).toBe(16);
    expect(kh.TARGET(ctx, "t.growth", "", "mid")).toBe(15.5);
  });

  test("a per-year rate applies to every year of its period, a level only to its year", () => {
    expect(kh.TARGET(ctx, "t.growth", 2025)).toBe(15);
    expect(kh.TARGET(ctx, "t.growth", "2026")).toBe(15);
    const e = errorOf(() => kh.TARGET(ctx, "t.forest", 2030));
    expect(e.kind).toBe("notAvailable");
    expect(e.text.vi).toContain("2030");
  });

  test("an unknown id is #N/A naming the id and the closest ids", () => {
    const e = errorOf(() => kh.TARGET(ctx, "t.forst"));
    expect(e.kind).toBe("notAvailable");
    expect(e.text.vi).toContain('"t.forst"');
    expect(e.text.vi).toContain("t.forest");
    expect(e.text.en).toMatch(/Did you mean/);
  });

  test("an empty id or a bad bound is #VALUE! with the reason", () => {
    expect(errorOf(() => kh.TARGET(ctx, "")).kind).toBe("invalidValue");
    const e = errorOf(() => kh.TARGET(ctx, "t.growth", undefined, "top"));
    expect(e.kind).toBe("invalidValue");
    expect(e.text.vi).toContain("min, max, mid");
  });
});

describe("KH.INFO", () => {
  test("fields a report needs, text as a person writes it", () => {
    expect(kh.INFO(ctx, "t.growth", "name")).toBe("Tốc độ tăng trưởng GRDP");
    expect(kh.INFO(ctx, "t.growth", "unit")).toBe("%");
    expect(kh.INFO(ctx, "t.growth", "agency")).toBe("Sở Tài chính");
    expect(kh.INFO(ctx, "t.growth", "text")).toBe("tăng khoảng 15–16%/năm");
    expect(kh.INFO(ctx, "t.growth", "year")).toBe(2030);
    expect(kh.INFO(ctx, "t.growth", "plan")).toBe("t");
    expect(kh.INFO(ctx, "t.growth", "source")).toContain("test.txt:1");
    expect(kh.INFO(ctx, "t.poverty", "text")).toBe("dưới 2%");
  });

  test("Vietnamese field names work too; an unknown field says which are allowed", () => {
    expect(kh.INFO(ctx, "t.forest", "ĐVT")).toBe("%");
    expect(errorOf(() => kh.INFO(ctx, "t.forest", "colour")).text.vi).toContain("name, unit");
  });
});

describe("KH.PERCENT and KH.STATUS", () => {
  test("% of plan is a fraction so Excel's % format applies", () => {
    const [[p]] = kh.PERCENT(ctx, "t.forest", 37.6);
    expect(p).toBeCloseTo(1, 5);
    const [[half]] = kh.PERCENT(ctx, "t.export", 500, "2024");
    expect(half).toBeCloseTo(0.5, 5);
  });

  test("an actual typed as vi-VN text with a thousands dot ('4.320', as in the preview) is a number, not #VALUE!", () => {
    const [[p]] = kh.PERCENT(ctx, "t.export", "4.320", "2024");
    expect(p).toBeCloseTo(4.32, 5);
  });

  test("no actual yet gives an empty cell, not an error", () => {
    expect(kh.PERCENT(ctx, "t.forest", "")).toEqual([[""]]);
    expect(kh.PERCENT(ctx, [["t.forest"], ["t.export"]], [[""], [250]], "2024")[0][0]).toBe("");
  });

  test("vi-VN number text is read as a number", () => {
    expect(kh.PERCENT(ctx, "t.forest", "18,8")[0][0]).toBeCloseTo(0.5, 5);
    expect(kh.STATUS(ctx, "t.forest", "37,6")[0][0]).toBe("Đạt");
  });

  test("labels in Vietnamese, or codes when asked", () => {
    expect(kh.STATUS(ctx, "t.forest", 37.6)).toEqual([["Đạt"]]);
    expect(kh.STATUS(ctx, "t.forest", 37.6, undefined, true)).toEqual([["achieved"]]);
    expect(kh.STATUS(ctx, "t.forest", "", undefined, true)).toEqual([["no_data"]]);
    expect(kh.STATUS(ctx, "t.forest", null)).toEqual([["Chưa có số liệu"]]);
  });

  test("lower is better: a poverty rate above its ceiling is not achieved", () => {
    expect(kh.STATUS(ctx, "t.poverty", 1.5, undefined, true)).toEqual([["achieved"]]);
    expect(kh.STATUS(ctx, "t.poverty", 4, undefined, true)[0][0]).not.toBe("achieved");
  });

  test("once the target's year has ended a miss is final, 'Không đạt'; within the year it is late", () => {
    expect(kh.STATUS(ctx, "t.poverty", 4)).toEqual([["Không đạt"]]);
    expect(kh.STATUS(ctx, "t.export", 500, "2024")).toEqual([["Không đạt"]]);
    expect(kh.STATUS(ctx, "t.export", 100, "2024-Q2")[0][0]).not.toBe("Không đạt");
    expect(kh.STATUS(ctx, "t.poverty", 4, undefined, true)).toEqual([["off_track"]]);
  });

  test("a column of actuals gives a column of results; one id broadcasts", () => {
    const result = kh.STATUS(ctx, [["t.export"]], [[1000], [500], [""]], "2024", true);
    expect(result).toEqual([["achieved"], [expect.any(String)], ["no_data"]]);
    expect(result[1][0]).not.toBe("achieved");
  });

  test("a column of ids beside a column of actuals", () => {
    const result = kh.STATUS(ctx, [["t.forest"], ["t.poverty"]], [[37.6], [1]], undefined, true);
    expect(result).toEqual([["achieved"], ["achieved"]]);
  });

  test("errors stay in their own cell: one unknown id does not spoil the column", () => {
    const result = kh.STATUS(ctx, [["t.forest"], ["nope"]], [[37.6], [1]]);
    expect(result[0][0]).toBe("Đạt");
    expect(result[1][0]).toBeInstanceOf(FunctionError);
    expect((result[1][0] as FunctionError).kind).toBe("notAvailable");
  });

  test("ranges of different sizes are #VALUE!", () => {
    expect(errorOf(() => kh.STATUS(ctx, [["t.forest"], ["t.poverty"]], [[1], [2], [3]])).kind).toBe("invalidValue");
  });

  test("a bad period or an unparsable actual is #VALUE! with the reason", () => {
    const period = errorOf(() => kh.PERCENT(ctx, "t.forest", 30, "2024-Q5"));
    expect(period.kind).toBe("invalidValue");
    // The Vietnamese names the argument in Vietnamese words, never its English name ("Đối số period").
    expect(period.text.vi).toMatch(/^Kỳ báo cáo không hợp lệ/);
    expect(period.text.en).toContain("period");
    const actual = errorOf(() => kh.PERCENT(ctx, "t.forest", "nhiều"));
    expect(actual.kind).toBe("invalidValue");
    expect(actual.text.vi).toContain("không phải là số");
    expect(actual.text.vi).toMatch(/^Số thực hiện không hợp lệ/);
    expect(`${period.text.vi} ${actual.text.vi}`).not.toMatch(/Đối số|\b(actual|period)\b/);
  });
});

describe("KH.EXPECTED", () => {
  test("a flow target pro-rated to the half year", () => {
    const value = kh.EXPECTED(ctx, "t.export", "2024-6M");
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(1000);
  });

  test("needs a period", () => {
    expect(errorOf(() => kh.EXPECTED(ctx, "t.export", "")).kind).toBe("invalidValue");
  });
});

describe("KH.LIST", () => {
  test("a header row then one row per target, filtered diacritic-insensitively", () => {
    const all = kh.LIST(ctx);
    expect(all[0]).toEqual(["Mã", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Năm", "Cơ quan chủ trì"]);
    expect(all).toHaveLength(1 + catalog.targets.length);
    const finance = kh.LIST(ctx, undefined, "so tai chinh");
    expect(finance.slice(1).map((r: unknown[]) => r[0])).toEqual(["t.growth", "t.export"]);
    const env = kh.LIST(ctx, "t", undefined, "moi truong");
    expect(env.slice(1).map((r: unknown[]) => r[0])).toEqual(["t.forest"]);
  });

  test("an unknown plan is #N/A", () => {
    expect(errorOf(() => kh.LIST(ctx, "zz")).kind).toBe("notAvailable");
  });
});

describe("KH.PERIOD and KH.DEADLINE", () => {
  test("dates fall into periods by the Decree 09 cut-offs (15th of the month before)", () => {
    expect(kh.PERIOD(ctx, "2024-06-10")).toBe("2024-Q2");
    expect(kh.PERIOD(ctx, "20/6/2024")).toBe("2024-Q3");
    expect(kh.PERIOD(ctx, "2024-12-20", "năm")).toBe("2025");
    expect(kh.PERIOD(ctx, "2024-03-14", "month")).toBe("2024-M03");
  });

  test("Excel date serials are accepted", () => {
    // 45457 is 15/6/2024 in Excel's calendar
    expect(fromExcelSerial(45458)).toEqual({ year: 2024, month: 6, day: 15 });
    expect(kh.PERIOD(ctx, 45458)).toBe("2024-Q3");
  });

  test("a date that does not exist is #VALUE!", () => {
    expect(errorOf(() => kh.PERIOD(ctx, "31/2/2024")).kind).toBe("invalidValue");
  });

  test("quarterly deadline: before the 15th of the quarter's last month, as an Excel date", () => {
    const serial = kh.DEADLINE(ctx, "2024-Q2", "t");
    expect(fromExcelSerial(serial)).toEqual({ year: 2024, month: 6, day: 14 });
    const yearly = kh.DEADLINE(ctx, "2024");
    expect(fromExcelSerial(yearly)).toEqual({ year: 2024, month: 12, day: 14 });
  });
});
