/**
 * "Giao chỉ tiêu" tables as other programs save them, in our own words and numbers: a decision's annex
 * written by openpyxl (two merged header rows, column codes, groups A–C, "Trong đó" parts; its generator
 * sits beside it) and re-saved by LibreOffice, and a per-agency list exported by vi-VN Excel as CSV
 * (";", BOM, CRLF, "14,5" decimals). Expected targets, units and agencies written by reading the files.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { planTitle } from "../../src/core/catalog/describe";
import { importTableFile, type TableFileResult } from "../../src/xlsx/import-table-file";
import { hasSoffice, soffice } from "./soffice";
import { agencyName } from "../support/agencies";

const TABLES = join(__dirname, "..", "fixtures", "tables");
const DECISION = "openpyxl-quyet-dinh-giao.xlsx";
const GRDP = "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)";

function catalogOf(result: TableFileResult) {
  if (result.kind !== "catalog") throw new Error(JSON.stringify(result));
  const { targets, agencies } = result.catalog;
  const lead = agencyName(agencies);
  const nameOf = (id: string | undefined) => targets.find((t) => t.id === id)?.name ?? null;
  const rows = targets.map((t) => [t.name, t.value ?? [t.min, t.max], t.comparator, t.unit, t.kind, lead(t.agency), t.group, nameOf(t.parent)]);
  return { ...result, rows, nameOf };
}

function checkDecision(result: TableFileResult): void {
  const { rows, catalog, actuals, warnings, nameOf } = catalogOf(result);
  expect(rows).toEqual([
    [GRDP, [8, 8.5], "=", "%", "rate", "Sở Tài chính", "Kinh tế", null],
    [`${GRDP} – nông, lâm nghiệp và thủy sản`, 3.5, "=", "%", "rate", "Sở Nông nghiệp và Môi trường", "Kinh tế", GRDP],
    [`${GRDP} – công nghiệp - xây dựng`, 11.5, "=", "%", "rate", "Sở Công Thương", "Kinh tế", GRDP],
    ["GRDP bình quân đầu người", 93, ">", "Triệu đồng", "level", "Sở Tài chính", "Kinh tế", null],
    ["Tổng thu ngân sách nhà nước trên địa bàn", 13500, "=", "Tỷ đồng", "flow", "Sở Tài chính", "Kinh tế", null],
    ["Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", [0.8, 1], "=", "điểm %", "change", "Sở Nông nghiệp và Môi trường", "Xã hội", null],
    ["Tỷ lệ lao động qua đào tạo", 72, "=", "%", "level", "Sở Nội vụ", "Xã hội", null],
    ["Tỷ lệ lao động qua đào tạo – có bằng cấp, chứng chỉ", 31, "=", "%", "level", "Sở Nội vụ", "Xã hội", "Tỷ lệ lao động qua đào tạo"],
    ["Số giường bệnh trên 1 vạn dân", 33, "=", "Giường", "level", "Sở Y tế", "Xã hội", null],
    ["Tỷ lệ dân số tham gia bảo hiểm y tế", 95.5, ">=", "%", "level", "Bảo hiểm xã hội tỉnh", "Xã hội", null],
    ["Tỷ lệ che phủ rừng", 45, "~", "%", "level", "Sở Nông nghiệp và Môi trường", "Môi trường", null],
    ["Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý", 97, "=", "%", "level", "Sở Xây dựng", "Môi trường", null],
  ]);
  expect(catalog.targets.every((t) => t.year === 2026)).toBe(true);
  expect(catalog.targets.find((t) => t.name === "Tổng thu ngân sách nhà nước trên địa bàn")?.note).toBe("Theo dự toán HĐND tỉnh giao");
  expect(planTitle(catalog.plan)).toBe("Các chỉ tiêu chủ yếu kế hoạch phát triển kinh tế - xã hội năm 2026");
  // "Thực hiện năm 2024" and "Năm 2025 / Ước thực hiện" are actuals; "Năm 2025 / Kế hoạch" is not; the poverty fall gets no level.
  const actualsOf = (name: string) => actuals.filter((a) => nameOf(a.id) === name).map((a) => [a.period, a.value]);
  expect(actualsOf(GRDP)).toEqual([["2024", 7.2], ["2025", 7.6]]);
  expect(actualsOf("Tổng thu ngân sách nhà nước trên địa bàn")).toEqual([["2024", 11240], ["2025", 12650]]);
  expect(actualsOf("Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều")).toEqual([]);
  expect(actuals).toHaveLength(22);
  expect(warnings).toEqual([]);
}

describe("a decision's annex of main targets, two merged header rows", () => {
  test("as openpyxl wrote it", async () => {
    checkDecision(await importTableFile({ name: DECISION, data: readFileSync(join(TABLES, DECISION)) }, {}));
  });

  (hasSoffice ? test : test.skip)("re-saved by LibreOffice", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kehoach-table-other-"));
    writeFileSync(join(dir, "in.xlsx"), readFileSync(join(TABLES, DECISION)));
    soffice(dir, ["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", "out", "in.xlsx"]);
    checkDecision(await importTableFile({ name: DECISION, data: readFileSync(join(dir, "out", "in.xlsx")) }, {}));
  }, 200_000);
});

test("a per-agency list exported by vi-VN Excel as CSV: every target, unit, lead and partner", async () => {
  const name = "giao-so-nganh-excel-vi.csv";
  const { rows, catalog } = catalogOf(await importTableFile({ name, data: readFileSync(join(TABLES, name)) }, {}));
  expect(rows).toEqual([
    ["Số doanh nghiệp thành lập mới", 1100, ">", "Doanh nghiệp", "flow", "Sở Tài chính", "Kinh tế", null],
    ["Tổng vốn đầu tư phát triển toàn xã hội", [52000, 54000], "=", "Tỷ đồng", "flow", "Sở Tài chính", "Kinh tế", null],
    ["Số xã đạt chuẩn nông thôn mới nâng cao", 6, "=", "Xã", "level", "Sở Nông nghiệp và Môi trường", "Kinh tế", null],
    ["Tỷ lệ trường học đạt chuẩn quốc gia", 80, ">=", "%", "level", "Sở Giáo dục và Đào tạo", "Văn hóa - xã hội", null],
    ["Số bác sĩ trên 1 vạn dân", 12.5, "~", "Bác sĩ", "level", "Sở Y tế", "Văn hóa - xã hội", null],
    ["Tỷ lệ hộ nghèo đa chiều", [0.5, 0.7], "=", "điểm %", "change", "Sở Nông nghiệp và Môi trường", "Văn hóa - xã hội", null],
    ["Tỷ lệ thất nghiệp khu vực thành thị", 3, "<", "%", "level", "Sở Nội vụ", "Văn hóa - xã hội", null],
    ["Số lao động được tạo việc làm", 18500, "=", "Người", "level", "Sở Nội vụ", "Văn hóa - xã hội", null],
    ["Số lao động được tạo việc làm – đi làm việc ở nước ngoài theo hợp đồng", 2000, "=", "Người", "level", "Sở Nội vụ", "Văn hóa - xã hội", "Số lao động được tạo việc làm"],
    ["Tỷ lệ dân số nông thôn được sử dụng nước sạch đạt quy chuẩn", 60, ">", "%", "level", "Sở Nông nghiệp và Môi trường", "Môi trường", null],
    ["Tỷ lệ khu công nghiệp có hệ thống xử lý nước thải tập trung", 100, "=", "%", "level", "Ban Quản lý các khu công nghiệp", "Môi trường", null],
  ]);
  const noteOf = (name: string) => catalog.targets.find((t) => t.name === name)?.note;
  expect(noteOf("Số doanh nghiệp thành lập mới")).toBe("Phối hợp: UBND các xã, phường");
  expect(noteOf("Số xã đạt chuẩn nông thôn mới nâng cao")).toBe("Lũy kế đến cuối năm; Phối hợp: UBND các xã");
  expect(noteOf("Tỷ lệ khu công nghiệp có hệ thống xử lý nước thải tập trung")).toBe("Phối hợp: Sở Nông nghiệp và Môi trường");
  expect(catalog.agencies.map((a) => a.name).sort()).toEqual(
    ["Ban Quản lý các khu công nghiệp", "Sở Giáo dục và Đào tạo", "Sở Nông nghiệp và Môi trường", "Sở Nội vụ", "Sở Tài chính", "Sở Y tế"].sort(),
  );
  expect(planTitle(catalog.plan)).toBe("Biểu giao chỉ tiêu kế hoạch năm 2026 cho các sở, ban, ngành");
});
if (!hasSoffice) console.warn("soffice (libreoffice-calc) not found: the LibreOffice re-saved decision annex test is skipped");
