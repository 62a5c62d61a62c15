import { consolidate, vietnamDate } from "../../../src/core/consolidate/consolidate";
import { annexRows } from "../../../src/core/annex/model";
import type { SheetGrid } from "../../../src/core/consolidate/grid";
import { syntheticCatalog } from "../annex/synthetic";
import { annexGrids, fileOf } from "./grids";

const catalog = syntheticCatalog({ agencies: 3, targetsPerAgency: 4 });
const now = "2024-06-20T03:00:00.000Z";
const T1 = "tinh-x-2024.t0001"; // so-1, 15296 tỷ đồng
const T2 = "tinh-x-2024.t0002"; // so-1, 90 %
const T5 = "tinh-x-2024.t0005"; // so-2

function run(files: ReturnType<typeof fileOf>[], period = "2024-Q2") {
  const r = consolidate(catalog, files, { period, now });
  if (!r.ok) throw new Error(r.error.vi);
  return r.result;
}

const valueIn = (result: ReturnType<typeof run>, id: string) => annexRows(result.annex).find((r) => r.targetId === id)!;

/** The target sheet of a submission, to edit like a person would. */
function targetsSheet(sheets: SheetGrid[]): SheetGrid {
  return sheets.find((s) => s.name === "Phụ lục")!;
}
function headerIndex(sheet: SheetGrid): number {
  return sheet.rows.findIndex((r) => r.includes("Thực hiện kỳ báo cáo"));
}
function rowOf(sheet: SheetGrid, id: string) {
  return sheet.rows.find((r) => r.includes(id))!;
}

describe("consolidate", () => {
  test("merges the agencies' figures into the province's annex", () => {
    const result = run([
      fileOf("so1.xlsx", annexGrids(catalog, { agency: "so-1", actuals: new Map([[T1, { actual: 14000 }], [T2, { actual: 45.5, lastYear: 40 }]]) })),
      fileOf("so2.xlsx", annexGrids(catalog, { agency: "so-2", actuals: new Map([[T5, { actual: 7 }]]) })),
    ]);
    expect(result.rejected).toEqual([]);
    expect(valueIn(result, T1).actual).toBe(14000);
    expect(valueIn(result, T2).actual).toBe(45.5);
    expect(valueIn(result, T2).lastYear).toBe(40);
    expect(valueIn(result, T5).actual).toBe(7);
    expect(result.annex.meta.kind).toBe("consolidated");
    expect(valueIn(result, "tinh-x-2024.t0009").status).toBe("no_data");
  });

  test("completeness says which agencies and targets were expected and which arrived", () => {
    const result = run([fileOf("so1.xlsx", annexGrids(catalog, { agency: "so-1", actuals: new Map([[T1, { actual: 1 }]]) }))]);
    const so1 = result.completeness.find((c) => c.agencyId === "so-1")!;
    const so3 = result.completeness.find((c) => c.agencyId === "so-3")!;
    expect(so1).toMatchObject({ status: "partial", expected: 5, reported: 1, files: ["so1.xlsx"] });
    expect(so1.missing).toContain(catalog.targetById.get(T2)!.name);
    expect(so3).toMatchObject({ status: "missing", reported: 0, files: [] });
  });

  test("timeliness compares the submission date with the deadline (metadata date, else file time)", () => {
    const result = run([
      fileOf("early.xlsx", annexGrids(catalog, { agency: "so-1", meta: (m) => ({ ...m, submittedAt: "2024-06-14" }) })),
      fileOf("late.xlsx", annexGrids(catalog, { agency: "so-2" }), "2024-06-18T09:00:00.000Z"),
    ]);
    const byAgency = new Map(result.timeliness.map((t) => [t.agencyId, t]));
    expect(byAgency.get("so-1")).toMatchObject({ status: "on_time", source: "metadata", deadline: "2024-06-14", daysLate: 0 });
    expect(byAgency.get("so-2")).toMatchObject({ status: "late", source: "file", daysLate: 4 });
    expect(byAgency.get("so-3")).toMatchObject({ status: "overdue", file: null });
  });

  test("a submission time late in the evening UTC counts on the next day in Vietnam", () => {
    expect(vietnamDate("2024-06-14T18:30:00.000Z")).toBe("2024-06-15");
    expect(vietnamDate("2024-06-14")).toBe("2024-06-14");
  });

  test("two agencies reporting one target differently: a conflict, and the lead agency's figure is used", () => {
    const result = run([
      fileOf("so1.xlsx", annexGrids(catalog, { agency: "so-1", actuals: new Map([[T1, { actual: 100 }]]) })),
      fileOf("so1-bis.xlsx", annexGrids(catalog, { agency: "so-1", actuals: new Map([[T1, { actual: 100 }]]) })),
    ]);
    expect(result.conflicts).toEqual([]);

    // so-2 reports so-1's target through an all-agencies annex with a different figure.
    const all = annexGrids(catalog, { actuals: new Map([[T1, { actual: 120 }]]), meta: (m) => ({ ...m, agency: "*" }) });
    const sheet = targetsSheet(all);
    const agencyCol = sheet.rows[headerIndex(sheet)].indexOf("Cơ quan chủ trì");
    rowOf(sheet, T1)[agencyCol] = "Sở Ngành Số 2";
    const mixed = run([fileOf("so1.xlsx", annexGrids(catalog, { agency: "so-1", actuals: new Map([[T1, { actual: 100 }]]) })), fileOf("all.xlsx", all)]);
    expect(valueIn(mixed, T1).actual).toBe(100);
    const conflict = mixed.conflicts.filter((c) => c.targetId === T1);
    expect(conflict.map((c) => [c.agencyId, c.value, c.chosen])).toEqual(
      expect.arrayContaining([["so-1", 100, true], ["so-2", 120, false]]),
    );
  });

  test("an agency that submits twice: the latest figure wins and the earlier one is listed", () => {
    const result = run([
      fileOf("v2.xlsx", annexGrids(catalog, { agency: "so-1", actuals: new Map([[T1, { actual: 200 }]]), meta: (m) => ({ ...m, submittedAt: "2024-06-12T01:00:00Z" }) })),
      fileOf("v1.xlsx", annexGrids(catalog, { agency: "so-1", actuals: new Map([[T1, { actual: 150 }]]), meta: (m) => ({ ...m, submittedAt: "2024-06-11T01:00:00Z" }) })),
    ]);
    expect(valueIn(result, T1).actual).toBe(200);
    expect(result.conflicts.find((c) => c.value === 150)).toMatchObject({ file: "v1.xlsx", chosen: false });
  });

  test("a wrong period, an unknown agency, a foreign plan or a file without metadata is rejected with its reason; the rest proceed", () => {
    const noMeta = annexGrids(catalog, { agency: "so-2" }).filter((s) => s.name !== "_kehoach");
    const result = run([
      fileOf("q1.xlsx", annexGrids(catalog, { agency: "so-1", period: "2024-Q1" })),
      fileOf("ghost.xlsx", annexGrids(catalog, { agency: "so-1", meta: (m) => ({ ...m, agency: "so-ma" }) })),
      fileOf("other.xlsx", annexGrids(catalog, { agency: "so-1", meta: (m) => ({ ...m, plan: "ke-hoach-khac" }) })),
      fileOf("nometa.xlsx", noMeta),
      { file: "broken.xlsx", ok: false, reason: { vi: "không phải tệp .xlsx", en: "not an .xlsx file" } },
      fileOf("good.xlsx", annexGrids(catalog, { agency: "so-3", actuals: new Map([["tinh-x-2024.t0009", { actual: 3 }]]) })),
    ]);
    const reason = (file: string) => result.rejected.find((r) => r.file === file)?.reason.vi ?? "";
    expect(reason("q1.xlsx")).toContain("2024-Q1");
    expect(reason("ghost.xlsx")).toContain("so-ma");
    expect(reason("other.xlsx")).toContain("ke-hoach-khac");
    expect(reason("nometa.xlsx")).toContain("_kehoach");
    expect(reason("broken.xlsx")).toContain(".xlsx");
    expect(result.submissions.map((s) => s.file)).toEqual(["good.xlsx"]);
    expect(valueIn(result, "tinh-x-2024.t0009").actual).toBe(3);
  });

  test("an edited layout: columns moved, renamed, inserted and the id column deleted are still read by header", () => {
    const sheets = annexGrids(catalog, { agency: "so-1" });
    const sheet = targetsSheet(sheets);
    const h = headerIndex(sheet);
    const header = sheet.rows[h] as string[];
    const idCol = header.indexOf("Mã chỉ tiêu");
    const nameCol = header.indexOf("Chỉ tiêu");
    const actualCol = header.indexOf("Thực hiện kỳ báo cáo");
    const lastCol = header.indexOf("Thực hiện cùng kỳ năm trước");
    const names = new Map(sheet.rows.map((r, i) => [i, r[nameCol]]));
    // Rebuild every row as: [Ghi chú thêm, Tên chỉ tiêu, THUC HIEN QUY II, TH cùng kỳ năm 2023] — no id column.
    sheet.rows = sheet.rows.map((r, i) => {
      if (i < h) return r;
      if (i === h) return ["Ghi chú thêm", "Tên chỉ tiêu", "THUC HIEN QUY II/2024", "TH cùng kỳ năm 2023"];
      const id = r[idCol] as string;
      const figures: Record<string, [string | number, string | number]> = { [T1]: ["14.000,5", 13000], [T2]: [45, "40,5"] };
      const [actual, last] = figures[id] ?? [null, null];
      return [null, names.get(i) ?? null, actual ?? r[actualCol], last ?? r[lastCol]];
    });
    const result = run([fileOf("edited.xlsx", sheets)]);
    expect(result.rejected).toEqual([]);
    expect(valueIn(result, T1)).toMatchObject({ actual: 14000.5, lastYear: 13000 });
    expect(valueIn(result, T2)).toMatchObject({ actual: 45, lastYear: 40.5 });
  });

  test("a row named \"+ …\" or \"- …\" that matches no target is quoted with its sign (issue 14 item 6)", () => {
    const sheets = annexGrids(catalog, { agency: "so-1" });
    const sheet = targetsSheet(sheets);
    const header = sheet.rows[headerIndex(sheet)] as string[];
    for (const written of ["+ Tỷ lệ hộ nghèo giảm", "-Số xã đạt chuẩn"]) {
      const row = Array(header.length).fill(null);
      row[header.indexOf("Chỉ tiêu")] = written;
      row[header.indexOf("Thực hiện kỳ báo cáo")] = 5;
      sheet.rows.push(row);
    }
    const reasons = run([fileOf("signs.xlsx", sheets)]).rejected.map((r) => r.reason.vi);
    expect(reasons).toEqual(expect.arrayContaining([expect.stringContaining('"+ Tỷ lệ hộ nghèo giảm"'), expect.stringContaining('"-Số xã đạt chuẩn"')]));
  });

  test("bad cells are rejected one by one with file, sheet, row and field; formula text is never taken as a value", () => {
    const sheets = annexGrids(catalog, { agency: "so-1" });
    const sheet = targetsSheet(sheets);
    const header = sheet.rows[headerIndex(sheet)] as string[];
    const actual = header.indexOf("Thực hiện kỳ báo cáo");
    const id = header.indexOf("Mã chỉ tiêu");
    const name = header.indexOf("Chỉ tiêu");
    const note = header.indexOf("Ghi chú");
    rowOf(sheet, T1)[actual] = "=HYPERLINK(\"http://evil\",1)";
    rowOf(sheet, T2)[actual] = "14.5"; // not vi-VN
    rowOf(sheet, T2)[note] = "=cmd|' /C calc'!A0";
    const orphan = Array(header.length).fill(null);
    orphan[actual] = 12; // figures with no target
    sheet.rows.push(orphan);
    const unknown = Array(header.length).fill(null);
    unknown[id] = "tinh-x-2024.t9999";
    unknown[name] = "Chỉ tiêu bịa";
    unknown[actual] = 5;
    sheet.rows.push(unknown);
    const result = run([fileOf("bad.xlsx", sheets)]);
    const byField = (field: string) => result.rejected.filter((r) => r.field === field);
    expect(byField("actual").map((r) => [r.targetId, r.value])).toEqual([
      [T1, "=HYPERLINK(\"http://evil\",1)"],
      [T2, "14.5"],
    ]);
    expect(byField("actual")[1].reason.vi).toContain("14,5");
    expect(byField("actual")[0]).toMatchObject({ file: "bad.xlsx", sheet: "Phụ lục" });
    expect(byField("name")[0].value).toBe("12");
    expect(byField("targetId")[0].reason.vi).toContain("t9999");
    expect(valueIn(result, T1).actual).toBeNull();
    expect(valueIn(result, T2).note).toContain("=cmd|' /C calc'!A0");
  });

  test("a consolidated report fed back in is refused", () => {
    const result = run([fileOf("tong-hop.xlsx", annexGrids(catalog, { agency: "so-1", meta: (m) => ({ ...m, kind: "consolidated" }) }))]);
    expect(result.rejected[0].reason.vi).toContain("tổng hợp");
  });

  test("no usable file and no plan: a clear error", () => {
    const r = consolidate(catalog, [{ file: "x.txt", ok: false, reason: { vi: "không phải .xlsx", en: "not .xlsx" } }], { period: "2024-Q2", now });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.vi).toContain("--plan");
  });

  test("no plan named: the error says why each refused file was refused, so the senders can be told", () => {
    const refused = (file: string, vi: string, en: string) => ({ file, ok: false as const, reason: { vi, en } });
    const files = [refused("so-a.ods", "tệp bảng tính OpenDocument (.ods…)", "an OpenDocument spreadsheet (.ods…)"), refused("so-b.xls", "tệp Excel 97–2003 (.xls)", "an Excel 97–2003 (.xls) file")];
    const r = consolidate(catalog, files, { period: "2024-Q2", now });
    expect(!r.ok && r.error.vi).toMatch(/so-a\.ods: tệp bảng tính OpenDocument.*; so-b\.xls: tệp Excel 97–2003/);
    expect(!r.ok && r.error.en).toMatch(/so-a\.ods: an OpenDocument spreadsheet.*; so-b\.xls: an Excel 97–2003/);
    const many = consolidate(catalog, Array.from({ length: 8 }, (_, i) => refused(`f${i}.xls`, "tệp .xls", ".xls file")), { period: "2024-Q2", now });
    expect(!many.ok && many.error.vi).toContain("f4.xls: tệp .xls; và 3 tệp khác");
  });
});
