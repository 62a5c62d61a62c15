/** An agency's annex as .xlsx bytes (pane download, CLI): its layout through the SpreadsheetML writer, or the writer given. */
import { layoutAnnexWorkbook, type Annex, type LayoutOptions } from "../core/annex";
import { smlXlsxWriter } from "./sml-write";
import type { XlsxWriter } from "./xlsx-writer";

export async function annexToXlsx(annex: Annex, options: LayoutOptions = {}, writer: XlsxWriter = smlXlsxWriter): Promise<Uint8Array> {
  const layout = layoutAnnexWorkbook(annex, options);
  return writer(layout.sheets, layout.meta);
}
