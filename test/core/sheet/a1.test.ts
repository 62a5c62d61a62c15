// One A1-address convention (1-based rows and columns) for Office.js, the preview and the file writers.
import { areaAddress, areaOf, columnName, columnNumber, rangeAddress, splitAddress, topLeft } from "../../../src/core/sheet/a1";

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

test("a range as Excel writes it is the area it covers; one cell is a one-cell area; $ signs are ignored", () => {
  expect(areaOf("C5:L25")).toEqual({ top: 5, left: 3, bottom: 25, right: 12 });
  expect(areaOf("AA7")).toEqual({ top: 7, left: 27, bottom: 7, right: 27 });
  expect(areaOf("$B$2:$D$3")).toEqual({ top: 2, left: 2, bottom: 3, right: 4 });
  expect(areaAddress(areaOf("C5:L25"))).toBe("C5:L25");
});
