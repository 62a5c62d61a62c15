/**
 * A per-agency assignment table saved by another program (openpyxl; its generator sits beside the
 * file): an instructions sheet first, a hidden code column, % and ‰ formats, "Tăng 10%", "≥ 95%",
 * "28/30", partners, and a formula openpyxl never calculated. Expected values written by reading the sheet.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importTableFile } from "../../src/xlsx/import-table-file";
import { agencyName } from "../support/agencies";

const FILE = join(__dirname, "..", "fixtures", "tables", "openpyxl-giao-so-nganh.xlsx");

test("an openpyxl-written workbook reads as its sheet shows", async () => {
  const result = await importTableFile({ name: "openpyxl-giao-so-nganh.xlsx", data: readFileSync(FILE) }, { plan: "giao-2026" });
  if (result.kind !== "catalog") throw new Error(JSON.stringify(result));
  expect(result.sheet).toBe("Biểu 03");
  const { targets, agencies } = result.catalog;
  const lead = agencyName(agencies);
  const rows = targets.map((t) => [t.name, t.value, t.comparator, t.unit, t.kind, lead(t.agency)]);
  expect(rows).toEqual([
    ["Tốc độ tăng trưởng GRDP", 8.5, "=", "%", "rate", "Sở Tài chính"],
    ["Thu ngân sách nhà nước trên địa bàn", 10, "=", "%", "rate", "Sở Tài chính"],
    ["Thu ngân sách nhà nước trên địa bàn – thu nội địa", 9500, "=", "Tỷ đồng", "flow", "Thuế tỉnh"],
    ["Thu ngân sách nhà nước trên địa bàn – thu từ hoạt động xuất nhập khẩu", 1200, "=", "Tỷ đồng", "flow", "Hải quan khu vực"],
    ["Tỷ lệ tăng dân số tự nhiên", 9.5, "=", "‰", "level", "Sở Y tế"],
    ["Tỷ lệ dân số tham gia bảo hiểm y tế", 95, ">=", "%", "level", "Bảo hiểm xã hội tỉnh"],
    ["Số xã, phường đạt tiêu chí quốc gia về y tế", 28, "=", "Xã, phường", "level", "Sở Y tế"],
    ["Tỷ lệ trường đạt chuẩn quốc gia", 78, "=", "%", "level", "Sở Giáo dục và Đào tạo"],
  ]);
  expect(targets[2].parent).toBe(targets[1].id);
  expect(targets[3].parent).toBe(targets[1].id);
  expect(targets.map((t) => t.group)).toEqual(["Kinh tế", "Kinh tế", "Kinh tế", "Kinh tế", "Xã hội", "Xã hội", "Xã hội", "Xã hội"]);
  expect(targets[0].note).toBe("Phối hợp: Các sở, ngành; UBND các xã, phường");
  expect(targets[6].note).toBe("trên tổng số 30 Xã, phường; Phối hợp: UBND các xã, phường");
  expect(targets[7].note).toBe("Tính cả trường tư thục");
  // The hidden "Mã" column is never read; the uncalculated formula is named by row and column, with what to do.
  expect(JSON.stringify(targets)).not.toContain("KT01");
  const formula = result.warnings.find((w) => w.row === 10)!;
  expect(formula).toMatchObject({ sheet: "Biểu 03", column: "E" });
  expect(formula.message.vi).toContain("công thức chưa được tính (=1200+300)");
  expect(formula.message.en).toContain("Open it in Excel or LibreOffice");
});
