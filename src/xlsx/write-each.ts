/** The per-agency annexes and their tracking list as one .zip (the pane's download; the CLI writes the files one by one). */
import JSZip from "jszip";
import type { AgencyAnnex } from "../core/annex";
import type { SheetLayout } from "../core/sheet";
import { annexToXlsx, inMemoryXlsxWriter } from "./write";

export const TRACKING_FILE = "danh-sach-gui.xlsx";

export async function agencyAnnexesZip(annexes: readonly AgencyAnnex[], tracking: SheetLayout, options: { protect?: boolean } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const a of annexes) zip.file(a.file, await annexToXlsx(a.annex, { protect: options.protect }));
  zip.file(TRACKING_FILE, await inMemoryXlsxWriter([tracking], []));
  // .xlsx files are already deflated: stored as they are.
  return zip.generateAsync({ type: "uint8array", compression: "STORE" });
}
