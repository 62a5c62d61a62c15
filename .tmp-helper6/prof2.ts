import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
(async () => {
  const data = readFileSync("/tmp/a1.xlsx");
  let t = performance.now();
  for (let i = 0; i < 20; i++) { const z = await JSZip.loadAsync(data); for (const f of Object.values(z.files)) await f.async("string"); }
  console.log("jszip per file", (performance.now() - t) / 20);
  t = performance.now();
  for (let i = 0; i < 20; i++) { const wb = new ExcelJS.Workbook(); await wb.xlsx.load(data); }
  console.log("exceljs per file", (performance.now() - t) / 20);
  // write 9000x13 plain
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet("x");
  for (let r = 1; r <= 9000; r++) { const row = ws.getRow(r); for (let c = 1; c <= 13; c++) row.getCell(c).value = c % 2 ? r * 1.5 : "text " + r; }
  t = performance.now(); await wb.xlsx.writeBuffer(); console.log("write plain", performance.now() - t);
  const font = { name: "Times New Roman", size: 11 }; const border = { top: { style: "thin" } } as any;
  for (let r = 1; r <= 9000; r++) { const row = ws.getRow(r); for (let c = 1; c <= 13; c++) { const cell = row.getCell(c); cell.font = font; cell.border = border; cell.numFmt = "#,##0.0"; } }
  t = performance.now(); await wb.xlsx.writeBuffer(); console.log("write styled", performance.now() - t);
  t = performance.now(); await wb.xlsx.writeBuffer({ zip: { compression: "DEFLATE", compressionOptions: { level: 1 } } } as any); console.log("write styled lvl1", performance.now() - t);
})();
