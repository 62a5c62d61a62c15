/**
 * Annexes read one after another share what was made of their identical workbook, relationships and
 * styles parts (part-cache.ts): a file whose parts differ, even slightly, must still be read on its
 * own terms (its own date formats and 1904 dates), and a lying entry must still be refused.
 */
import { strToU8, zipSync } from "fflate";
import "../../src/node/read-annexes";
import { LYING_ZIP, readWorkbookFile } from "../../src/xlsx/read";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A one-sheet workbook whose cell A1 holds serial 45457 (14/6/2024) under style 1, whose format is `format`. */
function annex(format: string, options: { date1904?: boolean; note?: string } = {}): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(`<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL_NS}"><workbookPr${options.date1904 ? ' date1904="1"' : ""}/>` +
        `<sheets><sheet name="Phụ lục" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    "xl/styles.xml": strToU8(
      `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="${format}"/></numFmts>` +
        `<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`,
    ),
    "xl/worksheets/sheet1.xml": strToU8(
      `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" s="1"><v>45457</v></c>` +
        `<c r="B1" t="inlineStr"><is><t>${options.note ?? "Sở Tài chính"}</t></is></c></row></sheetData></worksheet>`,
    ),
  });
}

async function firstRow(data: Uint8Array): Promise<unknown[]> {
  const read = await readWorkbookFile({ name: "phu-luc.xlsx", data });
  if (!read.ok) throw new Error(read.reason.en);
  return read.sheets[0].rows[0];
}

test("a file read after one from the same template reads its own cells", async () => {
  expect(await firstRow(annex("dd/mm/yyyy"))).toEqual([new Date(Date.UTC(2024, 5, 14)), "Sở Tài chính"]);
  expect(await firstRow(annex("dd/mm/yyyy", { note: "Sở Xây dựng" }))).toEqual([new Date(Date.UTC(2024, 5, 14)), "Sở Xây dựng"]);
});

test("a file whose styles differ from the one before has its own number formats", async () => {
  expect(await firstRow(annex("dd/mm/yyyy"))).toEqual([new Date(Date.UTC(2024, 5, 14)), "Sở Tài chính"]);
  expect(await firstRow(annex("#,##0"))).toEqual([45457, "Sở Tài chính"]);
  expect(await firstRow(annex("dd/mm/yyyy"))).toEqual([new Date(Date.UTC(2024, 5, 14)), "Sở Tài chính"]);
});

test("a file whose workbook counts dates from 1904 is read so, after one that does not", async () => {
  expect(await firstRow(annex("dd/mm/yyyy"))).toEqual([new Date(Date.UTC(2024, 5, 14)), "Sở Tài chính"]);
  expect(await firstRow(annex("dd/mm/yyyy", { date1904: true }))).toEqual([new Date(Date.UTC(2028, 5, 15)), "Sở Tài chính"]);
});

/** The zip with the size its directory declares for `part` made larger than the part is. */
function misstated(zip: Uint8Array, part: string): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const name = strToU8(part);
  for (let p = 0; p + 46 < out.length; p++) {
    if (view.getUint32(p, true) !== 0x02014b50 || view.getUint16(p + 28, true) !== name.length) continue;
    if (name.every((b, i) => out[p + 46 + i] === b)) {
      view.setUint32(p + 24, view.getUint32(p + 24, true) + 100, true);
      return out;
    }
  }
  throw new Error(`${part} not in the zip`);
}

test("a part stored as the file before's but declared larger is refused as a lying zip", async () => {
  const honest = annex("dd/mm/yyyy");
  expect(await firstRow(honest)).toEqual([new Date(Date.UTC(2024, 5, 14)), "Sở Tài chính"]);
  const read = await readWorkbookFile({ name: "phu-luc.xlsx", data: misstated(honest, "xl/styles.xml") });
  expect(read).toMatchObject({ ok: false, reason: LYING_ZIP });
});
