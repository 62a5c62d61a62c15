import ExcelJS from "exceljs";
(async () => {
  console.log("DS", typeof (globalThis as any).DecompressionStream);
  try { new (globalThis as any).DecompressionStream("deflate-raw"); console.log("deflate-raw ok"); } catch (e) { console.log("no deflate-raw", (e as Error).message); }
  const t = performance.now();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: "/tmp/stream.xlsx", useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet("x");
  const font = { name: "Times New Roman", size: 11 }; const border = { top: { style: "thin" } } as any;
  for (let r = 1; r <= 9000; r++) { const row = ws.getRow(r); for (let c = 1; c <= 13; c++) { const cell = row.getCell(c); cell.value = c % 2 ? r * 1.5 : "text " + r; cell.font = font; cell.border = border; cell.numFmt = "#,##0.0"; } row.commit(); }
  await ws.commit(); await wb.commit();
  console.log("stream styled", performance.now() - t);
})();
