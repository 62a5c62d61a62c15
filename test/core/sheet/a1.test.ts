// One A1-address convention (1-based rows and columns) for Office.js, the preview and the file writers.
import { areaAddress, columnName, columnNumber, rangeAddress, splitAddress, topLeft } from "../../../src/core/sheet/a1";

test("column names as Excel shows them, and back", () => {
  expect([1, 26, 27, 52, 16384].map(columnName)).toEqual(["A", "Z", "AA", "AZ", "XFD"]);
  for (const n of [1, 26, 27, 702, 703, 16384]) expect(columnNumber(columnName(n))).toBe(n);
});

test("a block Office.js returns, read back to where it started", () => {
  const where = splitAddress("'Chỉ tiêu (2)'!C5:L25");
  expect(where).toEqual({ sheet: "Chỉ tiêu (2)", range: "C5:L25" });
  const start = topLeft(where.range);
  expect(start).toEqual({ row: 5, column: 3 });
  expect(rangeAddress(start.row, start.column, 21, 10)).toBe("C5:L25");
  expect(splitAddress("'It''s'!A1").sheet).toBe("It's");
});

test("an area of one cell is written as that cell", () => {
  expect(areaAddress({ top: 2, left: 3, bottom: 2, right: 3 })).toBe("C2");
  expect(areaAddress({ top: 2, left: 3, bottom: 9, right: 28 })).toBe("C2:AB9");
});
