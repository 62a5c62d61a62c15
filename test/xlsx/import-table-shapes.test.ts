/**
 * A resolution annex in the shape provinces publish, built as a real .xlsx by ExcelJS and re-saved by
 * LibreOffice (a client we do not control): both read to the targets and actuals written below by
 * reading the sheet, never by running the importer. LibreOffice part skipped, saying so, without soffice.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importTableFile, type TableFileResult } from "../../src/xlsx/import-table-file";
import { RESOLUTION_ANNEX, type FormattedSheet } from "../fixtures/tables/resolution-annex";
import { hasSoffice, soffice } from "./soffice";

export async function formattedXlsx(sheet: FormattedSheet): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet.sheet);
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === null) return;
      const target = ws.getCell(r + 1, c + 1);
      if (typeof cell === "object") {
        target.value = cell.value;
        target.numFmt = cell.format;
      } else target.value = cell;
    }),
  );
  for (const range of sheet.merges) ws.mergeCells(range);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** [name, value or [min, max], unit, kind, direction, parent's name] for each target, as the annex reads. */
const EXPECTED: [string, number | [number, number], string, string, string, string | null][] = [
  ["Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) theo giá so sánh 2010", [8.5, 9], "%", "rate", "increase", null],
  ["Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) theo giá so sánh 2010 – nông, lâm nghiệp và thủy sản", 3.5, "%", "rate", "increase", "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) theo giá so sánh 2010"],
  ["Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) theo giá so sánh 2010 – công nghiệp và xây dựng", [11, 11.5], "%", "rate", "increase", "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) theo giá so sánh 2010"],
  ["Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) theo giá so sánh 2010 – dịch vụ", 7.5, "%", "rate", "increase", "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) theo giá so sánh 2010"],
  ["GRDP bình quân đầu người (giá hiện hành)", 97, "Triệu đồng", "level", "increase", null],
  ["Cơ cấu kinh tế", 100, "%", "level", "increase", null],
  ["Cơ cấu kinh tế – nông, lâm nghiệp và thủy sản", 17.5, "%", "level", "increase", "Cơ cấu kinh tế"],
  ["Cơ cấu kinh tế – công nghiệp và xây dựng", 36, "%", "level", "increase", "Cơ cấu kinh tế"],
  ["Cơ cấu kinh tế – dịch vụ", 39.5, "%", "level", "increase", "Cơ cấu kinh tế"],
  ["Cơ cấu kinh tế – thuế sản phẩm trừ trợ cấp sản phẩm", 7, "%", "level", "increase", "Cơ cấu kinh tế"],
  ["Tổng thu ngân sách nhà nước trên địa bàn", 13800, "Tỷ đồng", "flow", "increase", null],
  ["Tổng thu ngân sách nhà nước trên địa bàn – thu nội địa", 11700, "Tỷ đồng", "flow", "increase", "Tổng thu ngân sách nhà nước trên địa bàn"],
  ["Tổng vốn đầu tư phát triển toàn xã hội", 50000, "Tỷ đồng", "flow", "increase", null],
  ["Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2026-2030", [1, 1.5], "điểm %", "change", "decrease", null],
  ["Số lao động được tạo việc làm mới", 25500, "Người", "flow", "increase", null],
  ["Tỷ lệ lao động qua đào tạo", 74, "%", "level", "increase", null],
  ["Tỷ lệ lao động qua đào tạo – có bằng cấp, chứng chỉ", 33, "%", "level", "increase", "Tỷ lệ lao động qua đào tạo"],
  ["Số giường bệnh trên một vạn dân (không tính giường trạm y tế xã)", 34, "Giường", "level", "increase", null],
  ["Tỷ lệ che phủ rừng", 45.5, "%", "level", "increase", null],
  ["Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý", 97, "%", "level", "increase", null],
];

function check(result: TableFileResult): void {
  if (result.kind !== "catalog") throw new Error(JSON.stringify(result));
  const { targets } = result.catalog;
  const nameOf = (id: string | undefined) => targets.find((t) => t.id === id)?.name ?? null;
  expect(targets.map((t) => [t.name, t.value ?? [t.min, t.max], t.unit, t.kind, t.direction, nameOf(t.parent)])).toEqual(EXPECTED);
  expect(new Set(targets.map((t) => t.year))).toEqual(new Set([2026]));
  expect(targets.map((t) => t.group).filter((g, i, all) => all.indexOf(g) === i)).toEqual(["Kinh tế", "Xã hội", "Môi trường"]);
  const byName = (name: string) => targets.find((t) => t.name === name)!;
  // Results: "Thực hiện năm 2024" and "Ước thực hiện" of 2025; never the 2025 plan nor the "So sánh (%)" ratios.
  const actualsOf = (name: string) => result.actuals.filter((a) => a.id === byName(name).id).map((a) => [a.period, a.value]);
  expect(actualsOf("Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) theo giá so sánh 2010")).toEqual([["2024", 7.1], ["2025", 7.8]]);
  expect(actualsOf("Tỷ lệ lao động qua đào tạo")).toEqual([["2024", 70], ["2025", 72.2]]);
  // The poverty rate is to fall by 1–1,5 points: its 2025 level (4,1) is no fall, so it is not offered as one.
  expect(actualsOf("Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2026-2030")).toEqual([]);
  expect(result.actuals.some((a) => [104, 112.2, 100.4].includes(a.value))).toBe(false);
  expect(byName("Tỷ lệ che phủ rừng").note).toMatch(/^Không tính cây phân tán;/);
  expect(result.catalog.plan.title).toBe("Các chỉ tiêu chủ yếu kế hoạch phát triển kinh tế - xã hội năm 2026");
  expect(result.warnings.filter((w) => !/cơ quan ban hành/.test(w.message.vi))).toEqual([]);
}

describe("a resolution annex as provinces publish it", () => {
  test("written by ExcelJS", async () => {
    check(await importTableFile({ name: RESOLUTION_ANNEX.file, data: await formattedXlsx(RESOLUTION_ANNEX) }, { plan: "nq-2026" }));
  });

  (hasSoffice ? test : test.skip)("re-saved by LibreOffice: same targets and actuals", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kehoach-table-lo-"));
    writeFileSync(join(dir, "in.xlsx"), await formattedXlsx(RESOLUTION_ANNEX));
    soffice(dir, ["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", "out", "in.xlsx"]);
    check(await importTableFile({ name: RESOLUTION_ANNEX.file, data: readFileSync(join(dir, "out", "in.xlsx")) }, { plan: "nq-2026" }));
  }, 200_000);
});
if (!hasSoffice) console.warn("soffice (libreoffice-calc) not found: the LibreOffice re-saved table test is skipped");
