/**
 * The SpreadsheetML writer: sheet layouts straight to .xlsx bytes, each part streamed through
 * fflate's deflate as it is rendered (Node and browser alike, no ExcelJS, no cell objects).
 * Proven against ExcelJS and LibreOffice by test/xlsx/sml-*.test.ts, and its parts against the
 * ECMA-376 schemas.
 */
import { strToU8, Zip, ZipDeflate } from "fflate";
import { layoutMetaSheet, type MetaRecord } from "../core/annex";
import type { SheetLayout } from "../core/sheet";
import { appPropsXml, contentTypesXml, corePropsXml, rootRelsXml, sheetPath, workbookRelsXml, workbookXml } from "./sml-package";
import { writeWorksheet } from "./sml-sheet";
import { SharedStrings } from "./sml-strings";
import { StyleTable } from "./sml-styles";
import type { XlsxWriter } from "./xlsx-writer";

export const CREATOR = "Kế hoạch";
/** Text is gathered into pieces of about this many characters before it is deflated. */
const PIECE = 1 << 16;

/** Sheets (visible ones first, as laid out) → .xlsx bytes. */
export function writeSpreadsheetML(sheets: readonly SheetLayout[], now = new Date()): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else chunks.push(data);
  });
  const part = (path: string, write: (sink: { write(xml: string): void }) => void) => {
    const file = new ZipDeflate(path, { level: 6 });
    zip.add(file);
    let pending = "";
    write({
      write(xml) {
        pending += xml;
        if (pending.length >= PIECE) {
          file.push(strToU8(pending));
          pending = "";
        }
      },
    });
    file.push(strToU8(pending), true);
  };
  const whole = (path: string, xml: string) => part(path, (sink) => sink.write(xml));

  whole("[Content_Types].xml", contentTypesXml(sheets.length));
  whole("_rels/.rels", rootRelsXml());
  whole("docProps/core.xml", corePropsXml(CREATOR, now));
  whole("docProps/app.xml", appPropsXml(CREATOR));
  whole("xl/workbook.xml", workbookXml(sheets));
  whole("xl/_rels/workbook.xml.rels", workbookRelsXml(sheets.length));
  const strings = new SharedStrings();
  const styles = new StyleTable();
  sheets.forEach((sheet, i) => part(sheetPath(i), (sink) => writeWorksheet(sheet, sink, strings, styles)));
  whole("xl/styles.xml", styles.xml());
  part("xl/sharedStrings.xml", (sink) => {
    for (const piece of strings.xml()) sink.write(piece);
  });
  zip.end();
  if (failure) throw failure;
  return concat(chunks);
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The layouts and the very hidden metadata sheet "_kehoach". */
export const smlXlsxWriter: XlsxWriter = async (sheets, meta: MetaRecord[]) => writeSpreadsheetML([...sheets, layoutMetaSheet(meta)]);
