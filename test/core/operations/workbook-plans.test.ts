/**
 * Insert and flag decide once, in the core: Excel (Office.js, mocked) and the in-memory preview,
 * given the same workbook state, refuse and answer with the same words.
 */
import { planInsert, insertRequest } from "../../../src/core/operations/insert-targets";
import { guessMapping, planFlag, preferredTable } from "../../../src/core/operations/flag-status";
import { insertTargets } from "../../../src/excel/insert-targets";
import { flagStatus } from "../../../src/excel/flag-status";
import { MemoryWorkbook } from "../../../src/memory-workbook/memory-workbook";
import { MemoryPort } from "../../../src/memory-workbook/memory-port";
import type { TargetRowInput } from "../../../src/workbook/port";
import { mockExcel } from "../../excel/fake-excel";

const ROW: TargetRowInput = { id: "t.a", name: "Tỷ lệ hộ nghèo", unit: "%", plan: 1.5, decimals: 1, agency: "Sở Y tế", source: "x.txt, dòng 3" };

describe("insert targets: one plan", () => {
  test("data in the way is refused until the user agrees, then cleared; a table in the way is never written over", () => {
    const place = { where: "selection" as const, sheet: "S", row: 5, column: 3, overlapsTable: false, occupied: "D6:E6" };
    const refused = planInsert([ROW], { where: "selection" }, place);
    expect(refused).toMatchObject({ ok: false, reason: "occupied", address: "D6:E6" });
    expect(!refused.ok && refused.message.vi).toBe("Các ô D6:E6 đã có dữ liệu. Ghi đè lên chúng?");
    expect(planInsert([ROW], { where: "selection", overwrite: true }, place)).toMatchObject({ ok: true, address: "C5:L6", clear: true, addSheet: false });
    const blocked = planInsert([ROW], { where: "selection", overwrite: true }, { ...place, overlapsTable: true });
    expect(blocked).toMatchObject({ ok: false, reason: "blocked" });
  });

  test("a new sheet takes the first free “Chỉ tiêu” name; nothing selected is refused before anything is read", () => {
    expect(planInsert([ROW], { where: "newSheet" }, { where: "newSheet", existingSheets: new Set(["Chỉ tiêu"]) })).toMatchObject({ ok: true, sheet: "Chỉ tiêu (2)", address: "A1:J2" });
    expect(insertRequest([], { where: "newSheet" })).toMatchObject({ ok: false, refusal: { reason: "blocked" } });
  });

  test("Excel and the preview refuse occupied cells with the same answer", async () => {
    const wb = new MemoryWorkbook("Sheet1");
    wb.setCell("Sheet1", 1, 1, { value: "ghi chú" });
    const preview = await new MemoryPort(wb).insertTargets([ROW], { where: "selection" });
    const excel = mockExcel({ targetAddress: "Sheet1!A1:J2", usedAddress: "Sheet1!B2:B2" });
    const office = await insertTargets(excel.context, [ROW], { where: "selection" });
    expect(preview).toEqual(office);
    expect(preview).toMatchObject({ ok: false, reason: "occupied", address: "B2:B2" });
  });

  test("Excel and the preview insert at the same place", async () => {
    const preview = await new MemoryPort(new MemoryWorkbook("Sheet1")).insertTargets([ROW, ROW], { where: "selection" });
    const excel = mockExcel({ targetAddress: "Sheet1!A1:J3", usedAddress: null });
    const office = await insertTargets(excel.context, [ROW, ROW], { where: "selection" });
    expect({ ...preview, table: "" }).toEqual({ ...office, table: "" });
  });
});

describe("flag off-track: one mapping and one plan", () => {
  test("a report table in its own words is mapped to its id and result columns", () => {
    const table = { name: "BaoCao", sheet: "S", columns: ["STT", "Mã chỉ tiêu", "Tên chỉ tiêu", "Số thực hiện", "Ghi chú"] };
    expect(guessMapping(table)).toEqual({ table: "BaoCao", idColumn: "Mã chỉ tiêu", actualColumn: "Số thực hiện", statusColumn: undefined });
    const inserted = { name: "ChiTieu_2", sheet: "S", columns: ["STT", "Mã", "Chỉ tiêu", "Thực hiện", "Đánh giá"] };
    expect(preferredTable([inserted, table])).toBe(inserted);
    expect(guessMapping(inserted).statusColumn).toBe("Đánh giá");
  });

  test("a status column is added with a formula that names the mapped columns, whatever their characters", () => {
    const plan = planFlag({ table: "T", idColumn: "ma [1]", actualColumn: "Kết quả" }, ["Ma [1]", "Kết quả"]);
    expect(plan).toMatchObject({ ok: true, addStatus: true, statusAt: 2, statusColumn: "Đánh giá", statusFormula: "=KH.STATUS([@[Ma '[1']]],[@[Kết quả]])" });
  });

  test("Excel and the preview name the same missing column with the same words", async () => {
    const wb = new MemoryWorkbook("S");
    wb.tables.push({ name: "T", sheet: "S", top: 0, left: 0, columns: ["Mã", "Thực hiện"], rowCount: 0, rules: null });
    const mapping = { table: "T", idColumn: "Mã", actualColumn: "Thực hiện", statusColumn: "Kết luận" };
    const preview = await new MemoryPort(wb).flagStatus(mapping);
    const excel = mockExcel({ table: { name: "T", headers: ["Mã", "Thực hiện"], body: [], bodyAddress: "S!A2:B2" } });
    const office = await flagStatus(excel.context, mapping);
    expect(preview).toEqual(office);
    expect(preview).toEqual({ ok: false, message: { vi: "Bảng “T” không có cột Kết luận.", en: "Table “T” has no column Kết luận." } });
  });
});
