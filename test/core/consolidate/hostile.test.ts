/** Issue 14: what hostile or oddly edited submissions used to crash, drop or misplace, and must not. */
import { consolidate } from "../../../src/core/consolidate/consolidate";
import { annexRows } from "../../../src/core/annex/model";
import { MAX_SHEET_ROWS, type GridCell, type SheetGrid } from "../../../src/core/consolidate/grid";
import { syntheticCatalog } from "../annex/synthetic";
import { annexGrids, fileOf } from "./grids";

const catalog = syntheticCatalog({ agencies: 3, targetsPerAgency: 4 });
const now = "2024-06-20T03:00:00.000Z";
const T1 = "tinh-x-2024.t0001";
const T2 = "tinh-x-2024.t0002";

function run(files: ReturnType<typeof fileOf>[]) {
  const r = consolidate(catalog, files, { period: "2024-Q2", now });
  if (!r.ok) throw new Error(r.error.vi);
  return r.result;
}
const valueIn = (result: ReturnType<typeof run>, id: string) => annexRows(result.annex).find((r) => r.targetId === id)!;
const sheetOf = (sheets: SheetGrid[]) => sheets.find((s) => s.name === "Phụ lục")!;
const headerRow = (sheet: SheetGrid) => sheet.rows.findIndex((r) => r.includes("Thực hiện kỳ báo cáo"));
const rowOf = (sheet: SheetGrid, id: string) => sheet.rows.find((r) => r.includes(id))!;

/** so-1's annex with T1 = 100 this period and 80 last year, for editing. */
function so1(): { sheets: SheetGrid[]; sheet: SheetGrid; header: GridCell[] } {
  const sheets = annexGrids(catalog, { agency: "so-1", actuals: new Map([[T1, { actual: 100, lastYear: 80, estimateYear: 300 }]]) });
  const sheet = sheetOf(sheets);
  return { sheets, sheet, header: sheet.rows[headerRow(sheet)] };
}

/** Insert a column before `before` in every row from the header down, with `title` and values per target id. */
function insertColumn(sheet: SheetGrid, before: number, title: string, values: Record<string, GridCell>) {
  const h = sheet.rows.findIndex((r) => r.includes("Mã chỉ tiêu"));
  const idCol = sheet.rows[h].indexOf("Mã chỉ tiêu");
  sheet.rows.forEach((row, i) => {
    if (i < h) return;
    const id = row[idCol] as string;
    while (row.length < before) row.push(null);
    row.splice(before, 0, i === h ? title : (values[id] ?? null));
  });
}

describe("consolidate: hostile and reworded submissions (issue 14)", () => {
  test("a file with 60,000 bad rows does not crash the run; every bad row is listed and the good file is merged", () => {
    const big = so1();
    const width = big.header.length;
    const actual = big.header.indexOf("Thực hiện kỳ báo cáo");
    const name = big.header.indexOf("Chỉ tiêu");
    for (let i = 0; i < 15_000; i++) {
      const row: GridCell[] = Array(width).fill(null);
      row[name] = `Chỉ tiêu lạ ${i}`;
      row[actual] = i;
      big.sheet.rows.push(row);
    }
    // Four sheets like it: 60,000 rejections from one file.
    for (let k = 2; k <= 4; k++) big.sheets.push({ ...big.sheet, name: `Bản sao ${k}` });
    const good = annexGrids(catalog, { agency: "so-2", actuals: new Map([["tinh-x-2024.t0005", { actual: 7 }]]) });
    const result = run([fileOf("lon.xlsx", big.sheets), fileOf("tot.xlsx", good)]);
    expect(result.rejected.filter((r) => r.file === "lon.xlsx").length).toBeGreaterThanOrEqual(60_000);
    expect(valueIn(result, "tinh-x-2024.t0005").actual).toBe(7);
  });

  test("a sheet with more rows than the cap: that file is refused whole with the reason, the others proceed", () => {
    const big = so1();
    for (let i = big.sheet.rows.length; i <= MAX_SHEET_ROWS; i++) big.sheet.rows.push([null, `dòng ${i}`]);
    const good = annexGrids(catalog, { agency: "so-2", actuals: new Map([["tinh-x-2024.t0005", { actual: 7 }]]) });
    const result = run([fileOf("trieu-dong.xlsx", big.sheets), fileOf("tot.xlsx", good)]);
    const refusal = result.rejected.find((r) => r.file === "trieu-dong.xlsx")!;
    expect(refusal.row).toBeUndefined();
    expect(refusal.reason.vi).toContain("dòng");
    expect(refusal.reason.vi).toContain("Phụ lục");
    expect(result.submissions.map((s) => s.file)).toEqual(["tot.xlsx"]);
  });

  test("a formula cell saved without its value is rejected with its reason, never dropped", () => {
    const { sheets, sheet, header } = so1();
    rowOf(sheet, T2)[header.indexOf("Thực hiện kỳ báo cáo")] = { uncomputed: true, formula: "1+1" };
    const result = run([fileOf("openpyxl.xlsx", sheets)]);
    const rejection = result.rejected.find((r) => r.targetId === T2 && r.field === "actual")!;
    expect(rejection.value).toBe("=1+1");
    expect(rejection.reason.vi).toContain("ô có công thức chưa tính giá trị");
    expect(valueIn(result, T1).actual).toBe(100);
  });

  test("a 401-digit number is rejected and does not replace another file's valid figure", () => {
    const huge = `1${"0".repeat(400)}`;
    const { sheets, sheet, header } = so1();
    rowOf(sheet, T1)[header.indexOf("Thực hiện kỳ báo cáo")] = huge;
    const all = annexGrids(catalog, { actuals: new Map([[T1, { actual: 120 }]]), meta: (m) => ({ ...m, agency: "*" }) });
    const result = run([fileOf("so1.xlsx", sheets), fileOf("chung.xlsx", all)]);
    expect(result.rejected.find((r) => r.file === "so1.xlsx" && r.field === "actual")?.reason.vi).toContain("số quá lớn");
    expect(valueIn(result, T1).actual).toBe(120);
    expect(result.conflicts).toEqual([]);
  });

  test("'Thực hiện 6 tháng năm 2023' on the last-year column is last year's figure, not this period's", () => {
    const { sheets, header } = so1();
    header[header.indexOf("Thực hiện cùng kỳ năm trước")] = "Thực hiện 6 tháng năm 2023";
    const result = run([fileOf("so1.xlsx", sheets)]);
    expect(valueIn(result, T1)).toMatchObject({ actual: 100, lastYear: 80 });
    expect(result.rejected).toEqual([]);
  });

  test("an inserted 'Thực hiện tháng 6/2024' does not displace the template's column, and its figures are listed", () => {
    const { sheets, sheet, header } = so1();
    insertColumn(sheet, header.indexOf("Thực hiện kỳ báo cáo"), "Thực hiện tháng 6/2024", { [T1]: 35 });
    const result = run([fileOf("so1.xlsx", sheets)]);
    expect(valueIn(result, T1).actual).toBe(100);
    const listed = result.rejected.find((r) => r.targetId === T1 && r.value === "35")!;
    expect(listed.field).toBe("Thực hiện tháng 6/2024");
    expect(listed.reason.vi).toContain("Thực hiện kỳ báo cáo");
  });

  test("renamed columns 'Năm trước', 'Dự kiến cả năm 2024' and 'Diễn giải' are still read", () => {
    const { sheets, sheet, header } = so1();
    header[header.indexOf("Thực hiện cùng kỳ năm trước")] = "Năm trước";
    header[header.indexOf("Ước thực hiện cả năm")] = "Dự kiến cả năm 2024";
    header[header.indexOf("Ghi chú")] = "Diễn giải";
    rowOf(sheet, T1)[header.indexOf("Diễn giải")] = "số sơ bộ";
    const result = run([fileOf("so1.xlsx", sheets)]);
    expect(valueIn(result, T1)).toMatchObject({ actual: 100, lastYear: 80, estimateYear: 300 });
    expect(valueIn(result, T1).note).toContain("số sơ bộ");
  });

  test("two columns that could both be this period's figure: neither is chosen, both are listed", () => {
    const { sheets, sheet, header } = so1();
    const actual = header.indexOf("Thực hiện kỳ báo cáo");
    header[actual] = "Thực hiện quý II";
    insertColumn(sheet, actual, "Thực hiện 6 tháng", { [T1]: 90 });
    const result = run([fileOf("so1.xlsx", sheets)]);
    expect(valueIn(result, T1).actual).toBeNull();
    const listed = result.rejected.filter((r) => r.targetId === T1).map((r) => [r.field, r.value]);
    expect(listed).toEqual(expect.arrayContaining([["Thực hiện 6 tháng", "90"], ["Thực hiện quý II", "100"]]));
  });

  test("a column with figures under a header that names nothing is listed with its values", () => {
    const { sheets, sheet, header } = so1();
    insertColumn(sheet, header.length, "Số dự phòng", { [T1]: 12 });
    const result = run([fileOf("so1.xlsx", sheets)]);
    expect(result.rejected.find((r) => r.targetId === T1)).toMatchObject({ field: "Số dự phòng", value: "12", sheet: "Phụ lục" });
  });

  test("a filled copy sheet 'Phụ lục (2)' is not ignored: its figures are listed", () => {
    const { sheets } = so1();
    const copy = annexGrids(catalog, { agency: "so-1", actuals: new Map([[T2, { actual: 55 }]]) });
    sheets.push({ ...sheetOf(copy), name: "Phụ lục (2)" });
    const result = run([fileOf("so1.xlsx", sheets)]);
    expect(valueIn(result, T1).actual).toBe(100);
    expect(result.rejected.find((r) => r.sheet === "Phụ lục (2)")).toMatchObject({ targetId: T2, field: "actual", value: "55" });
  });

  test("an unreadable submission date is reported, and timeliness falls back to the file's date instead of 'no deadline'", () => {
    const sheets = annexGrids(catalog, { agency: "so-1", meta: (m) => ({ ...m, submittedAt: "ngày 32/13" }) });
    const result = run([fileOf("so1.xlsx", sheets, "2024-06-18T03:00:00.000Z")]);
    expect(result.rejected.find((r) => r.field === "submittedAt")).toMatchObject({ file: "so1.xlsx", value: "ngày 32/13" });
    expect(result.timeliness.find((t) => t.agencyId === "so-1")).toMatchObject({ status: "late", source: "file" });
  });
});
