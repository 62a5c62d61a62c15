/**
 * The DocumentReaders port (src/core/operations/import-document.ts), one implementation for Node
 * (`kehoach extract`) and the browser (the pane): Word through mammoth, PDF through unpdf, each
 * loaded on first use, and text through TextDecoder, which both have.
 */
import type { DocumentReaders } from "../core/operations";
import { htmlToText } from "../core/extract";
import { decodeBytes } from "./decode";

async function docx(bytes: Uint8Array): Promise<string> {
  const mammoth = await import(/* webpackChunkName: "mammoth" */ "mammoth");
  // Node's mammoth reads `buffer`, its browser build `arrayBuffer`: both get the same bytes.
  const input = { buffer: bytes, arrayBuffer: bytes } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
  // Through HTML, so tables keep their cells (one row per line) and are read as tables.
  return htmlToText((await mammoth.convertToHtml(input)).value);
}

async function pdf(bytes: Uint8Array): Promise<string> {
  const { extractText, getDocumentProxy } = await import(/* webpackChunkName: "unpdf" */ "unpdf");
  const document = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(document, { mergePages: false });
  return (Array.isArray(text) ? text : [text]).join("\n\n");
}

export const documentReaders: DocumentReaders = { docx, pdf, decode: decodeBytes };
