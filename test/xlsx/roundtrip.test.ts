import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildAnnex } from "../../src/core/annex/build";
import { layoutAnnexWorkbook } from "../../src/core/annex/layout";
import { META_SHEET } from "../../src/core/annex/meta";
import { isFormula } from "../../src/core/sheet/layout";
import { layoutMetaSheet } from "../../src/core/annex/layout";
import { annexToXlsx } from "../../src/xlsx/annex-xlsx";
import { streamingXlsxWriter } from "../../src/xlsx/stream-write";
import { readWorkbookFile } from "../../src/xlsx/read";
import { worksheetGrid } from "../../src/xlsx/read-exceljs";
import { inMemoryXlsxWriter } from "../../src/xlsx/write";
import { consolidateFiles } from "../../src/xlsx/consolidate";
import { syntheticCatalog } from "../core/annex/synthetic";

const catalog = syntheticCatalog({ agencies: 3, targetsPerAgency: 5 });
const T1 = "tinh-x-2024.t0001";
const T2 = "tinh-x-2024.t0002";

function annexFor(agency: string | undefined, actuals = new Map<string, { actual?: number; lastYear?: number; note?: string }>()) {
  const r = buildAnnex(catalog, { plan: "tinh-x-2024", agency, period: "2024-Q2", generatedAt: "2024-06-10T02:00:00.000Z", actuals });
  if (!r.ok) throw new Error(r.error.vi);
  return r.annex;
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

const actuals = new Map([
  [T1, { actual: 15295.5, lastYear: 14000, note: "=HYPERLINK(\"http://x\",\"bấm\")" }],
  [T2, { actual: 85.1 }],
]);

describe.each([
  ["SpreadsheetML writer", (a: ReturnType<typeof annexFor>) => annexToXlsx(a, { protect: true })],
  ["ExcelJS in-memory writer", (a: ReturnType<typeof annexFor>) => annexToXlsx(a, { protect: true }, inMemoryXlsxWriter)],
  ["ExcelJS streaming writer", (a: ReturnType<typeof annexFor>) => annexToXlsx(a, { protect: true }, streamingXlsxWriter)],
])("%s", (_name, write) => {
  let wb: ExcelJS.Workbook;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await write(annexFor("so-1", actuals));
    wb = await load(bytes);
  });

  test("metadata sits in the very hidden sheet _kehoach", () => {
    const meta = wb.getWorksheet(META_SHEET)!;
    expect(meta.state).toBe("veryHidden");
    const grid = worksheetGrid(meta).rows;
    const record = Object.fromEntries((grid[0] as string[]).map((k, i) => [k, grid[1][i]]));
    expect(record).toMatchObject({ sheet: "Phụ lục", content: "targets", plan: "tinh-x-2024", agency: "so-1", period: "2024-Q2", catalogVersion: "2024-01-01.1" });
    expect(record.generatedAt).toBe("2024-06-10T02:00:00.000Z");
  });

  test("numbers stay numbers with vi-VN formats; merged title; frozen panes; A4 landscape fit to width; header repeated", () => {
    const ws = wb.getWorksheet("Phụ lục")!;
    const header = ws.getRow(11); // below the official block: motto, form, heading, report reference, 4 title lines, a blank
    expect(header.getCell(1).value).toBe("STT");
    const row = [...Array(ws.rowCount).keys()].map((i) => ws.getRow(i + 1)).find((r) => r.getCell(12).value === T1)!;
    expect(row.getCell(6).value).toBe(15295.5);
    expect(row.getCell(6).numFmt).toBe("#,##0.0");
    expect(row.getCell(4).numFmt).toBe("#,##0");
    expect(row.getCell(8).numFmt).toBe("#,##0.0");
    expect(ws.getCell("A1").value).toBe("UBND TỈNH X");
    expect(ws.getCell("A2").value).toBe("SỞ NGÀNH SỐ 1");
    expect(ws.getCell("B2").master.address).toBe("A2");
    expect([ws.getCell("J1").value, ws.getCell("J2").value, ws.getCell("J3").value]).toEqual(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Biểu số 01"]);
    const signatures = [...Array(ws.rowCount).keys()].map((i) => ws.getRow(i + 1)).find((r) => r.getCell(1).value === "NGƯỜI LẬP BIỂU")!;
    expect(signatures.getCell(10).value).toBe("THỦ TRƯỞNG CƠ QUAN");
    expect(signatures.getCell(1).font.bold).toBe(true);
    expect(ws.getCell("K4").master.address).toBe("A4");
    expect(String(ws.getCell("A4").value)).toContain("PHỤ LỤC KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU QUÝ II/2024");
    expect(ws.getCell("A5").value).toBe("(Kèm theo Báo cáo số …/BC-… ngày … tháng … năm ……)");
    expect(ws.getCell("A5").protection?.locked).toBe(false);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 11 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toBe("11:11");
    expect(ws.headerFooter.oddFooter).toBe("&CTrang &P/&N");
  });

  test("text that looks like a formula is stored as written, as a string, never as a formula (no visible apostrophe)", () => {
    const ws = wb.getWorksheet("Phụ lục")!;
    const row = [...Array(ws.rowCount).keys()].map((i) => ws.getRow(i + 1)).find((r) => r.getCell(12).value === T1)!;
    const note = row.getCell(11);
    expect(note.type).toBe(ExcelJS.ValueType.String);
    expect(String(note.value).startsWith("=HYPERLINK")).toBe(true);
    const tasks = wb.getWorksheet("Nhiệm vụ")!;
    const titles = [...Array(tasks.rowCount).keys()].map((i) => tasks.getRow(i + 1).getCell(2));
    const injected = titles.find((c) => String(c.value ?? "").includes("HYPERLINK"))!;
    expect(injected.type).toBe(ExcelJS.ValueType.String);
  });

  test("one data validation per range on Tình trạng, none overlapping (issue 14 item 5)", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    const refs: string[] = [];
    for (const name of names) {
      const xml = await zip.file(name)!.async("string");
      for (const m of xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)) refs.push(m[1]);
    }
    expect(refs).toHaveLength(1);
    expect(refs[0]).toMatch(/^E\d+(:E\d+)?$/);
  });

  test("traffic lights on the status column; input cells unlocked, the rest protected", () => {
    const ws = wb.getWorksheet("Phụ lục")!;
    type Rule = { type: string; formulae: string[]; style: { fill: { fgColor: { argb: string } } } };
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: Rule[] }[] }).conditionalFormattings;
    expect(cf[0].ref).toMatch(/^J12:J\d+$/);
    expect(cf[0].rules.map((r) => [r.type, r.formulae[0], r.style.fill.fgColor.argb])).toEqual([
      ["expression", 'J12="Không đạt"', "FFFFC7CE"], // holds "Đạt": first, for Office.js's "contains" rules
      ["expression", 'J12="Vượt"', "FFC6EFCE"],
      ["expression", 'J12="Đạt"', "FFC6EFCE"],
      ["expression", 'J12="Đúng tiến độ"', "FFC6EFCE"],
      ["expression", 'J12="Có nguy cơ"', "FFFFEB9C"],
      ["expression", 'J12="Chậm tiến độ"', "FFFFC7CE"],
    ]);
    const row = [...Array(ws.rowCount).keys()].map((i) => ws.getRow(i + 1)).find((r) => r.getCell(12).value === T2)!;
    expect(row.getCell(6).protection?.locked).toBe(false); // Thực hiện kỳ báo cáo
    expect(row.getCell(5).protection?.locked ?? true).toBe(true); // Kế hoạch năm
    expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
  });

  test("reading the file back gives every cell of the layout (text as written, formulas as their values)", async () => {
    const read = await readWorkbookFile({ name: "a.xlsx", data: bytes });
    if (!read.ok) throw new Error(read.reason.vi);
    const layout = layoutAnnexWorkbook(annexFor("so-1", actuals), { protect: true });
    const strip = (rows: unknown[][]) => rows.map((r) => { const c = [...r]; while (c.length && (c.at(-1) === null || c.at(-1) === undefined)) c.pop(); return c; });
    const sheets = [...layout.sheets, layoutMetaSheet(layout.meta)];
    expect(read.sheets.map((s) => [s.name, s.hidden])).toEqual(sheets.map((s) => [s.name, s.visibility !== "visible"]));
    for (const sheet of sheets) {
      // A formula that shows nothing yet (no figure typed: the writer caches "") reads back as an empty cell.
      const expected = sheet.rows.map((r) => r.cells.map((v) => (isFormula(v) ? (v.result === "" || v.result === null ? null : v.result) : v)));
      expect(strip(read.sheets.find((s) => s.name === sheet.name)!.rows)).toEqual(strip(expected));
    }
  });
});

test("consolidating the written files (browser entry point: bytes + names) gives the figures back", async () => {
  const a = await annexToXlsx(annexFor("so-1", actuals));
  const b = await annexToXlsx(annexFor("so-2", new Map([["tinh-x-2024.t0006", { actual: 12.5 }]])));
  const progress: string[] = [];
  const out = await consolidateFiles(
    catalog,
    [
      { name: "so1.xlsx", data: a.buffer.slice(a.byteOffset, a.byteOffset + a.byteLength) as ArrayBuffer, lastModified: Date.parse("2024-06-12T03:00:00Z") },
      { name: "so2.xlsx", data: b },
      { name: "ghi-chu.txt", data: new TextEncoder().encode("không phải bảng tính") },
    ],
    { period: "2024-Q2", now: "2024-06-20T00:00:00Z", onRead: (done, total) => progress.push(`${done}/${total}`) },
  );
  if (!out.ok) throw new Error(out.error.vi);
  // The pane's progress bar: one step per file, the unreadable one included.
  expect(progress).toEqual(["1/3", "2/3", "3/3"]);
  expect(out.result.rejected.map((r) => r.file)).toEqual(["ghi-chu.txt"]);
  const wb = await load(out.xlsx);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Tổng hợp", "Nhiệm vụ", "Tóm tắt", "Đầy đủ", "Đúng hạn", "Xung đột", "Bị loại", META_SHEET]);
  const ws = wb.getWorksheet("Tổng hợp")!;
  const ids = ws.getColumn(ws.columnCount).values;
  const r1 = ids.indexOf(T1);
  expect(ws.getRow(r1).getCell(7).value).toBe(15295.5); // with the agency column, actual is column 7
  const note = String(ws.getRow(r1).getCell(12).value);
  expect(note.startsWith("'") || !note.startsWith("=")).toBe(true);
  expect(ws.getRow(r1).getCell(12).type).toBe(ExcelJS.ValueType.String);
  const timely = wb.getWorksheet("Đúng hạn")!;
  const so1 = [...Array(timely.rowCount).keys()].map((i) => timely.getRow(i + 1)).find((r) => r.getCell(3).value === "so1.xlsx")!;
  expect(so1.getCell(5).value).toBe("ngày sửa tệp");
  const rejected = wb.getWorksheet("Bị loại")!;
  expect(rejected.getColumn(2).values).toContain("ghi-chu.txt");
});
