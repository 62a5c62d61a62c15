/** The consolidated report's summary: status counts by group and by agency, with a text bar that shows in any Excel. */
import { buildAnnex } from "../../../src/core/annex/build";
import { layoutSummarySheet, textBar } from "../../../src/core/annex/summary";
import { syntheticCatalog } from "./synthetic";

test("a text bar of 30 marks, each status its share", () => {
  expect(textBar({ achieved: 1, on_track: 1, at_risk: 0, off_track: 1, no_data: 0 })).toBe("█".repeat(10) + "▓".repeat(10) + "░".repeat(10));
  expect(textBar({ achieved: 2, on_track: 0, at_risk: 1, off_track: 0, no_data: 0 })).toBe("█".repeat(20) + "▒".repeat(10));
  expect(textBar({ achieved: 0, on_track: 0, at_risk: 0, off_track: 0, no_data: 0 })).toBe("");
});

test("counts by group, their total, then by agency; the chart covers the header and the groups", () => {
  const catalog = syntheticCatalog({ agencies: 2, targetsPerAgency: 2 });
  // so-1 leads t0001 (15296 tỷ đồng ≥) and t0002 (90% ≥), so-2 t0003 (rate 15–16%) and t0004 (< 2,5%).
  const actuals = new Map([
    ["tinh-x-2024.t0001", { actual: 20000 }],
    ["tinh-x-2024.t0004", { actual: 9 }],
  ]);
  const built = buildAnnex(catalog, { plan: "tinh-x-2024", period: "2024", generatedAt: "2024-12-20T00:00:00Z", kind: "consolidated", showNoData: true, actuals });
  if (!built.ok) throw new Error(built.error.vi);
  const sheet = layoutSummarySheet(built.annex, ["Kế hoạch: tinh-x-2024 — Năm 2024"]);
  const header = sheet.rows.findIndex((r) => r.style === "header");
  // At year end a reached target reads "Vượt" or "Đạt", a missed one "Không đạt".
  expect(sheet.rows[header].cells.slice(0, 7)).toEqual(["Nhóm chỉ tiêu / cơ quan chủ trì", "Vượt / Đạt", "Đúng tiến độ", "Có nguy cơ", "Không đạt", "Chưa có số liệu", "Tổng số"]);
  const byLabel = new Map(sheet.rows.slice(header + 1).map((r) => [r.cells[0], r.cells.slice(1, 7)]));
  // 5 targets (4 + the sub-target of t0001): one reached, one missed at year end, three without figures.
  expect(byLabel.get("Cộng")).toEqual([1, 0, 0, 1, 3, 5]);
  expect(byLabel.get("Sở Ngành Số 1")).toEqual([1, 0, 0, 0, 2, 3]);
  expect(byLabel.get("Sở Ngành Số 2")).toEqual([0, 0, 0, 1, 1, 2]);
  expect(sheet.chart?.area).toEqual({ top: header + 1, left: 1, bottom: header + 1 + built.annex.groups.length, right: 6 });
});

test("the summary names statuses with the report's own words: configured ones, within the year or at its end", () => {
  const catalog = syntheticCatalog({ agencies: 2, targetsPerAgency: 2 });
  const words = { onTrack: "Bảo đảm tiến độ", atRisk: "Cần cố gắng", offTrack: "Chậm", achieved: "Hoàn thành" };
  const midYear = buildAnnex(catalog, { plan: "tinh-x-2024", period: "2024-Q2", generatedAt: "2024-06-20T00:00:00Z", kind: "consolidated", showNoData: true, words });
  if (!midYear.ok) throw new Error(midYear.error.vi);
  const sheet = layoutSummarySheet(midYear.annex, []);
  const header = sheet.rows.find((r) => r.style === "header")!;
  expect(header.cells.slice(1, 6)).toEqual(["Hoàn thành", "Bảo đảm tiến độ", "Cần cố gắng", "Chậm", "Chưa có số liệu"]);
  const legend = sheet.rows.map((r) => r.cells[0]).find((c) => typeof c === "string" && c.startsWith("Thanh:"));
  expect(legend).toContain("▓ Bảo đảm tiến độ");
  expect(legend).not.toContain("Đúng tiến độ");
});
