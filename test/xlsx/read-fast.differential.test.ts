/**
 * The fast reader against ExcelJS, file by file, on a corpus made here: ExcelJS-written annexes
 * and typed cells, openpyxl-written files (python3), LibreOffice re-saves of both (soffice), and
 * hand-edited XML (rich text, inline strings, entities, booleans, errors, 1904 dates, rows and
 * cells without "r", formulas with and without cached values). Every grid must equal ExcelJS's,
 * except the two documented departures, each checked against what ExcelJS reads from the same
 * content written plainly. Out-of-scope files (ZIP64, encryption, strict OOXML, unknown layout)
 * must not be read by the fast path at all, and still read as ExcelJS reads them. Each file is read
 * both ways the fast reader decodes: each part whole (the pane) and walking its bytes (the CLI).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { buildAnnex } from "../../src/core/annex/build";
import { annexToXlsx } from "../../src/xlsx/annex-xlsx";
import { inMemoryXlsxWriter } from "../../src/xlsx/write";
import { streamingXlsxWriter } from "../../src/xlsx/stream-write";
import { readWithExcelJS, readWorkbookFile } from "../../src/xlsx/read";
import { readSheetsFast, usePartDecoder, type PartDecoder } from "../../src/xlsx/read-fast";
import { bytePartDecoder } from "../../src/node/read-annexes";
import { readZipDirectory } from "../../src/xlsx/read-zip";
import type { SheetGrid } from "../../src/core/consolidate/grid";
import { syntheticCatalog } from "../core/annex/synthetic";

const dir = mkdtempSync(join(tmpdir(), "kehoach-read-fast-"));
const PY = "/usr/bin/python3";
const hasOpenpyxl = spawnSync(PY, ["-c", "import openpyxl"]).status === 0;
const hasSoffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
if (!hasOpenpyxl) console.warn("python3-openpyxl not found: openpyxl-written files left out of the differential corpus");
if (!hasSoffice) console.warn("soffice not found: LibreOffice re-saved files left out of the differential corpus");

async function viaExcelJS(bytes: Uint8Array): Promise<SheetGrid[]> {
  const read = await readWithExcelJS({ name: "x.xlsx", data: bytes });
  if (!read.ok) throw new Error(read.reason.en);
  return read.sheets;
}

function readFast(bytes: Uint8Array, decoder: PartDecoder | null): SheetGrid[] | null {
  usePartDecoder(decoder);
  const directory = readZipDirectory(bytes);
  if (!directory) return null;
  const fast = readSheetsFast(bytes, directory);
  if (!fast || !fast.ok) return null;
  return fast.sheets;
}

/** The fast reader's grids, the same whether it decodes each part whole (the pane) or walks its bytes (the CLI). */
function viaFast(bytes: Uint8Array): SheetGrid[] | null {
  const walkingBytes = readFast(bytes, bytePartDecoder);
  const decoded = readFast(bytes, null);
  expect(walkingBytes).toEqual(decoded);
  return decoded;
}

// ---- the corpus ---------------------------------------------------------------------------

async function excelJsFiles(): Promise<Record<string, Uint8Array>> {
  const catalog = syntheticCatalog({ agencies: 2, targetsPerAgency: 6 });
  const built = buildAnnex(catalog, {
    plan: "tinh-x-2024",
    agency: "so-1",
    period: "2024-Q2",
    generatedAt: "2024-06-10T02:00:00.000Z",
    actuals: new Map([["tinh-x-2024.t0001", { actual: 15295.5, lastYear: 14000, note: "Ghi chú <có> & \"trích\"" }]]),
  });
  if (!built.ok) throw new Error(built.error.vi);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Kiểu ô");
  ws.addRow(["Chuỗi", "Tiếng Việt: Thực hiện kỳ báo cáo", "  khoảng trắng  ", "dòng 1\ndòng 2", "<>&\"'", "_x000D_ giữ nguyên?"]);
  ws.addRow([1, -2.5, 1e21, 0.1 + 0.2, 15295, true, false]);
  ws.addRow([new Date(Date.UTC(2024, 5, 14)), { error: "#N/A" }, { error: "#DIV/0!" }]);
  ws.getCell("D3").value = 45000;
  ws.getCell("D3").numFmt = "dd/mm/yyyy";
  ws.getCell("E3").value = 45000.5;
  ws.getCell("E3").numFmt = '[$-42A]0.00 "ngày"';
  ws.addRow([{ richText: [{ text: "Đậm ", font: { bold: true } }, { text: "thường" }] }]);
  ws.addRow([{ formula: "1+1", result: 2 }, { formula: "A2&\"x\"", result: "1x" }, { formula: "1=1", result: true }, { formula: "1/0", result: { error: "#DIV/0!" } }, { formula: "2+2" }]);
  ws.getCell("A6").value = { formula: "A2*2", result: 2, shareType: "shared", ref: "A6:A8" } as ExcelJS.CellFormulaValue;
  ws.getCell("A7").value = { sharedFormula: "A6", result: 4 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell("A8").value = { sharedFormula: "A6" } as ExcelJS.CellSharedFormulaValue;
  ws.mergeCells("B10:D11");
  ws.getCell("B10").value = "ô gộp";
  ws.getCell("F12").value = null;
  ws.getCell("F12").numFmt = "0.00"; // styled, empty: not a row
  const hidden = wb.addWorksheet("Ẩn", { state: "hidden" });
  hidden.addRow(["x"]);
  const veryHidden = wb.addWorksheet("_rất ẩn", { state: "veryHidden" });
  veryHidden.addRow([1]);
  const plain = new Uint8Array(await wb.xlsx.writeBuffer());
  return {
    "exceljs-annex.xlsx": await annexToXlsx(built.annex, { protect: true }, inMemoryXlsxWriter),
    "sml-annex.xlsx": await annexToXlsx(built.annex, { protect: true }),
    "exceljs-annex-streaming.xlsx": await annexToXlsx(built.annex, {}, streamingXlsxWriter),
    "exceljs-types.xlsx": plain,
  };
}

const OPENPYXL_SCRIPT = String.raw`
import sys, datetime, openpyxl
out = sys.argv[1]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Phụ lục"
ws.append(["STT", "Chỉ tiêu", "Thực hiện kỳ báo cáo", "Ghi chú"])
ws.append([1, "Tăng trưởng GRDP", 7.5, "ước"])
ws.append([2, "Thu ngân sách & <phí>", "=1+1", None])
ws.append([3, "Ngày", datetime.date(2024, 6, 14), True])
ws.append([4, "Giờ", datetime.datetime(2024, 6, 14, 8, 30), False])
ws["E2"] = "#N/A"
ws["F2"] = "  cách  "
ws.merge_cells("A7:C8")
ws["A7"] = "gộp"
ws["B9"] = "=SUM(C2:C3)"
ws2 = wb.create_sheet("Số liệu")
ws2.sheet_state = "hidden"
for i in range(1, 60):
    ws2.append([i, i * 1.5, "dòng %d" % i])
wb.save(out)
wb2 = openpyxl.Workbook()
wb2.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
wb2.active.append([datetime.date(2024, 6, 14), 45000])
wb2.save(out.replace(".xlsx", "-1904.xlsx"))
`;

function openpyxlFiles(): Record<string, Uint8Array> {
  if (!hasOpenpyxl) return {};
  const script = join(dir, "make.py");
  writeFileSync(script, OPENPYXL_SCRIPT);
  const out = join(dir, "openpyxl.xlsx");
  const r = spawnSync(PY, [script, out], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`openpyxl: ${r.stderr}`);
  return { "openpyxl.xlsx": new Uint8Array(readFileSync(out)), "openpyxl-1904.xlsx": new Uint8Array(readFileSync(out.replace(".xlsx", "-1904.xlsx"))) };
}

function libreOfficeResaves(files: Record<string, Uint8Array>): Record<string, Uint8Array> {
  if (!hasSoffice) return {};
  const src = join(dir, "lo-in");
  const outDir = join(dir, "lo-out");
  spawnSync("mkdir", ["-p", src, outDir]);
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(src, name.replace(".xlsx", ".ods")), ""), writeFileSync(join(src, name), bytes);
  const names = Object.keys(files).map((n) => join(src, n));
  const r = spawnSync("soffice", [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir, ...names], {
    encoding: "utf8",
    timeout: 180_000,
  });
  if (r.status !== 0) throw new Error(`soffice: ${r.stderr}`);
  return Object.fromEntries(readdirSync(outDir).map((n) => [`libreoffice-${n}`, new Uint8Array(readFileSync(join(outDir, n)))]));
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

interface HandMade {
  sheet: string;
  strings?: string;
  date1904?: boolean;
  sheetName?: string;
  workbookExtra?: string;
  ns?: string;
}

/** A workbook written by hand, XML as another producer (or a person with a text editor) might write it. */
function handMade(spec: HandMade): Uint8Array {
  const ns = spec.ns ?? MAIN;
  const files: Zippable = {
    "[Content_Types].xml": strToU8(CONTENT_TYPES),
    "_rels/.rels": strToU8(ROOT_RELS),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?>\r\n<!-- sửa tay -->\r\n<workbook xmlns="${ns}" xmlns:r="${REL_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">` +
        `${spec.workbookExtra ?? ""}<workbookPr${spec.date1904 ? ' date1904="1"' : ""}/><sheets><sheet name="${spec.sheetName ?? "Trang &amp; 1"}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    "xl/styles.xml": strToU8(
      `<?xml version="1.0"?><styleSheet xmlns="${ns}"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0.0&quot; tỷ&quot;"/></numFmts>` +
        `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>` +
        `<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/></cellXfs>` +
        `<dxfs count="1"><dxf><numFmt numFmtId="166" formatCode="yyyy"/></dxf></dxfs></styleSheet>`,
    ),
    "xl/worksheets/sheet1.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="${ns}" xmlns:r="${REL_NS}">${spec.sheet}</worksheet>`),
  };
  if (spec.strings !== undefined) files["xl/sharedStrings.xml"] = strToU8(`<?xml version="1.0"?><sst xmlns="${ns}">${spec.strings}</sst>`);
  return zipSync(files);
}

const STRINGS =
  `<si><t>Chỉ tiêu</t></si>` +
  `<si><r><rPr><b/></rPr><t xml:space="preserve">Thực hiện </t></r><r><t>kỳ báo cáo</t></r></si>` +
  `<si><t>Trồng rừng &amp; bảo vệ &lt;rừng&gt; &#7841;&#x1EA1;</t><rPh sb="0" eb="1"><t>phiên âm</t></rPh></si>` +
  `<si><t>dòng một\r\ndòng hai_x000D_</t></si>` +
  `<si/>` +
  `<si><t/></si>`;

const HAND_SHEET =
  `<sheetData>` +
  `<row r="1" spans="1:6"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row>\n` +
  `<row r="2"><c r="A2" t="inlineStr"><is><t>Nội dung &quot;gõ&quot; trong ô</t></is></c><c r="B2" t="inlineStr"><is><r><t>Giàu </t></r><r><rPr><i/></rPr><t>chữ</t></r></is></c>` +
  `<c r="C2" t="b"><v>1</v></c><c r="D2" t="b"><v>0</v></c><c r="E2" t="e"><v>#REF!</v></c><c r="F2" t="str"><v>a &amp;amp; b</v></c></row>` +
  `<row r="3"><c r="A3" s="1"><v>45457</v></c><c r="B3" s="2"><v>15295.5</v></c><c r="C3" s="3"><v>45457.75</v></c><c r="D3" s="0"><v>45457</v></c><c r="E3"><v>1.5E+3</v></c><c r="F3" t="n"><v> 7 </v></c></row>` +
  `<row r="4"><c r="A4"><f>1+1</f><v>2</v></c><c r="B4"><f>1+1</f></c><c r="C4" t="str"><f>"&lt;"&amp;"x"</f><v>&amp;lt;x</v></c><c r="D4" t="b"><f>TRUE()</f><v>1</v></c>` +
  `<c r="E4" t="e"><f>NA()</f><v>#N/A</v></c><c r="F4" s="1"><f>DATE(2024,6,14)</f><v>45457</v></c><c r="G4"><f>1-1</f><v>0</v></c><c r="H4" t="b"><f>1=2</f><v>0</v></c></row>` +
  `<row r="5"><c r="A5"><f t="shared" ref="A5:A7" si="0">B3*2</f><v>30591</v></c></row><row r="6"><c r="A6"><f t="shared" si="0"/><v>8</v></c></row><row r="7"><c r="A7"><f t="shared" si="0"/></c><c r="B7" s="2"/></row>` +
  `<!-- hàng chỉ có ô định dạng -->` +
  `<row r="9" customHeight="1" ht="20"><c r="A9" s="1"/></row>` +
  `<row r="12"><c r="B12" t="s"><v>0</v></c><c r="H12"><v>-0</v></c></row>` +
  `</sheetData><mergeCells count="2"><mergeCell ref="C12:E13"/><mergeCell ref="A14:B15"/></mergeCells>`;

function handMadeFiles(): Record<string, Uint8Array> {
  return {
    "hand.xlsx": handMade({ sheet: HAND_SHEET, strings: STRINGS }),
    "hand-1904.xlsx": handMade({ sheet: HAND_SHEET, strings: STRINGS, date1904: true }),
    "hand-mc.xlsx": handMade({
      sheet: HAND_SHEET.replace("<sheetData>", `<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>`),
      strings: STRINGS,
      workbookExtra: `<mc:AlternateContent><mc:Choice Requires="x15"><x15ac:absPath xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac" url="C:\\"/></mc:Choice></mc:AlternateContent>`,
    }),
    "hand-no-strings.xlsx": handMade({ sheet: `<sheetData><row r="1"><c r="A1"><v>3</v></c></row></sheetData>` }),
  };
}

// ---- the tests ----------------------------------------------------------------------------

let corpus: Record<string, Uint8Array> = {};

beforeAll(async () => {
  const own = { ...(await excelJsFiles()), ...openpyxlFiles(), ...handMadeFiles() };
  const resaved = libreOfficeResaves(Object.fromEntries(Object.entries(own).filter(([n]) => !n.startsWith("hand-") || n === "hand.xlsx")));
  corpus = { ...own, ...resaved };
}, 240_000);

test("the corpus holds every producer", () => {
  const names = Object.keys(corpus);
  expect(names.filter((n) => n.startsWith("exceljs-")).length).toBeGreaterThanOrEqual(3);
  expect(names.filter((n) => n.startsWith("hand")).length).toBeGreaterThanOrEqual(4);
  if (hasOpenpyxl) expect(names.filter((n) => n.startsWith("openpyxl")).length).toBe(2);
  if (hasSoffice) expect(names.filter((n) => n.startsWith("libreoffice-")).length).toBeGreaterThanOrEqual(4);
});

test("every file of the corpus reads on the fast path exactly as ExcelJS reads it", async () => {
  for (const [name, bytes] of Object.entries(corpus)) {
    const fast = viaFast(bytes);
    expect({ name, fast: fast !== null }).toEqual({ name, fast: true });
    // The one departure such files show: a formula whose cached text is empty ("" from IF(…,"")) reads
    // as an empty cell, where ExcelJS cannot tell it from a formula never calculated.
    const expected = await viaExcelJS(emptyTextResultsAsEmptyCells(bytes));
    expect({ name, sheets: fast }).toEqual({ name, sheets: expected });
  }
});

test("a formula that computes 0 or FALSE reads as 0 or FALSE on both paths (ExcelJS's value drops falsy results)", async () => {
  for (const sheets of [viaFast(corpus["hand.xlsx"])!, await viaExcelJS(corpus["hand.xlsx"])]) {
    expect(sheets[0].rows[3].slice(6, 8)).toEqual([0, false]);
    expect(sheets[0].rows[3][1]).toEqual({ uncomputed: true, formula: "1+1" });
  }
});

/** The same rows with their "r" attributes removed, the way some producers write them. */
const withoutR = (xml: string) => xml.replace(/<row r="\d+"/g, "<row").replace(/ r="[A-Z]+\d+"/g, "");

test("rows and cells without \"r\" are placed as the standard says: as ExcelJS reads the same sheet with its addresses", async () => {
  const rows =
    `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Chỉ tiêu</t></is></c><c r="B1" t="inlineStr"><is><t>Thực hiện</t></is></c></row>` +
    `<row r="2"><c r="A2" t="inlineStr"><is><t>GRDP</t></is></c><c r="B2"><v>7.5</v></c></row><row r="3"><c r="A3"><v>1</v></c><c r="B3"><f>1+1</f><v>2</v></c></row></sheetData>`;
  const addressed = await viaExcelJS(handMade({ sheet: rows }));
  const bare = handMade({ sheet: withoutR(rows) });
  expect(withoutR(rows)).not.toContain(' r="');
  expect(viaFast(bare)).toEqual(addressed);
  expect(addressed[0].rows[1]).toEqual(["GRDP", 7.5]);
});

test("a formula whose cached text result is empty reads as empty, not as never calculated", () => {
  const sheets = viaFast(handMade({ sheet: `<sheetData><row r="1"><c r="A1" t="str"><f>IF(1,"")</f><v></v></c><c r="B1"><v>1</v></c></row></sheetData>` }))!;
  expect(sheets[0].rows[0]).toEqual([null, 1]);
});

describe("out of the fast reader's scope: read by ExcelJS, never misread", () => {
  const cases: Record<string, () => Uint8Array> = {
    "strict OOXML": () => handMade({ sheet: `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>`, ns: "http://purl.oclc.org/ooxml/spreadsheetml/main" }),
    "a prefixed worksheet": () => {
      const zip = handMade({ sheet: `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>` });
      return rezip(zip, "xl/worksheets/sheet1.xml", (x) => x.replace(/<(\/?)(worksheet|sheetData|row|c|v)\b/g, "<$1x:$2").replace('xmlns="', 'xmlns:x="'));
    },
    "CDATA text": () => handMade({ sheet: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[a<b]]></t></is></c></row></sheetData>` }),
    "a DOCTYPE": () => rezip(handMade({ sheet: `<sheetData/>` }), "xl/workbook.xml", (x) => x.replace("<workbook", '<!DOCTYPE workbook [<!ENTITY e "x">]><workbook')),
    "a hyperlink": () => handMade({ sheet: `<sheetData><row r="1"><c r="A1"><v>5</v></c></row></sheetData><hyperlinks><hyperlink ref="A1" display="x" r:id="rId9"/></hyperlinks>` }),
    "an encrypted entry": () => {
      const zip = handMade({ sheet: `<sheetData/>` });
      // Set the "encrypted" flag of the first central directory record.
      for (let i = zip.length - 22; i > 0; i--) if (zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 0x01 && zip[i + 3] === 0x02) { zip[i + 8] |= 1; }
      return zip;
    },
  };
  for (const [what, make] of Object.entries(cases)) {
    test(what, async () => {
      const bytes = make();
      expect(viaFast(bytes)).toBeNull();
      const read = await readWorkbookFile({ name: "x.xlsx", data: bytes });
      const exceljs = await readWithExcelJS({ name: "x.xlsx", data: bytes });
      expect(read).toEqual(exceljs);
    });
  }

  const zip64 = hasOpenpyxl ? test : test.skip;
  zip64("ZIP64", async () => {
    const src = join(dir, "z64-src.xlsx");
    writeFileSync(src, handMade({ sheet: `<sheetData><row r="1"><c r="A1"><v>42</v></c></row></sheetData>` }));
    const out = join(dir, "z64.xlsx");
    const py = `import zipfile,sys\nwith zipfile.ZipFile(sys.argv[1]) as a, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as b:\n  for i in a.infolist():\n    with b.open(i.filename, "w", force_zip64=True) as w: w.write(a.read(i.filename))\n`;
    expect(spawnSync(PY, ["-c", py, src, out]).status).toBe(0);
    const bytes = new Uint8Array(readFileSync(out));
    expect(viaFast(bytes)).toBeNull();
    const read = await readWorkbookFile({ name: "x.xlsx", data: bytes });
    expect(read).toEqual(await readWithExcelJS({ name: "x.xlsx", data: bytes }));
  });
});

/** The same workbook with every formula cell whose cached text result is empty written as an empty cell. */
function emptyTextResultsAsEmptyCells(zip: Uint8Array): Uint8Array {
  const files = unzipSync(zip);
  for (const part of Object.keys(files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    files[part] = strToU8(strFromU8(files[part]).replace(/<c([^>]*?) t="str"([^>]*)>\s*<f[^>]*?(?:\/>|>[^<]*<\/f>)\s*<v\s*(?:\/>|><\/v>)\s*<\/c>/g, "<c$1$2/>"));
  }
  return zipSync(files);
}

function rezip(zip: Uint8Array, part: string, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(zip);
  files[part] = strToU8(edit(strFromU8(files[part])));
  return zipSync(files);
}
