/**
 * Multi-year targets in a quarterly annex (issue 12 §3): a 2030 target shows its 2030 figure under
 * "Mục tiêu đến năm 2030", the value expected this year on the path where a baseline allows, and
 * never an empty plan column without a word why — in the per-agency annexes too.
 */
import { annexRows, buildAgencyAnnexes, layoutAnnexWorkbook, NO_PATH_PLAN } from "../../../src/core/annex";
import { loadCatalogsOrThrow } from "../../../src/core/catalog/load";
import type { Target } from "../../../src/core/catalog/schema";
import { syntheticCatalogFile } from "./synthetic";
import { targetsForYear } from "../../../src/core/annex/milestones";

const file = syntheticCatalogFile({ agencies: 2, targetsPerAgency: 1 });
const source = file.targets[0].source;
const base = { plan: "tinh-x-2024", comparator: ">=", group: "Xã hội", source, kind: "level", direction: "increase" } as const;
file.targets = [
  // 50% in 2020, 100% by 2030, linear: half way at the end of 2025 → 75.
  { ...base, id: "tinh-x-2024.path", name: "Tỷ lệ xã đạt chuẩn số", unit: "%", value: 100, year: 2030, agency: "so-1", baseline: { year: 2020, value: 50 } },
  { ...base, id: "tinh-x-2024.nobase", name: "Tỷ lệ dân số có hồ sơ sức khỏe", unit: "%", value: 80, year: 2030, agency: "so-1" },
  { ...base, id: "tinh-x-2024.rate", name: "Tốc độ tăng trưởng bình quân", unit: "%", value: 7, year: 2030, agency: "so-2", kind: "rate" },
  { ...base, id: "tinh-x-2024.now", name: "Số xã đạt chuẩn nông thôn mới", unit: "xã", value: 40, year: 2025, agency: "so-2" },
] as Target[];
const catalog = loadCatalogsOrThrow([{ file: "multi-year.json", data: file }]);

test("each agency's annex of a 2030 plan: the 2030 column, the value on the path, and the reason where there is none", () => {
  const built = buildAgencyAnnexes(catalog, { plan: "tinh-x-2024", period: "2025-Q2", generatedAt: "2025-06-01T00:00:00Z" });
  if (!built.ok) throw new Error(built.error.vi);
  const rows = new Map(built.annexes.flatMap((a) => annexRows(a.annex)).map((r) => [r.targetId, r]));
  expect(rows.get("tinh-x-2024.path")).toMatchObject({ planYear: 75, targetFinal: 100 });
  expect(rows.get("tinh-x-2024.nobase")).toMatchObject({ planYear: NO_PATH_PLAN, targetFinal: 80 });
  // A yearly rate is the plan of every year; a target of this year has no later figure.
  expect(rows.get("tinh-x-2024.rate")).toMatchObject({ planYear: 7, targetFinal: 7 });
  expect(rows.get("tinh-x-2024.now")).toMatchObject({ planYear: 40, targetFinal: null });
  for (const { annex } of built.annexes) {
    const sheet = layoutAnnexWorkbook(annex).sheets[0];
    const header = sheet.rows.find((r) => r.style === "header")!.cells;
    expect(header).toContain("Mục tiêu đến năm 2030");
    const plan = header.indexOf("Kế hoạch năm");
    for (const row of sheet.rows.filter((r) => r.style === "item")) expect(row.cells[plan]).not.toBeNull();
  }
});

test("a plan with a milestone each year: the 2026 annex holds each indicator's 2026 and 2030 rows, not the years between; the completeness check expects the same", () => {
  const yearly = syntheticCatalogFile({ agencies: 1, targetsPerAgency: 1 });
  const milestone = (year: number, value: number, id = `tinh-x-2024.rung-${year}`) =>
    ({ ...base, id, name: "Tỷ lệ che phủ rừng", unit: "%", value, year, agency: "so-1" }) as Target;
  yearly.targets = [milestone(2025, 45), milestone(2026, 45.5), milestone(2027, 46), milestone(2028, 46.5), milestone(2030, 47.5)];
  const plan = loadCatalogsOrThrow([{ file: "yearly.json", data: yearly }]);
  const built = buildAgencyAnnexes(plan, { plan: "tinh-x-2024", period: "2026-Q2", generatedAt: "2026-06-01T00:00:00Z" });
  if (!built.ok) throw new Error(built.error.vi);
  expect(built.annexes.flatMap((a) => annexRows(a.annex)).map((r) => r.targetId)).toEqual(["tinh-x-2024.rung-2026", "tinh-x-2024.rung-2030"]);
  expect(targetsForYear(plan.targets, 2028).map((t) => t.year)).toEqual([2028, 2030]);
  // An indicator with no milestone for the year keeps every target, as before.
  expect(targetsForYear(plan.targets, 2029).map((t) => t.year)).toEqual([2025, 2026, 2027, 2028, 2030]);
});
