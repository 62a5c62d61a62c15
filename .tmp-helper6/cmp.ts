import { readFileSync, readdirSync } from "node:fs";
import ExcelJS from "exceljs";
import { guardXlsx } from "../src/xlsx/size-guard";
import { fastReadSheets } from "../src/xlsx/fast-read";
import { worksheetGrid } from "../src/xlsx/read";
(async () => {
  for (const f of ["/tmp/a1.xlsx", "/tmp/cons.xlsx", "/tmp/gen60/so-1.xlsx"]) {
    const data = new Uint8Array(readFileSync(f));
    const g = guardXlsx(data); if (!g.ok) throw 1;
    let t = performance.now();
    const fast = await fastReadSheets(data, g.entries);
    const tf = performance.now() - t; t = performance.now();
    const wb = new ExcelJS.Workbook(); await wb.xlsx.load(data.buffer as ArrayBuffer);
    const slow = wb.worksheets.map(worksheetGrid);
    const ts = performance.now() - t;
    const norm = (x: unknown) => JSON.stringify(x, (k, v) => (v === undefined ? null : v)).replace(/(,null)+\]/g, "]");
    console.log(f, tf.toFixed(1), ts.toFixed(1), norm(fast) === norm(slow) ? "SAME" : "DIFF");
    if (norm(fast) !== norm(slow)) { const a = norm(fast), b = norm(slow); let i = 0; while (a[i] === b[i]) i++; console.log(a.slice(i - 100, i + 100)); console.log(b.slice(i - 100, i + 100)); }
  }
})();
