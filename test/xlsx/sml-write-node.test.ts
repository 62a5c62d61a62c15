/**
 * The CLI's SpreadsheetML writer deflates with zlib, piece by piece (./sml-write-node.ts): a sheet
 * far larger than one piece must come out as the very parts fflate's deflate gives, and open in ExcelJS.
 */
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import type { SheetLayout } from "../../src/core/sheet";
import { writeSpreadsheetML } from "../../src/xlsx/sml-write";
import { zlibDeflater } from "../../src/xlsx/sml-write-node";

const ROWS = 20_000;
const sheet: SheetLayout = {
  name: "Lớn",
  visibility: "visible",
  columns: [{ width: 8 }, { width: 40 }, { width: 12 }],
  rows: Array.from({ length: ROWS }, (_, i) => ({ style: "item" as const, cells: [i + 1, `Chỉ tiêu số ${i + 1} – nước sạch`, { formula: `A${i + 1}*2`, result: (i + 1) * 2 }] })),
  merges: [],
  trafficLights: [],
  validations: [],
  inputAreas: [],
  protect: false,
};

test("zlib in pieces gives the same parts as fflate, and ExcelJS reads every row", async () => {
  const now = new Date("2024-06-10T02:00:00Z");
  const byZlib = writeSpreadsheetML([sheet], { deflater: zlibDeflater, now });
  const byFflate = writeSpreadsheetML([sheet], { now });
  const zlibParts = unzipSync(byZlib);
  expect(zlibParts["xl/worksheets/sheet1.xml"].length).toBeGreaterThan(4 * (1 << 17)); // several pieces
  const fflateParts = unzipSync(byFflate);
  expect(Object.keys(zlibParts)).toEqual(Object.keys(fflateParts));
  for (const [path, data] of Object.entries(zlibParts)) expect(Buffer.from(data).equals(Buffer.from(fflateParts[path]))).toBe(true);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(byZlib.buffer.slice(byZlib.byteOffset, byZlib.byteOffset + byZlib.byteLength) as ArrayBuffer);
  const ws = workbook.getWorksheet("Lớn")!;
  expect(ws.rowCount).toBe(ROWS);
  expect(ws.getCell(ROWS, 2).value).toBe(`Chỉ tiêu số ${ROWS} – nước sạch`);
  expect(ws.getCell(ROWS, 3).value).toEqual({ formula: `A${ROWS}*2`, result: ROWS * 2 });
});
