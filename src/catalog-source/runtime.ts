/** The one CatalogSource of this JavaScript runtime, shared by the task pane and the functions. */
import { CatalogSource } from "./index";
import { localStorageStore, officeRuntimeStore, workbookSnapshotStore } from "./office-stores";

function inExcel(): boolean {
  return typeof Office !== "undefined" && typeof Excel !== "undefined" && !!Office.context?.host;
}

/**
 * Kept on globalThis: the task pane and the functions are separate bundles in one runtime, and an
 * import made in the pane must reach the KH.* functions without a reload.
 */
const KEY = "__kehoachCatalogSource";
const holder = globalThis as typeof globalThis & { [KEY]?: CatalogSource };

export function catalogSource(): CatalogSource {
  holder[KEY] ??= inExcel()
    ? new CatalogSource({ imported: officeRuntimeStore(), snapshot: workbookSnapshotStore() })
    : new CatalogSource({ imported: localStorageStore("kehoach.catalog.imported"), snapshot: localStorageStore("kehoach.catalog.snapshot") });
  return holder[KEY];
}
