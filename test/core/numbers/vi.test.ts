import fc from "fast-check";
import { formatRange } from "../../../src/core/numbers/format";
import { formatViNumber, numberModeOf, parseViNumber, parseViRange, type NumberMode } from "../../../src/core/numbers/vi";
import { convertScale, parseViQuantity, splitScale } from "../../../src/core/numbers/scale";

const value = (text: string, mode?: NumberMode) => {
  const r = parseViNumber(text, mode);
  return r.ok ? r.value : r.error.vi;
};

describe("parseViNumber", () => {
  test.each([
    ["15.295", 15295],
    ["14,5", 14.5],
    ["0,85", 0.85],
    ["1.234.567,89", 1234567.89],
    ["100", 100],
    ["-2,5", -2.5],
    ["37,6%", 37.6],
    [" 9.800 ", 9800],
  ])("reads %s as %d", (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  test("'15.295' and '4.320' are thousands, as vi-VN writes them, also where a decimal point is tolerated", () => {
    expect(value("15.295", "auto")).toBe(15295);
    expect(value("4.320", "auto")).toBe(4320);
    expect(value("0.500", "auto")).toBe(0.5);
  });

  test("refuses to guess only where the source writes decimals with '.', naming both readings in vi-VN", () => {
    const r = parseViNumber("1.500", "dot");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.vi).toMatch(/không rõ nghĩa/);
      expect(r.error.vi).toContain("hãy viết 1500");
      expect(r.error.vi).toContain("1,500");
      expect(r.error.en).toMatch(/ambiguous/);
    }
    expect(value("14.5", "dot")).toBe(14.5);
    expect(value("1.234.567", "dot")).toBe(1234567);
  });

  test("a source's number style: decimal commas or ';' make it vi-VN, a lone decimal point makes '1.500' ambiguous", () => {
    expect(numberModeOf(["15.295", "14,5"])).toBe("auto");
    expect(numberModeOf(["15.295", "14.5"], ";")).toBe("auto");
    expect(numberModeOf(["15.295", "7650"])).toBe("auto");
    expect(numberModeOf(["1.500", "14.5"])).toBe("dot");
    expect(numberModeOf(["1,234.5"])).toBe("dot");
    expect(numberModeOf(["1,234", "1.500"])).toBe("auto");
  });

  test("strict vi-VN refuses a decimal point and says how to write it", () => {
    const r = parseViNumber("14.5");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.vi).toContain("14,5");
  });

  test("auto mode accepts plain decimals that cannot be thousands groups", () => {
    expect(value("14.5", "auto")).toBe(14.5);
    expect(value("0.851", "auto")).toBe(0.851);
  });

  test("English thousands separators are refused with the vi-VN spelling", () => {
    const r = parseViNumber("1,234,567.5");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.vi).toContain("1.234.567,5");
  });

  test.each(["", "abc", "12,3,4", "1..2", "15.29"])("rejects %j with a message", (text) => {
    const r = parseViNumber(text);
    expect(r.ok).toBe(false);
  });
});

describe("parseViRange", () => {
  test.each([
    ["1-1,5", 1, 1.5],
    ["15–16", 15, 16],
    ["135 - 140", 135, 140],
    ["92", 92, 92],
  ])("%s → %d..%d", (text, min, max) => {
    expect(parseViRange(text)).toEqual({ ok: true, min, max });
  });

  test("a range whose ends are reversed is an error", () => {
    expect(parseViRange("16-15").ok).toBe(false);
  });
});

describe("formatViNumber", () => {
  test("groups thousands with '.' and marks decimals with ','", () => {
    expect(formatViNumber(15295)).toBe("15.295");
    expect(formatViNumber(14.5)).toBe("14,5");
    expect(formatViNumber(1234567.891, { decimals: 2 })).toBe("1.234.567,89");
    expect(formatViNumber(-0.25)).toBe("-0,25");
    expect(formatViNumber(95, { decimals: 1 })).toBe("95,0");
    expect(formatRange(1, 1.5, "vi")).toBe("1–1,5");
    expect(formatRange(1, 1.5, "en")).toBe("1–1.5");
  });

  test("drops trailing zeros, never shows a minus on a number that rounds to zero, and leaves huge numbers alone", () => {
    expect(formatViNumber(12.5, { maxDecimals: 3 })).toBe("12,5");
    expect(formatViNumber(1000, { maxDecimals: 3 })).toBe("1.000");
    expect(formatViNumber(100000)).toBe("100.000");
    expect(formatViNumber(-0.001)).toBe("0");
    expect(formatViNumber(-1234.5)).toBe("-1.234,5");
    expect(formatViNumber(2e21)).toBe("2e+21");
  });

  test("property: formatting then parsing returns the same number", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 4 }), (whole, decimals) => {
        const n = whole / 10 ** decimals;
        const text = formatViNumber(n, { decimals });
        const parsed = parseViNumber(text);
        return parsed.ok && Math.abs(parsed.value - Number(n.toFixed(decimals))) < 1e-9;
      }),
    );
  });

  test("property: a formatted range parses back to the same ends", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 0, max: 100000 }), (a, b) => {
        const [min, max] = [Math.min(a, b) / 10, Math.max(a, b) / 10];
        const r = parseViRange(formatRange(min, max, "vi"));
        return r.ok && r.min === min && r.max === max;
      }),
    );
  });
});

describe("scale words", () => {
  test("640 nghìn tỷ đồng is 6.4e14 đồng", () => {
    const q = parseViQuantity("640 nghìn tỷ đồng");
    expect(q.ok && q.absolute).toBe(640e12);
    expect(q.ok && q.baseUnit).toBe("đồng");
  });

  test("9.800 USD has no scale word", () => {
    const q = parseViQuantity("9.800 USD");
    expect(q).toMatchObject({ ok: true, value: 9800, scale: 1, baseUnit: "USD" });
  });

  test("per-unit words after the noun are not scales: giường bệnh/vạn dân", () => {
    expect(splitScale("giường bệnh/vạn dân")).toEqual({ scale: 1, scaleWord: "", baseUnit: "giường bệnh/vạn dân" });
  });

  test("converts between scales of the same base unit only", () => {
    expect(convertScale(15.295, "tỷ đồng", "triệu đồng")).toBeCloseTo(15295);
    expect(convertScale(640, "nghìn tỷ đồng", "tỷ đồng")).toBe(640000);
    expect(convertScale(1, "tỷ đồng", "USD")).toBeNull();
  });
});
