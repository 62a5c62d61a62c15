import { mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { declaredSizes, DEFAULT_LIMITS, guardXlsx } from "../../src/xlsx/size-guard";
import { readWorkbookFile } from "../../src/xlsx/read";
import { annexInput } from "../../src/node/read-annexes";
import { declare } from "../support/zip";

const text = (s: string) => new TextEncoder().encode(s);

/** A deflated zip of these files, as JSZip (ExcelJS's zip library) writes it. */
async function writeZip(files: { name: string; data: Uint8Array }[]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const f of files) zip.file(f.name, f.data);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
const minimalParts = [
  { name: "[Content_Types].xml", data: text("<Types/>") },
  { name: "xl/workbook.xml", data: text("<workbook/>") },
];

describe("size guard", () => {
  test("a text file is not an xlsx", async () => {
    const r = await guardXlsx(text("STT;Chỉ tiêu;Thực hiện\n1;GRDP;7,5\n"));
    expect(!r.ok && r.reason.vi).toContain("không phải tệp .xlsx");
  });

  test("a zip that is another kind of document is named, so the sender knows to save it as .xlsx", async () => {
    const cases: [string[], RegExp][] = [
      [["mimetype", "content.xml", "META-INF/manifest.xml"], /OpenDocument \(\.ods/],
      [["[Content_Types].xml", "xl/workbook.bin"], /\.xlsb/],
      [["[Content_Types].xml", "word/document.xml"], /tệp Word \(\.docx\)/],
      [["[Content_Types].xml", "ppt/presentation.xml"], /thiếu xl\/workbook\.xml/],
    ];
    for (const [names, message] of cases) {
      const zip = await writeZip(names.map((name) => ({ name, data: text("<x/>") })));
      const r = await guardXlsx(zip);
      expect(!r.ok && r.reason.vi).toMatch(message);
      const read = await readWorkbookFile({ name: "bao-cao.xlsx", data: zip });
      expect(!read.ok && read.reason.vi).toMatch(message);
    }
  });

  test("an old .xls (OLE2) file gets a hint to save it as .xlsx", async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    const r = await guardXlsx(ole);
    expect(!r.ok && r.reason.vi).toContain(".xls");
  });

  test("a zip that is not a workbook is refused", async () => {
    const r = await guardXlsx(await writeZip([{ name: "readme.txt", data: text("hello") }]));
    expect(!r.ok && r.reason.vi).toContain("xl/workbook.xml");
  });

  test("a zip declaring more than the uncompressed limit is refused before anything is inflated", async () => {
    const zip = declare(await writeZip(minimalParts), "xl/workbook.xml", 0xfffffff0);
    const r = await guardXlsx(zip);
    expect(!r.ok && r.reason.vi).toContain("bom zip");
  });

  test("a zip bomb entry (abnormal compression ratio) is refused", async () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const zip = await writeZip([...minimalParts, { name: "xl/worksheets/sheet1.xml", data: zeros }]);
    expect(zip.length).toBeLessThan(100 * 1024);
    const r = await guardXlsx(zip);
    expect(!r.ok && r.reason.vi).toContain("nén bất thường");
  });

  test("a file over the size limit is refused without being read", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kehoach-guard-"));
    const big = join(dir, "phu-luc-100MB.xlsx");
    writeFileSync(big, "");
    truncateSync(big, 100 * 1024 * 1024); // sparse: costs no disk
    const r = await annexInput(big).open();
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason.vi).toContain("tệp quá lớn");
    const small = await guardXlsx(new Uint8Array(DEFAULT_LIMITS.maxFileBytes + 1));
    expect(!small.ok && small.reason.en).toContain("too large");
  });

  test("the declared sizes are read from the zip's directory, without inflating", async () => {
    const zip = await JSZip.loadAsync(await writeZip([...minimalParts, { name: "xl/worksheets/sheet1.xml", data: new Uint8Array(50_000) }]));
    const sizes = declaredSizes(zip.files["xl/worksheets/sheet1.xml"]);
    expect(sizes.uncompressed).toBe(50_000);
    expect(sizes.compressed).toBeGreaterThan(0);
    expect(sizes.compressed).toBeLessThan(1_000);
  });

  // The counting pass runs when a file could, at DEFLATE's 1032:1 worst case, inflate past the
  // limit; with the default 100 MB that means files over ~97 KB. These small fixtures get a tight limit.
  const tight = { ...DEFAULT_LIMITS, maxUncompressedBytes: 64 * 1024 };

  test("even a small file that lies about a size is caught, on the fast reader's one inflating pass", async () => {
    const zip = declare(await writeZip([...minimalParts, { name: "xl/_rels/workbook.xml.rels", data: text("<Relationships/>") }]), "xl/workbook.xml", 3);
    const r = await readWorkbookFile({ name: "liar-small.xlsx", data: zip });
    expect(!r.ok && r.reason.vi).toContain("khai sai kích thước");
  });

  test("a zip that declares the entry too large is caught after the bytes it really holds", async () => {
    const zip = declare(await writeZip([...minimalParts, { name: "xl/_rels/workbook.xml.rels", data: text("<Relationships/>") }]), "xl/workbook.xml", 1000);
    const r = await readWorkbookFile({ name: "short.xlsx", data: zip }, tight);
    expect(!r.ok && r.reason.vi).toContain("khai sai kích thước");
  });

  test("a zip bomb declaring a small size for a huge entry is refused when inflating", async () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const zip = declare(await writeZip([...minimalParts, { name: "xl/worksheets/sheet1.xml", data: zeros }]), "xl/worksheets/sheet1.xml", 100);
    expect((await guardXlsx(zip)).ok).toBe(true); // nothing declared is abnormal…
    const r = await readWorkbookFile({ name: "bom.xlsx", data: zip }, { ...DEFAULT_LIMITS, maxUncompressedBytes: 1024 * 1024 });
    expect(!r.ok && r.reason.vi).toContain("khai sai kích thước"); // …but the inflated bytes are
  });

  test("a zip whose declared size lies is caught when inflating, not trusted", async () => {
    const zip = declare(await writeZip([...minimalParts, { name: "xl/_rels/workbook.xml.rels", data: text("<Relationships/>") }]), "xl/workbook.xml", 3);
    const r = await readWorkbookFile({ name: "liar.xlsx", data: zip }, tight);
    expect(!r.ok && r.reason.vi).toContain("khai sai kích thước");
  });
});
