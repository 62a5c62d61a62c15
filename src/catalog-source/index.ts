/**
 * Which catalog the add-in uses, shared by the task pane and the KH.* functions (one shared runtime).
 *
 * Precedence, highest first:
 *   1. snapshot – the catalog stored in this workbook, so a report keeps the targets it was made with;
 *   2. imported – a catalog the planning department publishes (file or https URL), validated and
 *      cached in OfficeRuntime.storage so functions work offline;
 *   3. bundled  – the catalog built from seeds/ that ships with the add-in.
 */
import { loadCatalogs, type Catalog, type CatalogInput } from "../core/catalog";
import type { Problem } from "../core/catalog";
import type { CatalogFile } from "../core/catalog";
import { BUNDLED_CATALOG_FILES } from "./bundled";
import { formatMegabytes } from "../core/numbers";

export type CatalogOrigin = "snapshot" | "imported" | "bundled";

export interface ActiveCatalog {
  catalog: Catalog;
  origin: CatalogOrigin;
  /** Where it came from: file name or URL for imports, "seeds/" when bundled. */
  label: string;
  loadedAt?: string;
}

/** A place to keep catalog JSON: OfficeRuntime.storage, the workbook, localStorage, or memory. */
export interface TextStore {
  get(): Promise<string | null>;
  set(text: string): Promise<void>;
  remove(): Promise<void>;
  /** The most this store holds (UTF-8 bytes), where it has a documented limit. */
  maxBytes?: number;
}

/** Why a catalog is too big to cache, in both languages, with what to do. */
export function tooBigToStore(label: string, bytes: number, maxBytes: number): Problem {
  return {
    file: label,
    path: "",
    message: {
      vi: `danh mục quá lớn để lưu lại trong bổ trợ (${formatMegabytes(bytes, "vi")}; tối đa ${formatMegabytes(maxBytes, "vi")}). Không có gì thay đổi. Hãy chỉ nhập các kế hoạch cần dùng, hoặc tách thành nhiều tệp nhỏ hơn.`,
      en: `the catalog is too large for the add-in to keep (${formatMegabytes(bytes, "en")}; at most ${formatMegabytes(maxBytes, "en")}). Nothing changed. Import only the plans you need, or split it into smaller files.`,
    },
  };
}

interface StoredCatalog {
  label: string;
  savedAt: string;
  files: CatalogInput[];
}

export type ImportResult = { ok: true; active: ActiveCatalog } | { ok: false; problems: Problem[] };

type Listener = (active: ActiveCatalog) => void;

export class CatalogSource {
  private active: ActiveCatalog | null = null;
  private bundledCache: Catalog | null = null;
  private readonly listeners = new Set<Listener>();
  private loading: Promise<ActiveCatalog> | null = null;

  constructor(
    private readonly stores: { imported?: TextStore; snapshot?: TextStore } = {},
    private readonly fetchText: (url: string) => Promise<string> = defaultFetch,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The catalog in use now (loads it on first call). */
  get(): Promise<ActiveCatalog> {
    if (this.active) return Promise.resolve(this.active);
    this.loading ??= this.resolve().then((a) => this.setActive(a));
    return this.loading;
  }

  /** Synchronous access once loaded; null before. Lets functions answer without a promise when warm. */
  peek(): ActiveCatalog | null {
    return this.active;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  bundled(): Catalog {
    if (!this.bundledCache) {
      const result = loadCatalogs(BUNDLED_CATALOG_FILES);
      if (!result.ok) throw new Error(`Danh mục đi kèm không hợp lệ: ${result.problems.map((p) => `${p.file} › ${p.path}: ${p.message.vi}`).join("; ")}`);
      this.bundledCache = result.catalog;
    }
    return this.bundledCache;
  }

  /** Import catalog JSON (one catalog file, or an array of them) the user picked. Nothing changes on a problem. */
  async importText(text: string, label: string): Promise<ImportResult> {
    const parsed = parseCatalogText(text, label);
    if (!parsed.ok) return parsed;
    const result = loadCatalogs(parsed.files);
    if (!result.ok) return result;
    const stored: StoredCatalog = { label, savedAt: this.now().toISOString(), files: parsed.files };
    const json = JSON.stringify(stored);
    const limit = this.stores.imported?.maxBytes;
    if (limit !== undefined) {
      const bytes = new TextEncoder().encode(json).length;
      if (bytes > limit) return { ok: false, problems: [tooBigToStore(label, bytes, limit)] };
    }
    await this.stores.imported?.set(json);
    const snapshot = this.stores.snapshot ? await this.stores.snapshot.get() : null;
    const active: ActiveCatalog = { catalog: result.catalog, origin: "imported", label, loadedAt: stored.savedAt };
    // A workbook snapshot still wins: the open report keeps its targets until the user refreshes it.
    if (snapshot) return { ok: true, active: this.active ?? active };
    return { ok: true, active: this.setActive(active) };
  }

  async importUrl(url: string): Promise<ImportResult> {
    if (!/^https:\/\//i.test(url)) {
      return { ok: false, problems: [{ file: url, path: "", message: { vi: "chỉ nhận địa chỉ https://", en: "only https:// addresses are accepted" } }] };
    }
    let text: string;
    try {
      text = await this.fetchText(url);
    } catch (e) {
      const why = (e as Error).message;
      return { ok: false, problems: [{ file: url, path: "", message: { vi: `không tải được: ${why}`, en: `could not download: ${why}` } }] };
    }
    return this.importText(text, url);
  }

  /** Store the active catalog in the workbook, so this report keeps these targets. */
  async saveSnapshot(): Promise<ActiveCatalog> {
    const current = await this.get();
    if (!this.stores.snapshot) return current;
    const stored: StoredCatalog = {
      label: current.label,
      savedAt: this.now().toISOString(),
      files: current.catalog.files.map((f) => ({ file: `${f.plan.id}.json`, data: f })),
    };
    await this.stores.snapshot.set(JSON.stringify(stored));
    return this.setActive({ catalog: current.catalog, origin: "snapshot", label: current.label, loadedAt: stored.savedAt });
  }

  /**
   * Make a reviewed catalog file the workbook's catalog (the snapshot), beside the other plans in use
   * (alone if they clash with it). Nothing changes on a problem.
   */
  async saveCatalogAsSnapshot(catalog: CatalogFile, label: string): Promise<ImportResult> {
    const own: CatalogInput = { file: `${catalog.plan.id}.json`, data: catalog };
    const current = await this.get();
    const others = current.catalog.files.filter((f) => f.plan.id !== catalog.plan.id).map((f) => ({ file: `${f.plan.id}.json`, data: f }));
    let files = [own, ...others];
    let result = loadCatalogs(files);
    if (!result.ok) {
      files = [own];
      result = loadCatalogs(files);
      if (!result.ok) return result;
    }
    const stored: StoredCatalog = { label, savedAt: this.now().toISOString(), files };
    await this.stores.snapshot?.set(JSON.stringify(stored));
    return { ok: true, active: this.setActive({ catalog: result.catalog, origin: this.stores.snapshot ? "snapshot" : "imported", label, loadedAt: stored.savedAt }) };
  }

  /** Drop the workbook snapshot and the import; fall back down the precedence. */
  async clear(origin: "snapshot" | "imported"): Promise<ActiveCatalog> {
    await this.stores[origin]?.remove();
    this.active = null;
    this.loading = null;
    return this.get();
  }

  private async resolve(): Promise<ActiveCatalog> {
    for (const origin of ["snapshot", "imported"] as const) {
      const store = this.stores[origin];
      const text = store ? await store.get().catch(() => null) : null;
      if (!text) continue;
      const restored = restore(text);
      if (restored) return { catalog: restored.catalog, origin, label: restored.label, loadedAt: restored.savedAt };
    }
    return { catalog: this.bundled(), origin: "bundled", label: "seeds/" };
  }

  private setActive(active: ActiveCatalog): ActiveCatalog {
    this.active = active;
    this.loading = Promise.resolve(active);
    for (const listener of this.listeners) listener(active);
    return active;
  }
}

function restore(text: string): { catalog: Catalog; label: string; savedAt: string } | null {
  try {
    const stored = JSON.parse(text) as StoredCatalog;
    const result = loadCatalogs(stored.files ?? []);
    return result.ok ? { catalog: result.catalog, label: stored.label, savedAt: stored.savedAt } : null;
  } catch {
    return null;
  }
}

export function parseCatalogText(text: string, label: string): { ok: true; files: CatalogInput[] } | { ok: false; problems: Problem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const why = (e as Error).message;
    return { ok: false, problems: [{ file: label, path: "", message: { vi: `không phải JSON hợp lệ: ${why}`, en: `not valid JSON: ${why}` } }] };
  }
  const list = Array.isArray(data) ? data : [data];
  return { ok: true, files: list.map((d, i) => ({ file: list.length > 1 ? `${label}[${i}]` : label, data: d })) };
}

async function defaultFetch(url: string): Promise<string> {
  const response = await fetch(url, { cache: "no-cache" });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

/** In-memory store, for tests and the preview. */
export function memoryStore(initial: string | null = null): TextStore {
  let value = initial;
  return {
    get: async () => value,
    set: async (text) => {
      value = text;
    },
    remove: async () => {
      value = null;
    },
  };
}
