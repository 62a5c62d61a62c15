/** Importing a table from real .xlsx and .csv bytes: merges and hidden columns come through ExcelJS as the grid fixtures state them. */
import ExcelJS from "exceljs";
import { importTable, type TableGrid } from "../../src/core/table-import";
import { importTableFile } from "../../src/xlsx/import-table-file";
import { HEALTH_CSV, PROVINCE_ANNEX } from "../fixtures/tables/shapes";

async function xlsxOf(grid: TableGrid, extraSheetFirst = false): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  if (extraSheetFirst) workbook.addWorksheet("Hướng dẫn").getCell("A1").value = "Điền số liệu vào biểu bên cạnh.";
  const ws = workbook.addWorksheet(grid.sheet);
  grid.rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
  for (const m of grid.merges ?? []) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  for (const c of grid.hiddenColumns ?? []) ws.getColumn(c).hidden = true;
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("import-table from files", () => {
  test(".xlsx: merged headers, the merged agency cell and the hidden column read as in the grid; the sheet holding the table is found", async () => {
    const fromFile = await importTableFile({ name: PROVINCE_ANNEX.file, data: await xlsxOf(PROVINCE_ANNEX, true) }, { plan: "kh-2026" });
    const fromGrid = importTable(PROVINCE_ANNEX, { plan: "kh-2026" });
    expect(fromFile.kind).toBe("catalog");
    if (fromFile.kind !== "catalog" || fromGrid.kind !== "catalog") return;
    expect(fromFile.sheet).toBe("Biểu 01");
    expect(fromFile.catalog.targets).toEqual(fromGrid.catalog.targets);
    expect(fromFile.actuals).toEqual(fromGrid.actuals);
  });

  test(".csv bytes with a BOM; a file that is not UTF-8 is refused with what to do", async () => {
    const csv = await importTableFile({ name: "y-te.csv", data: new TextEncoder().encode(HEALTH_CSV) });
    expect(csv.kind === "catalog" && csv.catalog.targets.length).toBe(6);
    const latin = await importTableFile({ name: "cu.csv", data: new Uint8Array([0x54, 0x54, 0x3b, 0xc0, 0xe0, 0x0a]) });
    expect(latin.kind === "error" && latin.message.vi).toContain("CSV UTF-8");
  });

  test("an unknown --sheet names the sheets there are", async () => {
    const result = await importTableFile({ name: "b.xlsx", data: await xlsxOf(PROVINCE_ANNEX) }, { sheet: "Biểu 02" });
    expect(result.kind === "error" && result.message.vi).toContain("Các trang: Biểu 01");
  });

  test("an .xlsm (macros kept) is read like an .xlsx; an old .xls is refused with how to save it again", async () => {
    const xlsm = await importTableFile({ name: "bieu.xlsm", data: await xlsxOf(PROVINCE_ANNEX) }, { plan: "kh-2026" });
    expect(xlsm.kind === "catalog" && xlsm.catalog.targets.length).toBe(12);
    const xls = await importTableFile({ name: "bieu.xls", data: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) });
    expect(xls.kind === "error" && xls.message.vi).toContain("lưu lại dạng .xlsx");
    expect(xls.kind === "error" && xls.message.en).toContain("save it as .xlsx");
  });

  test("a hidden row is not read, and the warning names it", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Biểu");
    ws.addRows([
      ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026"],
      [1, "Số doanh nghiệp thành lập mới", "Doanh nghiệp", 1200],
      [2, "Chỉ tiêu đã bỏ, để ẩn", "Dự án", 3],
      [3, "Số hợp tác xã thành lập mới", "Hợp tác xã", 40],
    ]);
    ws.getRow(3).hidden = true;
    const result = await importTableFile({ name: "an-dong.xlsx", data: new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer) });
    if (result.kind !== "catalog") throw new Error(JSON.stringify(result));
    expect(result.catalog.targets.map((t) => t.value)).toEqual([1200, 40]);
    const hidden = result.warnings.find((w) => /ẩn/.test(w.message.vi))!;
    expect(hidden).toMatchObject({ sheet: "Biểu", row: 3 });
    expect(hidden.message.en).toContain("hidden row(s) were not read (rows 3)");
  });
});
