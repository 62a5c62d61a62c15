import { loadCatalogsOrThrow } from "../../src/core/catalog/load";
import { BUNDLED_CATALOG_FILES } from "../../src/catalog-source/bundled";
import { MemoryWorkbook } from "../../src/memory-workbook/memory-workbook";
import { MemoryPort } from "../../src/memory-workbook/memory-port";
import { computeFormula } from "../../src/memory-workbook/formulas";
import { displayValue } from "../../src/preview/display";
import { createDemoWorkbook, DEMO_REPORT_TABLE } from "../../src/preview/demo";
import { targetRow, COLUMN } from "../../src/core/sheet/table-layout";
import { needsAttention } from "../../src/core/operations/evaluate-rows";
import { judgeTableRows } from "../../src/core/operations/flag-status";
import { evaluateTarget } from "../../src/core/evaluate";

const catalog = loadCatalogsOrThrow(BUNDLED_CATALOG_FILES);
const rowsFor = (...ids: string[]) => ids.map((id) => targetRow(catalog, catalog.targetById.get(id)!));

function shown(wb: MemoryWorkbook, sheet: string, row: number, column: number): string {
  const cell = wb.cell(sheet, row, column);
  if (!cell?.formula) return displayValue(cell?.value, cell?.format);
  const computed = computeFormula(wb, catalog, sheet, row, cell.formula);
  return computed.ok ? displayValue(computed.value, cell.format) : computed.error;
}

describe("preview workbook", () => {
  test("inserted rows compute % KH and Đánh giá from typed results, as KH.* would", async () => {
    const wb = new MemoryWorkbook();
    const port = new MemoryPort(wb);
    const result = await port.insertTargets(rowsFor("bg-2024.23", "bg-2024.23a"), { where: "newSheet" });
    expect(result).toMatchObject({ ok: true, sheet: "Chỉ tiêu", address: "A1:J3", rows: 2 });
    expect(shown(wb, "Chỉ tiêu", 1, COLUMN.status)).toBe("Chưa có số liệu");
    wb.setCell("Chỉ tiêu", 1, COLUMN.actual, { value: 1.5 });
    wb.setCell("Chỉ tiêu", 2, COLUMN.actual, { value: 14 });
    const expected23 = evaluateTarget(catalog.targetById.get("bg-2024.23")!, { period: "2024", actual: 1.5 });
    expect(shown(wb, "Chỉ tiêu", 1, COLUMN.percent)).toBe(`${expected23.percentOfPlan!.toFixed(1).replace(".", ",")}%`);
    expect(shown(wb, "Chỉ tiêu", 1, COLUMN.status)).toBe("Đạt");
    expect(shown(wb, "Chỉ tiêu", 2, COLUMN.status)).toBe("Không đạt"); // judged at the target year's end: a miss is final
    expect(wb.cell("Chỉ tiêu", 1, COLUMN.actual)).toMatchObject({ unlocked: true });
  });

  test("inserting at the selection refuses to overwrite data until confirmed", async () => {
    const wb = new MemoryWorkbook();
    wb.setCell("Trang tính 1", 1, 1, { value: "ghi chú của tôi" });
    const port = new MemoryPort(wb);
    const refused = await port.insertTargets(rowsFor("bg-2024.23"), { where: "selection" });
    expect(refused).toMatchObject({ ok: false, reason: "occupied", address: "B2:B2" });
    expect(wb.cell("Trang tính 1", 1, 1)?.value).toBe("ghi chú của tôi");
    const done = await port.insertTargets(rowsFor("bg-2024.23"), { where: "selection", overwrite: true });
    expect(done).toMatchObject({ ok: true, address: "A1:J2" });
    expect(wb.cell("Trang tính 1", 1, 1)?.value).toBe("bg-2024.23");
  });

  test("flagging the demo report adds a status column once, and its rows explain themselves", async () => {
    const wb = createDemoWorkbook(catalog);
    const port = new MemoryPort(wb);
    const [table] = await port.listTables();
    expect(table.name).toBe(DEMO_REPORT_TABLE);
    const mapping = { table: table.name, idColumn: "Mã chỉ tiêu", actualColumn: "Số thực hiện" };
    const first = await port.flagStatus(mapping);
    expect(first).toMatchObject({ ok: true, addedStatusColumn: true, statusColumn: "Đánh giá" });
    const again = await port.flagStatus({ ...mapping, statusColumn: "Đánh giá" });
    expect(again).toMatchObject({ ok: true, addedStatusColumn: false });
    expect((await port.listTables())[0].columns.filter((c) => c === "Đánh giá")).toHaveLength(1);
    if (!again.ok) return;
    const verdicts = judgeTableRows(catalog.targetById, again.rows, evaluateTarget);
    const flagged = needsAttention(verdicts);
    expect(flagged.length).toBeGreaterThan(0);
    for (const v of flagged) expect(v.reason.vi.length).toBeGreaterThan(5);
    // The pane and the sheet agree on every row.
    const statusAt = table.columns.length;
    for (const v of verdicts) {
      const text = shown(wb, table.sheet, v.row.index + 1, statusAt);
      expect(text).toBe(v.status === "unknown" ? text : { achieved: "Đạt", on_track: "Đúng tiến độ", at_risk: "Có nguy cơ", off_track: v.evaluation?.final ? "Không đạt" : "Chậm tiến độ", no_data: "Chưa có số liệu" }[v.status]);
    }
    await port.selectRow(flagged[0].row);
    expect(wb.selection).toMatchObject({ sheet: table.sheet, row: flagged[0].row.index + 1 });
  });
});

describe("preview workbook: annex and consolidation sheets", () => {
  test("an annex written by the pane appears as its own sheets, text escaped, input cells editable", async () => {
    const { buildAnnex } = await import("../../src/core/annex/build");
    const wb = new MemoryWorkbook();
    const port = new MemoryPort(wb);
    const options = { plan: "bg-2024", period: "2024", generatedAt: "2024-07-01T00:00:00Z", evaluate: evaluateTarget };
    expect(buildAnnex(catalog, options).ok).toBe(true);
    const { sheets } = await port.writeAnnex({ catalog, options });
    expect(sheets[0]).toBe("Phụ lục");
    const again = await port.writeAnnex({ catalog, options });
    expect(again.sheets[0]).toBe("Phụ lục (2)");
    const texts = [...wb.sheet("Phụ lục").cells.values()].map((c) => c.value);
    expect(texts).toContain(catalog.targetById.get("bg-2024.23")!.name);
    expect([...wb.sheet("Phụ lục").cells.values()].some((c) => c.unlocked)).toBe(true);
    expect(wb.selection.sheet).toBe("Phụ lục (2)");
  });

  test("writing the annex again in the preview carries the figure typed in the first one, by target id", async () => {
    const wb = new MemoryWorkbook();
    const port = new MemoryPort(wb);
    const options = { plan: "bg-2024", period: "2024-Q2", generatedAt: "2024-07-01T00:00:00Z", evaluate: evaluateTarget };
    await port.writeAnnex({ catalog, options });
    const { rows, columns } = wb.extent("Phụ lục");
    const at = (r: number, c: number) => wb.cell("Phụ lục", r, c)?.value;
    const header = Array.from({ length: rows }, (_, r) => r).find((r) => at(r, 0) === "STT")!;
    const column = (text: string) => Array.from({ length: columns }, (_, c) => c).find((c) => at(header, c) === text)!;
    const row = Array.from({ length: rows }, (_, r) => r).find((r) => at(r, column("Mã chỉ tiêu")) === "bg-2024.23")!;
    wb.setCell("Phụ lục", row, column("Thực hiện kỳ báo cáo"), { value: 7.5 });
    const again = await port.writeAnnex({ catalog, options });
    expect(again.sheets[0]).toBe("Phụ lục (2)");
    expect(again.carried.count).toBe(1);
    const newRow = Array.from({ length: rows }, (_, r) => r).find((r) => wb.cell("Phụ lục (2)", r, column("Mã chỉ tiêu"))?.value === "bg-2024.23")!;
    expect(wb.cell("Phụ lục (2)", newRow, column("Thực hiện kỳ báo cáo"))?.value).toBe(7.5);
  });
});
