// Arguments as users type them, coerced by the one runner from the kinds the declarations table gives.
import { FunctionError } from "../../src/functions/errors";
import { catalog, kh } from "./fixture";

const ctx = { catalog };

function error(result: unknown): FunctionError {
  const cell = Array.isArray(result) ? result[0][0] : result;
  if (!(cell instanceof FunctionError)) throw new Error(`expected a FunctionError, got ${JSON.stringify(result)}`);
  return cell;
}

test("a number may be vi-VN text: a thousands dot and a decimal comma", () => {
  expect(kh.PERCENT(ctx, "t.export", "1.000", "2024")[0][0]).toBeCloseTo(1, 5);
  expect(kh.PERCENT(ctx, "t.forest", " 37,6 ")[0][0]).toBeCloseTo(1, 5);
  const flag = error(kh.PERCENT(ctx, "t.forest", true));
  expect(flag.kind).toBe("invalidValue");
  expect(flag.text.vi).toMatch(/^Số thực hiện không hợp lệ: cần một số/);
});

test("a year is a number or its text, within the plan years", () => {
  expect(kh.TARGET(ctx, "t.growth", "2025")).toBe(15);
  expect(error(kh.TARGET(ctx, "t.growth", 1850)).text.vi).toBe("Năm không hợp lệ: năm 1850 không hợp lệ");
});

test("a period is written any case, a one-digit month is padded", () => {
  expect(kh.EXPECTED(ctx, "t.export", "2024-m3")).toBe(kh.EXPECTED(ctx, "t.export", "2024-M03"));
  expect(error(kh.DEADLINE(ctx, "2024-m3")).text.vi).toContain("kỳ 2024-M03");
  expect(kh.DEADLINE(ctx, "2024-q2", "t")).toBe(kh.DEADLINE(ctx, "2024-Q2", "t"));
  expect(error(kh.DEADLINE(ctx, "quý 2")).text.vi).toMatch(/^Kỳ báo cáo không hợp lệ/);
});

test("a date is an Excel serial, ISO text or dd/mm/yyyy, and must exist", () => {
  expect(kh.PERIOD(ctx, "2024-06-10")).toBe(kh.PERIOD(ctx, "10/6/2024"));
  expect(kh.PERIOD(ctx, "10.06.2024")).toBe("2024-Q2");
  expect(error(kh.PERIOD(ctx, 0)).kind).toBe("invalidValue");
  expect(error(kh.PERIOD(ctx, "30/2/2024")).text.vi).toContain("không tồn tại");
  expect(error(kh.PERIOD(ctx, "hôm nay")).text.vi).toContain("dd/mm/yyyy");
});

test("a choice takes its words in any case or a Vietnamese alias, and an empty cell is its default", () => {
  expect(kh.TARGET(ctx, "t.growth", undefined, "CAO")).toBe(16);
  expect(kh.TARGET(ctx, "t.growth", null, "")).toBe(15);
  expect(kh.PERIOD(ctx, "2024-03-14", "tháng")).toBe("2024-M03");
  expect(kh.PERIOD(ctx, "2024-03-14", null)).toBe(kh.PERIOD(ctx, "2024-03-14", "quarter"));
  expect(error(kh.PERIOD(ctx, "2024-03-14", "tuần")).text.en).toBe("Invalid type: choose one of: month, quarter, half, nine_months, year");
});

test("a flag takes TRUE/FALSE, numbers and the Vietnamese words", () => {
  expect(kh.STATUS(ctx, "t.forest", 37.6, null, "đúng")).toEqual([["achieved"]]);
  expect(kh.STATUS(ctx, "t.forest", 37.6, null, 0)).toEqual([["Đạt"]]);
  expect(error(kh.STATUS(ctx, "t.forest", 37.6, null, "có lẽ")).kind).toBe("invalidValue");
});

test("a target or plan id is trimmed and looked up; an unknown one is #N/A", () => {
  expect(kh.TARGET(ctx, "  T.FOREST ")).toBe(37.6);
  expect(error(kh.DEADLINE(ctx, "2024-Q2", "khong-co")).kind).toBe("notAvailable");
  expect(error(kh.LIST(ctx, "khong-co")).text.vi).toBe('Không có kế hoạch "khong-co"');
});

test("a required argument left empty says which, in Vietnamese words", () => {
  expect(error(kh.TARGET(ctx, "")).text.vi).toBe("Thiếu mã chỉ tiêu");
  expect(error(kh.EXPECTED(ctx, "t.export", null)).text.vi).toBe("Thiếu kỳ báo cáo");
  expect(error(kh.INFO(ctx, "t.export")).text.vi).toBe("Thiếu thông tin cần lấy");
});

test("more arguments than declared is #VALUE! naming the parameters", () => {
  const e = error(kh.EXPECTED(ctx, "t.export", "2024", "extra"));
  expect(e.kind).toBe("invalidValue");
  expect(e.text.en).toBe("KH.EXPECTED takes at most 2 arguments (id, period)");
});

test("ranges spread: a single cell stretches, a bad cell stays in its cell, a bad single argument is the call's error", () => {
  const column = kh.PERCENT(ctx, "t.export", [[500], ["nhiều"], [""]], "2024");
  expect(column).toHaveLength(3);
  expect(column[0][0]).toBeCloseTo(0.5, 5);
  expect(error([[column[1][0]]]).text.vi).toMatch(/^Số thực hiện không hợp lệ/);
  expect(column[2][0]).toBe("");
  const row = kh.STATUS(ctx, [["t.forest", "t.poverty"]], 1, undefined, true);
  expect(row).toHaveLength(1);
  expect(row[0]).toHaveLength(2);
  expect(row[0][1]).toBe("achieved");
  expect(error(kh.PERCENT(ctx, [["t.export"], ["t.forest"]], [[1], [2]], "2024-Q9")).text.vi).toMatch(/^Kỳ báo cáo không hợp lệ/);
});
