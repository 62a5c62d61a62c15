import { importTable } from "./src/core/table-import";
const grid = { file: "giao-xa-2026.xlsx", sheet: "Phụ lục", rows: [
  ["GIAO CHỈ TIÊU KẾ HOẠCH NĂM 2026 CHO CÁC XÃ, PHƯỜNG"],
  ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026", null, null, null],
  [null, null, null, "Toàn tỉnh", "Chia ra", null, null],
  [null, null, null, null, "Phường Đông Hải", "Xã Tân Lập", "Đặc khu Cồn Cỏ"],
  ["1", "Tỷ lệ hộ nghèo", "%", 2.5, 1.2, 3.8, 0.5],
  ["2", "Số hộ thoát nghèo", "Hộ", 1200, 300, 850, 50],
  ["3", "Tổng cộng", null, null, null, null, null],
], merges: [{top:2,left:4,bottom:2,right:7},{top:3,left:5,bottom:3,right:7},{top:3,left:4,bottom:4,right:4},{top:2,left:1,bottom:4,right:1},{top:2,left:2,bottom:4,right:2},{top:2,left:3,bottom:4,right:3}] };
const q = importTable(grid as never);
console.log(JSON.stringify(q, null, 1).slice(0, 2500));
const a = importTable(grid as never, { columns: { units: [5,6,7] } });
if (a.kind === "catalog") { console.log(a.catalog.targets.map(t => [t.id, t.name, t.value, t.agency, t.parent].join(" | ")).join("\n")); console.log(a.catalog.agencies, a.warnings.map(w=>w.message.vi)); } else console.log(JSON.stringify(a));
