/**
 * The extractor's work grows with its input, not with its square (issue 14, item 13), and a
 * numbered list run into one line gives every target. Work is counted (numbers handed to
 * sentences, characters folded), never timed: speed itself is measured in bench/extract.bench.ts.
 */
import { extractTargets } from "../../../src/core/extract";
import { splitDocument } from "../../../src/core/extract/document";
import { findQuantities, type Quantity } from "../../../src/core/extract/quantities";
import { analyseBlock, nearestShallower } from "../../../src/core/extract/statements";

/** Characters passed to foldKeepingOffsets (`var`: the mock below is hoisted above this line). */
// eslint-disable-next-line no-var
var folding = { characters: 0 };
jest.mock("../../../src/core/extract/ocr", () => {
  const actual = jest.requireActual("../../../src/core/extract/ocr");
  return {
    ...actual,
    foldKeepingOffsets: (text: string) => {
      if (folding) folding.characters += text.length;
      return actual.foldKeepingOffsets(text);
    },
  };
});

/** "1. Tỷ lệ hộ nghèo xã 1 giảm 2%; 2. Tỷ lệ lao động … đạt 71%, trong đó …; 3. Số thôn …", on one line. */
function oneLineList(items: number): string {
  const parts: string[] = [];
  for (let i = 1; i <= items; i++) {
    if (i % 3 === 1) parts.push(`${i}. Tỷ lệ hộ nghèo xã ${i} giảm ${(i % 4) + 1}%`);
    else if (i % 3 === 2) parts.push(`${i}. Tỷ lệ lao động qua đào tạo xã ${i} đạt ${60 + (i % 30)}%, trong đó có bằng cấp, chứng chỉ ${20 + (i % 10)}%`);
    else parts.push(`${i}. Số thôn ${i} đạt chuẩn nông thôn mới đạt ${(i % 50) + 1} thôn`);
  }
  return `KẾ HOẠCH năm 2025 II. MỤC TIÊU ${parts.join("; ")}.`;
}

test("a numbered list of 150 targets run into one line yields all 150 and their 50 parts, none named by its number", () => {
  const { targets } = extractTargets(oneLineList(150), { file: "line.txt", plan: "p" });
  expect(targets).toHaveLength(200);
  expect(targets.filter((t) => t.parent)).toHaveLength(50);
  expect(targets.find((t) => t.name.startsWith("Tỷ lệ hộ nghèo xã 100 "))?.value).toBe(1);
  expect(targets.find((t) => t.name === "Số thôn 150 đạt chuẩn nông thôn mới")?.value).toBe(1);
  expect(targets.find((t) => t.name === "Tỷ lệ lao động qua đào tạo xã 149 – bằng cấp, chứng chỉ")?.value).toBe(29);
  expect(targets.filter((t) => /^\d|\b\d+\.\s/.test(t.name))).toEqual([]);
});

/** Reads of the block's numbers while its sentences are analysed. */
function numberReads(items: number): { reads: number; numbers: number } {
  const block = splitDocument(oneLineList(items).replace(/; /g, ". ")).blocks.at(-1)!;
  const numbers = findQuantities(block.text, block.folded, false);
  let reads = 0;
  const counted = new Proxy(numbers, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  analyseBlock(block, 0, { zone: "target", year: 2025, ocr: false }, counted as Quantity[]);
  return { reads, numbers: numbers.length };
}

test("each sentence of a long one-line list is handed only its own numbers", () => {
  const small = numberReads(1000);
  const large = numberReads(2000);
  expect(large.numbers).toBeGreaterThan(1.9 * small.numbers);
  expect(large.reads).toBeLessThanOrEqual(10 * large.numbers);
  expect(large.reads / small.reads).toBeLessThan(2.2);
});

function foldedFor(text: string): number {
  folding.characters = 0;
  extractTargets(text, { file: "x.txt" });
  return folding.characters;
}

function longList(lines: number): string {
  const out = ["KẾ HOẠCH năm 2025", "II. MỤC TIÊU"];
  for (let i = 1; i <= lines; i++) out.push(`(${(i % 99) + 1}) Tỷ lệ dân số thôn ${i} được cấp nước sạch đạt ${i % 90}% (trong đó thành thị đạt 100%; nông thôn đạt 90%).`);
  return out.join("\n");
}

test.each([
  ["a numbered list on one line", oneLineList],
  ["a long list, one target per line", longList],
])("%s: the characters folded stay proportional to the text", (_shape, make) => {
  const small = make(1000);
  const large = make(2000);
  const ratio = foldedFor(large) / large.length;
  expect(ratio / (foldedFor(small) / small.length)).toBeLessThan(1.1);
  // Each character is folded a few times (block, names, headings), never once per target it precedes.
  expect(ratio).toBeLessThan(8);
});

test("in a sentence of many numbers, each finds the one it is part of without looking back over all of them", () => {
  // "A 10% (B 5% (C 2%)) D 7% …" repeated: depths 0, 1, 2, 0, 1, 2, …
  const depths = Array.from({ length: 30_000 }, (_, i) => i % 3);
  let reads = 0;
  const counted = new Proxy(depths, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  const parents = nearestShallower(counted);
  expect(parents.slice(0, 7)).toEqual([undefined, 0, 1, undefined, 3, 4, undefined]);
  expect(parents[29_999]).toBe(29_998);
  expect(reads).toBeLessThanOrEqual(4 * depths.length);
});

test("three targets repeated through a 600 KB line: the characters folded stay proportional to the text", () => {
  const item = "tỷ lệ hộ nghèo giảm 1,5%; tỷ lệ lao động qua đào tạo đạt 70%, trong đó có bằng cấp, chứng chỉ 30%; ";
  const line = (bytes: number) => `KẾ HOẠCH năm 2025 II. MỤC TIÊU ${item.repeat(Math.ceil(bytes / item.length))}`;
  const small = line(300_000);
  const large = line(600_000);
  expect(foldedFor(large) / large.length / (foldedFor(small) / small.length)).toBeLessThan(1.1);
});
