/**
 * Importing a 500-row table of targets (goal: under 1 s): the whole operation on .xlsx bytes (guarded
 * ExcelJS read + import), the core import alone on the grid, and ExcelJS loading the same bytes as the
 * peer. Medians of 7 runs after a warm-up, wall and CPU time.
 */
import ExcelJS from "exceljs";
import { importTable, type TableGrid } from "../src/core/table-import";
import { importTableFile } from "../src/xlsx/import-table-file";
import { readTableFile } from "../src/xlsx/read-table";
import { measure } from "./measure";

const ROWS = 500;
const UNITS = ["%", "Tỷ đồng", "Xã", "Người", "Giường bệnh/vạn dân"];
const CELLS = ["Khoảng 4", "Dưới 3", "6,6-6,8", "≥ 95", "Trên 10", "8/9", "15.295", "14,5"];

function grid(): TableGrid {
  const rows: TableGrid["rows"] = [
    ["BIỂU CHỈ TIÊU KẾ HOẠCH NĂM 2026"],
    ["STT", "Chỉ tiêu", "ĐVT", "Năm 2025", null, "Kế hoạch năm 2026", "Cơ quan chủ trì", "Ghi chú"],
    [null, null, null, "Kế hoạch", "Ước thực hiện", null, null, null],
    ["A", "B", "C", 1, 2, 3, 4, 5],
  ];
  const roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
  let n = 0;
  for (let i = 0; rows.length < ROWS + 4; i++) {
    if (i % 50 === 0) rows.push([roman[(i / 50) % 10], `NHÓM CHỈ TIÊU SỐ ${i / 50 + 1}`]);
    const sub = i % 5 !== 0;
    const stt = sub ? "-" : String(++n);
    rows.push([stt, sub ? `Khu vực ${i % 5}` : `Tỷ lệ chỉ tiêu thử nghiệm số ${n}`, UNITS[i % UNITS.length], (i % 90) + 1, `${(i % 90) + 1},5`, CELLS[i % CELLS.length], `Sở số ${i % 12}`, i % 7 ? null : "ghi chú"]);
  }
  return { file: "bench-500.xlsx", sheet: "Biểu", rows, merges: [{ top: 2, left: 1, bottom: 3, right: 1 }, { top: 2, left: 4, bottom: 2, right: 5 }] };
}

async function xlsx(table: TableGrid): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(table.sheet);
  table.rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
  for (const m of table.merges ?? []) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

export async function run(): Promise<string[]> {
  const table = grid();
  const bytes = await xlsx(table);
  const result = importTable(table);
  const targets = result.kind === "catalog" ? result.catalog.targets.length : 0;
  const whole = await measure(() => importTableFile({ name: table.file, data: bytes }), 7);
  const core = await measure(() => importTable(table), 7);
  const peer = await measure(() => readTableFile({ name: table.file, data: bytes }), 7);
  const ms = (x: { wall: number; cpu: number }) => `${x.wall.toFixed(0)} ms (CPU ${x.cpu.toFixed(0)} ms)`;
  return [
    `table-import: ${ROWS}-row .xlsx (${(bytes.length / 1024).toFixed(0)} KB) → ${targets} targets: ${ms(whole)} (goal < 1000 ms)`,
    `table-import: core import of the grid alone ${ms(core)}; peer: guarded ExcelJS read of the same bytes ${ms(peer)}`,
  ];
}
