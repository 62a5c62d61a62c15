/** The per-agency annexes and their tracking list as one .zip (the pane's download; the CLI writes the files one by one). */
import { zipSync } from "fflate";
import type { AgencyAnnex } from "../core/annex";
import type { SheetLayout } from "../core/sheet";
import { annexToXlsx } from "./annex-xlsx";
import { smlXlsxWriter } from "./sml-write";

export const TRACKING_FILE = "danh-sach-gui.xlsx";

export async function agencyAnnexesZip(annexes: readonly AgencyAnnex[], tracking: SheetLayout, options: { protect?: boolean } = {}): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const a of annexes) files[a.file] = await annexToXlsx(a.annex, { protect: options.protect });
  files[TRACKING_FILE] = await smlXlsxWriter([tracking], []);
  // .xlsx files are already deflated: stored as they are.
  return zipSync(files, { level: 0 });
}
