/** The one CatalogSource of this JavaScript runtime, shared by the task pane and the functions. */
import { CatalogSource } from "./index";
import { localStorageStore, officeRuntimeStore, workbookSnapshotStore } from "./office-stores";

function inExcel(): boolean {
  return typeof Office !== "undefined" && typeof Excel !== "undefined" && !!Office.context?.host;
}

let shared: CatalogSource | null = null;

export function catalogSource(): CatalogSource {
  shared ??= inExcel()
    ? new CatalogSource({ imported: officeRuntimeStore(), snapshot: workbookSnapshotStore() })
    : new CatalogSource({ imported: localStorageStore("kehoach.catalog.imported"), snapshot: localStorageStore("kehoach.catalog.snapshot") });
  return shared;
}
