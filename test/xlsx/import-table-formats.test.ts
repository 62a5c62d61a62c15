/**
 * Figures as the user sees them: a cell formatted "0%" holds 0.95 for "95%", a "‰" format shows the
 * number as it is, a unit may sit in the name's brackets, and a bare 0,95 in a % row is kept but flagged.
 * Expected values written by reading the sheet below.
 */
import ExcelJS from "exceljs";
import { importTable, type TableGrid } from "../../src/core/table-import";
import { importTableFile } from "../../src/xlsx/import-table-file";

type Row = (string | number | null | [number, string])[];

/** "CHỈ TIÊU XÃ HỘI 2026": [value, numFmt] pairs are formatted cells. */
const ROWS: Row[] = [
  ["CHỈ TIÊU PHÁT TRIỂN XÃ HỘI NĂM 2026"],
  ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2024", "Ước thực hiện năm 2025", "Kế hoạch năm 2026", "Ghi chú"],
  ["I", "Y TẾ, DÂN SỐ"],
  [1, "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", [0.921, "0.0%"], [0.937, "0.0%"], [0.95, "0%"], null],
  [2, "Tỷ lệ tăng dân số tự nhiên", "‰", [9.8, '0.0"‰"'], [9.5, '0.0"‰"'], [9.2, '0.0"‰"'], null],
  [3, "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi (%)", null, null, null, "Dưới 17%", null],
  [4, "Tỷ lệ hộ gia đình dùng nước sạch", "%", null, null, "0,95", "số liệu do phần mềm xuất"],
  [5, "Tốc độ tăng thu ngân sách trên địa bàn", "%", null, null, [0.1, "0%"], null],
  [6, "Số bác sĩ trên vạn dân", "Bác sĩ", null, null, [12.5, "#,##0.0"], null],
  [7, "Tỷ lệ sinh con thứ ba trở lên", null, null, null, [14, '0.0"‰"'], null],
];

async function workbookBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Biểu 2");
  ROWS.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === null) return;
      const target = ws.getCell(r + 1, c + 1);
      if (Array.isArray(cell)) {
        target.value = cell[0];
        target.numFmt = cell[1];
      } else target.value = cell;
    }),
  );
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The same sheet as Office.js hands the selected range over: values and numberFormat side by side. */
const SELECTION: TableGrid = {
  file: "Biểu 2",
  sheet: "Biểu 2",
  rows: ROWS.map((row) => row.map((cell) => (Array.isArray(cell) ? cell[0] : cell))),
  formats: ROWS.map((row) => row.map((cell) => (Array.isArray(cell) ? cell[1] : "General"))),
};

describe("percent and per-mille cells read as shown", () => {
  test("from an .xlsx file and from the selected range alike", async () => {
    const file = await importTableFile({ name: "xa-hoi-2026.xlsx", data: await workbookBytes() }, { plan: "xh-2026" });
    const selection = importTable(SELECTION, { plan: "xh-2026" });
    for (const result of [file, selection]) {
      if (result.kind !== "catalog") throw new Error(JSON.stringify(result));
      const byName = (start: string) => result.catalog.targets.find((t) => t.name.startsWith(start))!;
      expect(byName("Tỷ lệ dân số tham gia bảo hiểm y tế")).toMatchObject({ value: 95, unit: "%", kind: "level" });
      expect(result.actuals.filter((a) => a.id === byName("Tỷ lệ dân số tham gia").id).map((a) => [a.period, a.value])).toEqual([
        ["2024", 92.1],
        ["2025", 93.7],
      ]);
      expect(byName("Tỷ lệ tăng dân số tự nhiên")).toMatchObject({ value: 9.2, unit: "‰" });
      expect(byName("Tốc độ tăng thu ngân sách")).toMatchObject({ value: 10, unit: "%", kind: "rate" });
      expect(byName("Số bác sĩ trên vạn dân")).toMatchObject({ value: 12.5 });
      // The unit in the name's brackets: taken as the unit and left out of the name.
      expect(byName("Tỷ lệ trẻ em dưới 5 tuổi")).toMatchObject({ name: "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", unit: "%", value: 17, comparator: "<", direction: "decrease" });
      // A ‰ format with no unit column value: the sign it shows is the unit.
      expect(byName("Tỷ lệ sinh con thứ ba")).toMatchObject({ value: 14, unit: "‰" });
      // 0,95 typed in a % row is kept as written, with a warning naming row and column.
      expect(byName("Tỷ lệ hộ gia đình dùng nước sạch")).toMatchObject({ value: 0.95, unit: "%" });
      const warning = result.warnings.find((w) => w.row === 7)!;
      expect(warning).toMatchObject({ sheet: "Biểu 2", column: "F" });
      expect(warning.message.vi).toContain("nếu ý là 95%");
      expect(warning.message.en).toContain("if 95% was meant");
      expect(result.warnings.filter((w) => /phân số/.test(w.message.vi))).toHaveLength(1);
    }
  });
});
