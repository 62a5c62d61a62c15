import { flagStatus } from "../../src/excel/flag-status";
import { selectRow } from "../../src/excel/select-row";
import { STATUS_RULES } from "../../src/core/sheet/status-rules";
import { mockExcel } from "./fake-excel";

const HEADERS = ["STT", "Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "% KH", "Đánh giá", "Cơ quan chủ trì", "Nguồn"];
const row = (i: number, id: string, actual: unknown) => [i, id, `Chỉ tiêu ${i}`, "%", 1.8, actual, 0.9, "Chậm tiến độ", "Sở KH&ĐT", "x"];

describe("flagStatus (Office.js)", () => {
  test("reads ids and actuals, colours the status column with five text rules, in two round trips", async () => {
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
    // A column without rules gets ours and loses nothing: no rule is deleted, none cleared wholesale.
    const calls = rec.calls.filter((c) => c.includes("column Đánh giá"));
    expect(calls.filter((c) => c.startsWith("delete") || c.startsWith("clearAll"))).toEqual([]);
    expect(calls.filter((c) => c.startsWith("add ContainsText"))).toHaveLength(5);
    const rules = rec.writes.filter((w) => w.label.endsWith(".cf")).map((w) => (w.props as any).rule);
    expect(rules).toEqual(STATUS_RULES.map((r) => ({ operator: "Contains", text: r.text })));
    expect(rules.map((r) => r.text)).toEqual(["Không đạt", "Chậm tiến độ", "Có nguy cơ", "Đạt", "Đúng tiến độ"]);
  });

  test("re-flagging keeps the user's own rules and replaces only ours", async () => {
    const ours = STATUS_RULES.map((r) => ({ type: "ContainsText", rule: { operator: "Contains", text: r.text }, fill: r.fill.toLowerCase() }));
    const users = [
      { type: "CellValue" },
      { type: "ContainsText", rule: { operator: "Contains", text: "Không đánh giá" }, fill: STATUS_RULES[0].fill },
      { type: "ContainsText", rule: { operator: "BeginsWith", text: STATUS_RULES[0].text }, fill: STATUS_RULES[0].fill },
      // The same word as ours, in the user's own colour: theirs.
      { type: "ContainsText", rule: { operator: "Contains", text: STATUS_RULES[2].text }, fill: "#0000FF" },
    ];
    const body = [row(1, "bg-2024.23", 1.5), row(2, "bg-2024.24", 2)];
    const table = { name: "ChiTieu_1", headers: HEADERS, body, bodyAddress: "Sheet1!B3:K4", formats: [users[0], ...ours, users[1], users[2], users[3]] };
    const { context, sync, rec } = mockExcel({ table });
    const result = await flagStatus(context, { table: "ChiTieu_1", idColumn: "Mã", actualColumn: "Thực hiện", statusColumn: "Đánh giá" });
    expect(result).toMatchObject({ ok: true, addedStatusColumn: false });
    expect(sync).toHaveBeenCalledTimes(2);
    const deleted = rec.calls.filter((c) => c.startsWith("delete cf"));
    expect(deleted).toEqual(STATUS_RULES.map((r) => `delete cf body ContainsText Contains ${r.text}`));
    expect(rec.calls.filter((c) => c.startsWith("clearAll"))).toEqual([]);
    // Deleted before ours are added again, so one set of ours remains.
    const added = rec.calls.map((c, i) => (c === "add ContainsText column Đánh giá" ? i : -1)).filter((i) => i >= 0);
    expect(added).toHaveLength(5);
    expect(Math.max(...deleted.map((d) => rec.calls.indexOf(d)))).toBeLessThan(Math.min(...added));
  });

  test("a status column found by a looser spelling gets its old rules replaced too", async () => {
    const headers = HEADERS.map((h) => (h === "Đánh giá" ? "DANH GIA" : h));
    const seeded = [{ type: "ContainsText", rule: { operator: "Contains", text: STATUS_RULES[0].text }, fill: STATUS_RULES[0].fill }, { type: "CellValue" }];
    const table = { name: "T", headers, body: [row(1, "bg-2024.23", 1.5)], bodyAddress: "Sheet1!A2:J2", formats: seeded };
    const { context, sync, rec } = mockExcel({ table });
    const result = await flagStatus(context, { table: "T", idColumn: "Mã", actualColumn: "Thực hiện" });
    expect(result).toMatchObject({ ok: true, statusColumn: "DANH GIA", addedStatusColumn: false });
    expect(sync).toHaveBeenCalledTimes(2);
    expect(rec.calls.filter((c) => c.startsWith("delete") || c.startsWith("clearAll"))).toEqual([`delete cf body ContainsText Contains ${STATUS_RULES[0].text}`]);
    expect(rec.calls.filter((c) => c === "add ContainsText column DANH GIA")).toHaveLength(5);
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

  test("where custom functions are missing, the added status column gets each row's native formula, never KH.*", async () => {
    const headers = ["Mã chỉ tiêu", "Tên", "Thực hiện"];
    const body = [["bg-2024.23", "a", 2], ["khong-co", "b", 12], [" bg-2024.23a ", "c", 3]];
    const { context, sync, rec } = mockExcel({ table: { name: "BaoCao", headers, body, bodyAddress: "Sheet1!A2:C4" } });
    const asked: [string, string][] = [];
    const nativeStatus = (id: string, actualRef: string) => {
      asked.push([id, actualRef]);
      return id.startsWith("bg-") ? `=IF(ISNUMBER(${actualRef}),"${id}","")` : null;
    };
    const result = await flagStatus(context, { table: "BaoCao", idColumn: "Mã chỉ tiêu", actualColumn: "Thực hiện", nativeStatus });
    expect(sync).toHaveBeenCalledTimes(2);
    expect(result).toMatchObject({ ok: true, addedStatusColumn: true });
    expect(asked).toEqual([["bg-2024.23", "[@[Thực hiện]]"], ["khong-co", "[@[Thực hiện]]"], ["bg-2024.23a", "[@[Thực hiện]]"]]);
    // An id the catalog lacks gets an empty cell rather than a formula Excel cannot compute.
    expect(rec.arrays("formulas")).toEqual([[['=IF(ISNUMBER([@[Thực hiện]]),"bg-2024.23","")'], [""], ['=IF(ISNUMBER([@[Thực hiện]]),"bg-2024.23a","")']]]);
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
