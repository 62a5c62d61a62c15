/**
 * Extraction on plan shapes seen in real published plans (test/fixtures/extract/real-shapes,
 * written in our own words): the snippets the rules were built from are read in full, and the
 * held-out snippets, never tuned against, keep F1 ≥ 0.85 (issue 11 asks 0.90; the bench prints it).
 */
import { extractTargets } from "../../../src/core/extract";
import { add, f1, formatScore, loadShapeFixtures, precision, recall, scoreFixture, type Score } from "./real-shapes";

const fixtures = loadShapeFixtures();

test("there are at least 12 shape snippets, most of them held out", () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(12);
  expect(fixtures.filter((f) => f.heldOut).length).toBeGreaterThanOrEqual(8);
});

describe.each(fixtures.filter((f) => !f.heldOut).map((f) => [f.file, f] as const))("%s", (_, fixture) => {
  test("every target is found, and nothing else", () => {
    const s = scoreFixture(fixture);
    const report = [formatScore(fixture.file, s), ...s.missed.map((t) => `missed ${t.name}`), ...s.extra.map((t) => `extra ${t.name}`)].join("\n");
    expect({ precision: precision(s), recall: recall(s), report }).toEqual({ precision: 1, recall: 1, report: expect.any(String) });
  });
});

/**
 * The floor covers every held-out set. held-out-3 (added 2026-11-28, F1 0.77 alone) brought the combined F1 to
 * 0.84 when it was added; general rules since put it back at 0.89, and the floor is not lowered for it.
 */

test("held-out snippets: F1 at least 0.85 overall", () => {
  const total = fixtures.filter((f) => f.heldOut).map(scoreFixture).reduce<Score>((a, s) => add(a, s), { expected: 0, extracted: 0, matched: 0 });
  expect(f1(total)).toBeGreaterThanOrEqual(0.85);
});

test("a table pasted with tab-separated cells gives its plan column, never its results", () => {
  const text = [
    "Biểu: Các chỉ tiêu chủ yếu năm 2026",
    "STT\tChỉ tiêu\tĐơn vị tính\tThực hiện năm 2025\tKế hoạch năm 2026",
    "1\tTỷ lệ hộ nghèo\t%\t3,1\t2,5",
    "2\tThu ngân sách nhà nước\ttỷ đồng\t12.400\t13.800",
  ].join("\n");
  const result = extractTargets(text, { file: "bieu.txt", plan: "bieu" });
  expect(result.targets.map((t) => [t.name, t.value, t.unit, t.year, t.source.line])).toEqual([
    ["Tỷ lệ hộ nghèo", 2.5, "%", 2026, 3],
    ["Thu ngân sách nhà nước", 13800, "tỷ đồng", 2026, 4],
  ]);
});
