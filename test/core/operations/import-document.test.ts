/** The import-document conductor: the CLI and the pane read a document to the same text and drafts to the same catalog. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TextDecoder as NodeTextDecoder } from "node:util";
import { toCatalog } from "../../../src/core/extract";
import { documentText, draftsOf, extractDocument, reviewedCatalog, type DocumentReaders } from "../../../src/core/operations/import-document";
import { documentReaders } from "../../../src/documents/readers";
import { readDocument } from "../../../src/node/read-document";
import { docxBytes } from "../../support/docx";


let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "kehoach-import-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A made-up plan in the usual shape: a MỤC TIÊU heading and numbered targets, one a range, one a decimal.
const PLAN = [
  "KẾ HOẠCH",
  "Phát triển kinh tế - xã hội năm 2026",
  "",
  "II. MỤC TIÊU",
  "",
  "1. Tốc độ tăng trưởng kinh tế (GRDP) đạt khoảng 8-8,5%.",
  "2. Tỷ lệ hộ nghèo giảm còn 1,2%.",
  "3. Tỷ lệ dân số được sử dụng nước sạch đạt 95%.",
].join("\n");

/** What the pane does with a picked file: its bytes, through the same readers. */
const asPane = (name: string, bytes: Uint8Array) => documentText(name, new Uint8Array(bytes), documentReaders);

describe("bytes → text, the same from disk (CLI) and from a picked file (pane)", () => {
  test.each([
    ["plan.txt", () => Promise.resolve(Buffer.from(`\uFEFF${PLAN}`, "utf8"))],
    ["plan-utf16.txt", () => Promise.resolve(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PLAN, "utf16le")]))],
    ["plan.docx", () => docxBytes(PLAN.split("\n").filter((l) => l))],
  ])("%s", async (name, bytes) => {
    const content = await bytes();
    const path = join(dir, name);
    writeFileSync(path, content);
    const cli = await readDocument(path);
    const pane = await asPane(name, content);
    expect(cli.ok && pane.ok).toBe(true);
    if (!cli.ok || !pane.ok) return;
    expect(pane.text).toBe(cli.text);
    expect(pane.text).toContain("Tỷ lệ hộ nghèo giảm còn 1,2%.");
    expect(extractDocument(pane.text, name).targets.map((t) => t.name)).toEqual(extractDocument(cli.text, name).targets.map((t) => t.name));
  });

  test("what cannot be read is refused in words, naming the file", async () => {
    const binary = await asPane("anh.txt", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 13, 10]));
    expect(binary).toMatchObject({ ok: false, error: { vi: expect.stringMatching(/anh\.txt.*nhị phân/) } });
    const old = await asPane("cu.doc", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]));
    expect(old).toMatchObject({ ok: false, error: { vi: expect.stringContaining(".docx") } });
    const fakeDocx = await asPane("gia.docx", new TextEncoder().encode("không phải tệp Word"));
    expect(fakeDocx).toMatchObject({ ok: false, error: { en: "gia.docx is not a valid Word .docx file." } });
  });

  test("a damaged Word file is explained in plain words, never with the zip library's message", async () => {
    const zipNotWord = Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 1, 2, 3]);
    const read = await asPane("hong.docx", zipNotWord);
    expect(read).toMatchObject({ ok: false, error: { vi: expect.stringContaining("Hãy mở bằng Word và lưu lại thành .docx") } });
    if (!read.ok) expect(`${read.error.vi} ${read.error.en}`).not.toMatch(/zip|central directory|end of/i);
  });

  test("a scanned PDF (no text layer) is told to go through OCR first", async () => {
    const scanned: DocumentReaders = { docx: async () => "", pdf: async () => "  \n\f ", decode: (b, e) => new NodeTextDecoder(e).decode(b) };
    const read = await documentText("quet.pdf", new TextEncoder().encode("%PDF-1.4 ..."), scanned);
    expect(read).toMatchObject({ ok: false, error: { vi: expect.stringContaining("OCR") } });
  });
});

describe("drafts → catalog, one conversion", () => {
  const result = extractDocument(PLAN, "plan.txt");

  test("untouched drafts give exactly the catalog `kehoach extract --out` wrote before the review step existed", () => {
    expect(result.targets.length).toBe(3);
    const reviewed = reviewedCatalog(result, draftsOf(result), "plan.txt");
    expect(reviewed.ok).toBe(true);
    if (reviewed.ok) expect(reviewed.catalog).toEqual(toCatalog(result, { file: "plan.txt" }));
  });

  test("a dropped target leaves the catalog, a fixed figure replaces the found one, a mistyped one is a problem naming the target", () => {
    const drafts = draftsOf(result);
    drafts[0].accepted = false;
    drafts[1].amount = "1,1";
    const fixed = reviewedCatalog(result, drafts, "plan.txt");
    if (!fixed.ok) throw new Error(JSON.stringify(fixed.problems));
    expect(fixed.catalog.targets.map((t) => [t.name, t.value])).toEqual([
      ["Tỷ lệ hộ nghèo", 1.1],
      ["Tỷ lệ dân số được sử dụng nước sạch", 95],
    ]);
    drafts[2].amount = "9,5,0";
    const mistyped = reviewedCatalog(result, drafts, "plan.txt");
    expect(mistyped.ok).toBe(false);
    if (!mistyped.ok) expect(mistyped.problems[0].path).toContain(result.targets[2].id);
  });
});
