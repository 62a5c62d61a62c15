/**
 * Node adapter: a plan document on disk (.txt, .md, .docx, .pdf with a text layer) → text, through the
 * import-document conductor (src/core/operations/import-document.ts). The size is checked before reading.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { failure } from "../core/messages";
import { documentText, documentTooLarge, MAX_DOCUMENT_BYTES, type DocumentText } from "../core/operations";
import { documentReaders } from "../documents/readers";

export { looksBinary, MAX_DOCUMENT_BYTES } from "../core/operations";
export type ReadResult = DocumentText;

export async function readDocument(path: string, maxBytes = MAX_DOCUMENT_BYTES): Promise<ReadResult> {
  if (!existsSync(path)) return failure(`Không tìm thấy tệp ${path}.`, `File not found: ${path}.`);
  const stat = statSync(path);
  if (!stat.isFile()) return failure(`${path} không phải là tệp.`, `${path} is not a file.`);
  const refused = documentTooLarge(path, stat.size, maxBytes);
  if (refused) return refused;
  return documentText(path, readFileSync(path), documentReaders, maxBytes);
}
