/**
 * roundTo, computed without strings, against the rounding it replaced (the scaled value read back
 * from toPrecision(15), kept below as the reference): the same number, bit for bit, for random
 * values at random decimals, and above all for values a hair's breadth from a half.
 */
import fc from "fast-check";
import { roundTo } from "../../../src/core/evaluate";

function referenceRoundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const scale = 10 ** decimals;
  const scaled = Number((Math.abs(value) * scale).toPrecision(15));
  const rounded = Math.round(scaled) / scale;
  const result = value < 0 ? -rounded : rounded;
  return result === 0 ? 0 : result;
}

/** The doubles `steps` apart from x (next or previous representable numbers). */
function nudge(x: number, steps: number): number {
  const bits = new BigInt64Array(new Float64Array([x]).buffer);
  bits[0] += BigInt(x < 0 ? -steps : steps);
  return new Float64Array(bits.buffer)[0];
}

const decimals = fc.integer({ min: -2, max: 12 });
/** Bit for bit (fast-check names the value and decimals that differ). */
const sameAsReference = (value: number, d: number) => Object.is(roundTo(value, d), referenceRoundTo(value, d));

test("the same as the old rounding on random values of every size", () => {
  fc.assert(
    fc.property(fc.double({ noNaN: false }), decimals, sameAsReference),
    { numRuns: 200_000, seed: 15 },
  );
});

test("the same on figures as people write them (a few decimals, any magnitude)", () => {
  const written = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 8 }), fc.integer({ min: -6, max: 10 })).map(([digits, places, shift]) => (digits / 10 ** places) * 10 ** shift);
  fc.assert(
    fc.property(written, decimals, sameAsReference),
    { numRuns: 200_000, seed: 16 },
  );
});

test("the same a few doubles either side of every kind of half (1.005, 2.675, 0.5, 38.75 …)", () => {
  const nearHalf = fc
    .tuple(fc.integer({ min: 0, max: 2 ** 47 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: -40, max: 40 }), fc.boolean())
    .map(([whole, d, steps, negative]) => ({ value: nudge(((negative ? -1 : 1) * (whole + 0.5)) / 10 ** d, steps), d }));
  let roundedUpByTheBlur = 0;
  fc.assert(
    fc.property(nearHalf, ({ value, d }) => {
      if (!sameAsReference(value, d)) return false;
      const scaled = Math.abs(value) * 10 ** d;
      if (scaled < Math.floor(scaled) + 0.5 && Math.abs(roundTo(value, d)) * 10 ** d > scaled) roundedUpByTheBlur++;
      return true;
    }),
    { numRuns: 200_000, seed: 17 },
  );
  // The cases that matter were met: values just below a half that spreadsheets round up.
  expect(roundedUpByTheBlur).toBeGreaterThan(1_000);
});

test("the same at the very edge of the blur (half a unit of the 15th digit below a half), at every magnitude", () => {
  const differ: string[] = [];
  for (let exponent = -1; exponent <= 13; exponent++) {
    for (const whole of exponent < 0 ? [0] : [10 ** exponent, 3 * 10 ** exponent + 7, 10 ** (exponent + 1) - 1]) {
      const edge = whole + 0.5 - Number(`5e${exponent - 15}`);
      for (let steps = -4; steps <= 4; steps++) {
        const value = nudge(edge, steps);
        if (!sameAsReference(value, 0)) differ.push(`${value}`);
      }
    }
  }
  expect(differ).toEqual([]);
});

test("spreadsheet rounding of the classic cases", () => {
  expect(roundTo(1.005, 2)).toBe(1.01);
  expect(roundTo(2.675, 2)).toBe(2.68);
  expect(roundTo(-2.5, 0)).toBe(-3);
  expect(roundTo(0.49999999999999994, 0)).toBe(1); // 0.500000000000000 to 15 digits, as a spreadsheet reads it
  expect(roundTo(0.4999999999999, 0)).toBe(0);
  expect(roundTo(38.75, 1)).toBe(38.8);
  expect(roundTo(15295.45, 1)).toBe(15295.5);
  expect(roundTo(-0, 2)).toBe(0);
  expect(roundTo(Infinity, 2)).toBe(Infinity);
});
