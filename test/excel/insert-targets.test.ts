import { insertTargets } from "../../src/excel/insert-targets";
import type { TargetRowInput } from "../../src/workbook/port";
import { PERCENT_FORMULA, STATUS_FORMULA, TABLE_HEADERS } from "../../src/core/sheet/table-layout";
import { mockExcel } from "./fake-excel";

function rows(n: number, nameLength = 40): TargetRowInput[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `bg-2024.${String(i + 1).padStart(2, "0")}`,
    name: `Tỷ lệ hộ nghèo ${i} `.padEnd(nameLength, "x"),
    unit: "%",
    plan: i % 3 === 0 ? "15–16" : 1.8,
    decimals: 1,
    agency: "Sở Kế hoạch và Đầu tư",
    source: "003_95d5f290d641b824.txt, dòng 412",
  }));
}

describe("insertTargets (Office.js)", () => {
  test("writes the table at an empty selection in two round trips", async () => {
    const { context, sync, rec, tablesAdded } = mockExcel({ usedAddress: null, targetAddress: "Sheet1!C5:L7" });
    const result = await insertTargets(context, rows(2), { where: "selection" });
    expect(result).toEqual({ ok: true, sheet: "Sheet1", address: "C5:L7", table: expect.stringMatching(/^ChiTieu_/), rows: 2 });
    expect(sync).toHaveBeenCalledTimes(2);
    expect(tablesAdded).toHaveLength(1);
    const values = rec.arrays("values");
    expect(values[0]).toEqual([[...TABLE_HEADERS]]);
    expect(values[1][0]).toEqual([1, "bg-2024.01", expect.stringContaining("Tỷ lệ hộ nghèo 0"), "%", "15–16"]);
    expect(values[1][1]).toEqual([2, "bg-2024.02", expect.any(String), "%", 1.8]);
    expect(rec.arrays("formulas")).toEqual([[[PERCENT_FORMULA, STATUS_FORMULA], [PERCENT_FORMULA, STATUS_FORMULA]]]);
    expect(PERCENT_FORMULA).toBe("=KH.PERCENT([@Mã],[@[Thực hiện]])");
    // Thực hiện: unlocked input cells with their own fill; % KH as 0,0%.
    const actual = rec.writes.find((w) => (w.props.format as any).protection.locked === false);
    expect((actual!.props.format as any).fill.color).toMatch(/^#/);
    expect(rec.arrays("numberFormat")).toContainEqual([["0.0%"], ["0.0%"]]);
    expect(rec.calls).not.toContain("clear target All");
  });

  test("refuses to overwrite data without consent, then overwrites when confirmed", async () => {
    const first = mockExcel({ usedAddress: "Sheet1!D6:E6" });
    const refused = await insertTargets(first.context, rows(2), { where: "selection" });
    expect(refused).toMatchObject({ ok: false, reason: "occupied", address: "D6:E6" });
    expect(!refused.ok && refused.message.vi).toContain("D6:E6");
    expect(first.rec.writes.filter((w) => Object.keys(w.props).length > 1)).toEqual([]);
    expect(first.tablesAdded).toHaveLength(0);
    expect(first.sync).toHaveBeenCalledTimes(1);

    const second = mockExcel({ usedAddress: "Sheet1!D6:E6" });
    const done = await insertTargets(second.context, rows(2), { where: "selection", overwrite: true });
    expect(done.ok).toBe(true);
    expect(second.rec.calls).toContain("clear target All");
    expect(second.sync).toHaveBeenCalledTimes(2);
  });

  test("never writes over an existing table", async () => {
    const { context, tablesAdded } = mockExcel({ usedAddress: "Sheet1!C5:F7", overlappingTables: 1 });
    const result = await insertTargets(context, rows(2), { where: "selection", overwrite: true });
    expect(result).toMatchObject({ ok: false, reason: "blocked" });
    expect(tablesAdded).toHaveLength(0);
  });

  test("a new sheet gets the next free name", async () => {
    const { context, sync, rec } = mockExcel({ existingSheets: ["Chỉ tiêu", "Chỉ tiêu (2)"] });
    const result = await insertTargets(context, rows(3), { where: "newSheet" });
    expect(result).toMatchObject({ ok: true, sheet: "Chỉ tiêu (3)", address: "A1:J4", rows: 3 });
    expect(rec.calls).toContain("worksheets.add Chỉ tiêu (3)");
    expect(sync).toHaveBeenCalledTimes(2);
  });

  test("text that looks like a formula is written as text", async () => {
    const { context, rec } = mockExcel({ usedAddress: null });
    const evil = rows(1);
    evil[0].name = "=HYPERLINK(\"http://x\")";
    await insertTargets(context, evil, { where: "selection" });
    expect(rec.arrays("values")[1][0][2]).toBe("'=HYPERLINK(\"http://x\")");
  });

  test("2,000 rows: still two round trips, block writes, request well under 5 MB", async () => {
    const { context, sync, rec } = mockExcel({ usedAddress: null, targetAddress: "Sheet1!A1:J2001" });
    const result = await insertTargets(context, rows(2000, 250), { where: "selection" });
    expect(result.ok).toBe(true);
    expect(sync).toHaveBeenCalledTimes(2);
    // One 2D array per column block, not one write per cell.
    const blocks = [...rec.arrays("values"), ...rec.arrays("formulas"), ...rec.arrays("numberFormat")];
    expect(blocks.length).toBeLessThanOrEqual(8);
    const bytes = rec.payloadBytes();
    console.log(`insertTargets 2000 rows × 250-char names: request ≈ ${(bytes / 1024 / 1024).toFixed(2)} MB`);
    expect(bytes).toBeLessThan(5 * 1024 * 1024 * 0.5);
  });
});
