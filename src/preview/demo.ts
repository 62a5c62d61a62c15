/**
 * The demo workbook of the preview: an empty sheet to insert into, and an agency's report table
 * ("Báo cáo Sở") with ids and results in its own column names, to try "flag off-track" by mapping.
 */
import type { Catalog } from "../core/catalog";
import type { Target } from "../core/catalog";
import { MemoryWorkbook } from "../memory-workbook/memory-workbook";
import { INPUT_FILL_HEX } from "../core/sheet";

export const DEMO_REPORT_SHEET = "Báo cáo Sở";
export const DEMO_REPORT_TABLE = "BaoCao_So";
const DEMO_COLUMNS = ["STT", "Mã chỉ tiêu", "Tên chỉ tiêu", "Số thực hiện", "Ghi chú"];
/** Results as a share of the plan figure: some met, some close, some far behind. */
const RESULT_FACTORS = [1.04, 0.97, 0.75, 1.0, 0.55, 0.9];

function planFigure(t: Target): number | undefined {
  return t.value ?? t.min;
}

function demoTargets(catalog: Catalog): Target[] {
  const annual = catalog.targets.filter((t) => t.kind !== "change" && planFigure(t) !== undefined && t.year === 2024);
  const pool = annual.length >= RESULT_FACTORS.length ? annual : catalog.targets.filter((t) => planFigure(t) !== undefined);
  return pool.slice(0, RESULT_FACTORS.length);
}

export function createDemoWorkbook(catalog: Catalog): MemoryWorkbook {
  const wb = new MemoryWorkbook("Trang tính 1");
  wb.addSheet(DEMO_REPORT_SHEET);
  const targets = demoTargets(catalog);
  DEMO_COLUMNS.forEach((h, c) => wb.setCell(DEMO_REPORT_SHEET, 0, c, { value: h }));
  targets.forEach((t, i) => {
    const plan = planFigure(t)!;
    const factor = t.direction === "decrease" ? 2 - RESULT_FACTORS[i] : RESULT_FACTORS[i];
    const actual = Math.round(plan * factor * 100) / 100;
    const row = i + 1;
    wb.setCell(DEMO_REPORT_SHEET, row, 0, { value: row });
    wb.setCell(DEMO_REPORT_SHEET, row, 1, { value: t.id });
    wb.setCell(DEMO_REPORT_SHEET, row, 2, { value: t.name });
    wb.setCell(DEMO_REPORT_SHEET, row, 3, { value: actual, format: "#,##0.0", fill: INPUT_FILL_HEX, unlocked: true });
  });
  wb.tables.push({ name: DEMO_REPORT_TABLE, sheet: DEMO_REPORT_SHEET, top: 0, left: 0, columns: DEMO_COLUMNS, rowCount: targets.length, rules: null });
  return wb;
}
