import { flagStatus } from "../../src/excel/flag-status";
import { selectRow } from "../../src/excel/select-row";
import { STATUS_RULES } from "../../src/core/sheet/status-rules";
import { mockExcel } from "./fake-excel";

const HEADERS = ["STT", "Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "% KH", "Đánh giá", "Cơ quan chủ trì", "Nguồn"];
const row = (i: number, id: string, actual: unknown) => [i, id, `Chỉ tiêu ${i}`, "%", 1.8, actual, 0.9, "Chậm tiến độ", "Sở KH&ĐT", "x"];

describe("flagStatus (Office.js)", () => {
  test("reads ids and actuals, colours the status column with four text rules, in two round trips", async () => {
    const body = [row(1, "bg-2024.23", 1.5), row(2, "bg-2024.23a", "14,5"), row(3, "bg-2024.24", "")];
    const { context, sync, rec } = mockExcel({ table: { name: "ChiTieu_1", headers: HEADERS, body, bodyAddress: "'Chỉ tiêu'!B3:K5" } });
    const result = await flagStatus(context, { table: "ChiTieu_1", idColumn: "Mã", actualColumn: "Thực hiện" });
    expect(sync).toHaveBeenCalledTimes(2);
    expect(result).toMatchObject({ ok: true, sheet: "Chỉ tiêu", statusColumn: "Đánh giá", addedStatusColumn: false });
    if (!result.ok) return;
    expect(result.rows.map((r) => [r.id, r.actual, r.address])).toEqual([
      ["bg-2024.23", 1.5, "B3:K3"],
      ["bg-2024.23a", "14,5", "B4:K4"],
      ["bg-2024.24", null, "B5:K5"],
    ]);
    // Existing rules on the column are cleared before ours are added: running again never duplicates.
    const calls = rec.calls.filter((c) => c.includes("column Đánh giá"));
    expect(calls[0]).toBe("clearAll column Đánh giá");
    expect(calls.filter((c) => c.startsWith("add ContainsText"))).toHaveLength(4);
    const rules = rec.writes.filter((w) => w.label.endsWith(".cf")).map((w) => (w.props as any).rule);
    expect(rules).toEqual(STATUS_RULES.map((r) => ({ operator: "Contains", text: r.text })));
    expect(rules.map((r) => r.text)).toEqual(["Chậm tiến độ", "Có nguy cơ", "Đạt", "Đúng tiến độ"]);
  });

  test("a mapped table without a status column gets one with KH.STATUS formulas", async () => {
    const headers = ["Mã chỉ tiêu", "Tên", "Số [thực hiện]"];
    const body = [["bg-2024.23", "a", 2], ["bg-2024.23a", "b", 12]];
    const { context, sync, rec } = mockExcel({ table: { name: "BaoCao", headers, body, bodyAddress: "Sheet1!A2:C3" } });
    const result = await flagStatus(context, { table: "BaoCao", idColumn: "Mã chỉ tiêu", actualColumn: "Số [thực hiện]" });
    expect(sync).toHaveBeenCalledTimes(2);
    expect(result).toMatchObject({ ok: true, addedStatusColumn: true, statusColumn: "Đánh giá" });
    expect(rec.calls).toContain("columns.add Đánh giá");
    expect(rec.arrays("formulas")).toEqual([
      [["=KH.STATUS([@[Mã chỉ tiêu]],[@[Số '[thực hiện']]])"], ["=KH.STATUS([@[Mã chỉ tiêu]],[@[Số '[thực hiện']]])"]],
    ]);
  });

  test("names a missing column or table instead of failing silently", async () => {
    const { context } = mockExcel({ table: { name: "T", headers: ["A", "B"], body: [], bodyAddress: "Sheet1!A2:B2" } });
    const missingColumn = await flagStatus(context, { table: "T", idColumn: "Mã", actualColumn: "B" });
    expect(missingColumn).toMatchObject({ ok: false, message: { vi: expect.stringContaining("Mã") } });
    const missingTable = await flagStatus(mockExcel().context, { table: "Nope", idColumn: "Mã", actualColumn: "B" });
    expect(missingTable).toMatchObject({ ok: false, message: { vi: expect.stringContaining("Nope") } });
  });

  test("2,000 rows stay two round trips", async () => {
    const body = Array.from({ length: 2000 }, (_, i) => row(i + 1, `bg-2024.${i}`, i));
    const { context, sync } = mockExcel({ table: { name: "Big", headers: HEADERS, body, bodyAddress: "Sheet1!A2:J2001" } });
    const result = await flagStatus(context, { table: "Big", idColumn: "Mã", actualColumn: "Thực hiện", statusColumn: "Đánh giá" });
    expect(result.ok && result.rows.length).toBe(2000);
    expect(sync).toHaveBeenCalledTimes(2);
  });
});

describe("selectRow (Office.js)", () => {
  test("activates the sheet and selects the row in one round trip", async () => {
    const { context, sync, rec } = mockExcel();
    await selectRow(context, { sheet: "Chỉ tiêu", address: "B4:K4" });
    expect(sync).toHaveBeenCalledTimes(1);
    expect(rec.calls).toEqual(["activate Chỉ tiêu", "select Chỉ tiêu!B4:K4"]);
  });
});
