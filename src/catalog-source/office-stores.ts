/** Office implementations of TextStore: OfficeRuntime.storage for imports, a custom XML part for the workbook snapshot. */
import type { TextStore } from "./index";

const IMPORTED_KEY = "kehoach.catalog.imported";
export const SNAPSHOT_NAMESPACE = "urn:kehoach:catalog-snapshot:1";

/**
 * OfficeRuntime.storage holds at most 10 MB per domain (Microsoft's documented limit); the key and
 * anything else stored take part of it, so an imported catalog may use 10 MB less a margin.
 */
export const OFFICE_STORAGE_MAX_BYTES = 10 * 1024 * 1024 - 64 * 1024;

export function officeRuntimeStore(key: string = IMPORTED_KEY): TextStore {
  return {
    maxBytes: OFFICE_STORAGE_MAX_BYTES,
    get: async () => (await OfficeRuntime.storage.getItem(key)) ?? null,
    set: (text) => OfficeRuntime.storage.setItem(key, text),
    remove: () => OfficeRuntime.storage.removeItem(key),
  };
}

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const unescapeXml = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The catalog snapshot lives in a custom XML part of the workbook: it travels with the file. Two syncs at most. */
export function workbookSnapshotStore(): TextStore {
  const readParts = async (context: Excel.RequestContext) => {
    const parts = context.workbook.customXmlParts.getByNamespace(SNAPSHOT_NAMESPACE);
    parts.load("items");
    await context.sync();
    return parts.items;
  };
  return {
    get: () =>
      Excel.run(async (context) => {
        const items = await readParts(context);
        if (items.length === 0) return null;
        const xml = items[0].getXml();
        await context.sync();
        const match = /<snapshot[^>]*>([\s\S]*)<\/snapshot>/.exec(xml.value);
        return match ? unescapeXml(match[1]) : null;
      }),
    set: (text) =>
      Excel.run(async (context) => {
        const items = await readParts(context);
        items.forEach((part) => part.delete());
        context.workbook.customXmlParts.add(`<snapshot xmlns="${SNAPSHOT_NAMESPACE}">${escapeXml(text)}</snapshot>`);
        await context.sync();
      }),
    remove: () =>
      Excel.run(async (context) => {
        const items = await readParts(context);
        items.forEach((part) => part.delete());
        await context.sync();
      }),
  };
}

/** localStorage, for the preview in a plain browser tab. */
export function localStorageStore(key: string): TextStore {
  return {
    get: async () => globalThis.localStorage?.getItem(key) ?? null,
    set: async (text) => globalThis.localStorage?.setItem(key, text),
    remove: async () => globalThis.localStorage?.removeItem(key),
  };
}
