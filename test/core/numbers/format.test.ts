// One number formatter and one decimals count for every edge (reasons, CLI tables, sheets, preview).
import { decimalsOf, formatDecimals, formatMegabytes, formatNumber } from "../../../src/core/numbers/format";
import { excelNumberFormat } from "../../../src/core/numbers/vi";
import { fromExcelSerial, isoDaysBetween, toExcelSerial } from "../../../src/core/periods";

test("vi-VN groups with '.' and marks decimals with ','; English the other way round, same digits", () => {
  expect(formatNumber(15295.5, "vi")).toBe("15.295,5");
  expect(formatNumber(15295.5, "en")).toBe("15,295.5");
  expect(formatNumber(0.1256, "vi", { maxDecimals: 2 })).toBe("0,13");
  expect(formatMegabytes(2.5 * 1024 * 1024, "vi")).toBe("2,5 MB");
  expect(formatMegabytes(2.5 * 1024 * 1024, "en")).toBe("2.5 MB");
});

test("decimals of a figure as written, including tiny numbers JavaScript prints with an exponent", () => {
  expect([decimalsOf(15295), decimalsOf(14.5), decimalsOf(0.125), decimalsOf(1.5e-7), decimalsOf(undefined)]).toEqual([0, 1, 3, 8, 0]);
});

test("decimals an Excel format shows are the ones excelNumberFormat wrote", () => {
  for (const n of [0, 1, 2, 3]) expect(formatDecimals(excelNumberFormat(n))).toBe(n);
  expect(formatDecimals("0.0%")).toBe(1);
});

test("Excel date serials: 45458 is 15/6/2024, and back", () => {
  expect(fromExcelSerial(45458)).toEqual({ year: 2024, month: 6, day: 15 });
  expect(fromExcelSerial(45458.75)).toEqual({ year: 2024, month: 6, day: 15 });
  expect(toExcelSerial({ year: 2024, month: 6, day: 15 })).toBe(45458);
  expect(isoDaysBetween("2024-06-14", "2024-07-01")).toBe(17);
  expect(isoDaysBetween("2024-02-30", "2024-07-01")).toBeNull();
});
