/** The evaluate-rows conductor: the CLI's actuals file and the pane's table judge the same rows alike. */
import { loadCatalogsOrThrow } from "../../../src/core/catalog/load";
import { BUNDLED_CATALOG_FILES } from "../../../src/catalog-source/bundled";
import { evaluateTarget } from "../../../src/core/evaluate";
import { defaultPeriod, evaluateRows, needsAttention } from "../../../src/core/operations/evaluate-rows";
import { evaluateRecords, readActuals } from "../../../src/cli/evaluate";
import { MemoryWorkbook } from "../../../src/memory-workbook/memory-workbook";
import { MemoryPort } from "../../../src/memory-workbook/memory-port";
import { judgeTableRows } from "../../../src/core/operations/flag-status";
import { COLUMN, targetRow } from "../../../src/core/sheet/table-layout";
import type { TableRowData } from "../../../src/workbook/port";

const catalog = loadCatalogsOrThrow(BUNDLED_CATALOG_FILES);

describe("evaluating table rows as the pane does", () => {
  const row = (index: number, id: string, actual: TableRowData["actual"]): TableRowData => ({ index, id, actual, status: "", sheet: "S", address: `A${index + 2}:J${index + 2}` });

  test("off track first, with reasons; typed vi-VN numbers read; unknown ids and bad numbers explained", () => {
    const verdicts = evaluateRows(catalog.targetById, [row(0, "bg-2024.23", 1.5), row(1, "bg-2024.23a", "14,0"), row(2, "khong-co", 3), row(3, "bg-2024.23", "1,2,3")], evaluateTarget);
    expect(verdicts.map((v) => v.status)).toEqual(["achieved", "off_track", "unknown", "unknown"]);
    expect(verdicts[1].reason.vi).toMatch(/11,8/);
    expect(verdicts[2].reason.vi).toContain("khong-co");
    expect(verdicts[2].reason.en).toContain("khong-co");
    expect(needsAttention(verdicts).map((v) => v.row.index)).toEqual([1, 2, 3]);
  });

  test("a bare row is judged at the target's year, as KH.STATUS is; a chosen period applies to every row", () => {
    expect(defaultPeriod(catalog.targetById.get("bg-nq96.18")!)).toBe("2030");
    const [bare] = evaluateRows(catalog.targetById, [row(0, "bg-nq96.18", null)], evaluateTarget);
    expect(bare.evaluation?.period).toBe("2030");
    const [withPeriod] = evaluateRows(catalog.targetById, [row(0, "bg-2024.23", 1.9)], evaluateTarget, { period: "2024-Q2" });
    expect(withPeriod.evaluation?.period).toBe("2024-Q2");
    const [badPeriod] = evaluateRows(catalog.targetById, [row(0, "bg-2024.23", 1.9)], evaluateTarget, { period: "quý 5" });
    expect(badPeriod.status).toBe("unknown");
    expect(badPeriod.reason.vi.length).toBeGreaterThan(5);
  });
});

describe("the CLI and the pane agree", () => {
  // Actuals written by hand for three 2024 targets of the bundled Bắc Giang plan, one of them typed as vi-VN text.
  const IDS = ["bg-2024.23", "bg-2024.23a", "bg-2024.01"];
  const ACTUALS: (number | string)[] = [1.5, "14,0", 5];

  test("the same actuals give the same status and reason through `kehoach evaluate` and through flagging a table", async () => {
    expect(IDS.every((id) => catalog.targetById.has(id))).toBe(true);
    // The CLI: an actuals file.
    const csv = ["id,period,value", ...IDS.map((id, i) => `${id},2024,"${String(ACTUALS[i]).replace(".", ",")}"`)].join("\n");
    const read = readActuals(csv, catalog.targetById);
    expect(read.errors).toEqual([]);
    const records = evaluateRecords(catalog.targets, read.rows).filter((r) => IDS.includes(r.id));

    // The pane: targets inserted into a sheet, actuals typed, then "flag off-track" at period 2024.
    const wb = new MemoryWorkbook();
    const port = new MemoryPort(wb);
    const inserted = await port.insertTargets(IDS.map((id) => targetRow(catalog, catalog.targetById.get(id)!)), { where: "newSheet" });
    if (!inserted.ok) throw new Error(inserted.message.en);
    ACTUALS.forEach((value, i) => wb.setCell(inserted.sheet, 1 + i, COLUMN.actual, { value }));
    const flagged = await port.flagStatus({ table: inserted.table, idColumn: "Mã", actualColumn: "Thực hiện", statusColumn: "Đánh giá" });
    if (!flagged.ok) throw new Error(flagged.message.en);
    const verdicts = judgeTableRows(catalog.targetById, flagged.rows, evaluateTarget, "2024");

    expect(verdicts.map((v) => [v.row.id, v.status, v.reason.vi])).toEqual(records.map((r) => [r.id, r.status, r.reason]));
    expect(new Set(records.map((r) => r.status)).size).toBeGreaterThan(1);
  });

  test("a repeated target and period is refused in an actuals file, naming the first line", () => {
    const read = readActuals("bg-2024.23,2024,1.5\nbg-2024.23,2024,1.6\n", catalog.targetById);
    expect(read.rows).toHaveLength(1);
    expect(read.errors).toEqual([{ line: 2, message: expect.objectContaining({ vi: expect.stringContaining("dòng 1") }) }]);
  });
});
