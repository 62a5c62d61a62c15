/** What every .xlsx writer takes: sheet layouts plus their metadata records (the very hidden "_kehoach" sheet) → .xlsx bytes. */
import type { MetaRecord } from "../core/annex";
import type { SheetLayout } from "../core/sheet";

export type XlsxWriter = (sheets: SheetLayout[], meta: MetaRecord[]) => Promise<Uint8Array>;
