/**
 * The bundled plan catalogs (seeds/*.json) checked as a reviewer would: they load,
 * every source document has its catalog, every quoted source sentence really is on
 * the cited line, and names read as proper Vietnamese.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { catalogFilesIn, loadCatalogFiles } from "../../../src/node/catalog-files";
import { formatProblem } from "../../../src/core/catalog/problems";
import { fold, nfc } from "../../../src/core/text/normalize";

const REPO = resolve(__dirname, "../../..");
const SEEDS_DIR = join(REPO, "seeds");
const DOCS_DIR = resolve(REPO, "../shared/seeds");
const MIN_TOTAL_TARGETS = 140;

interface Source {
  file?: string;
  line?: number;
  text?: string;
}
interface LooseRecord {
  id?: string;
  name?: string;
  parent?: string;
  source?: Source;
}
/** Only the fields these checks read; a file that fails the schema is still inspected. */
interface LooseCatalog {
  plan?: { id?: string; sourceFile?: string };
  targets?: LooseRecord[];
  tasks?: LooseRecord[];
}

const catalogPaths = catalogFilesIn(SEEDS_DIR);
const catalogs = catalogPaths.map((path) => ({ file: basename(path), data: readLoose(path) }));

function readLoose(path: string): LooseCatalog {
  try {
    const data: unknown = JSON.parse(readFileSync(path, "utf8"));
    return data && typeof data === "object" ? (data as LooseCatalog) : {};
  } catch {
    return {}; // the load test reports unreadable JSON with its reason
  }
}

const targetsOf = (c: LooseCatalog): LooseRecord[] => (Array.isArray(c.targets) ? c.targets : []);
const tasksOf = (c: LooseCatalog): LooseRecord[] => (Array.isArray(c.tasks) ? c.tasks : []);

/** True when a name of three or more words carries no Vietnamese diacritic at all (typed without accents, or OCR). */
function lacksDiacritics(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 3) return false;
  return fold(name) === name.toLowerCase().replace(/\s+/g, " ").trim();
}

describe("seed catalogs (seeds/*.json)", () => {
  it("there are catalog files to check", () => {
    expect(catalogPaths.length).toBeGreaterThan(0);
  });

  it("load together through loadCatalogFiles with no problems", () => {
    const result = loadCatalogFiles(catalogPaths);
    const problems = result.ok ? [] : result.problems.map((p) => formatProblem(p, "en"));
    expect(problems).toEqual([]);
  });

  it(`hold at least ${MIN_TOTAL_TARGETS} targets in all`, () => {
    const perFile = Object.fromEntries(catalogs.map((c) => [c.file, targetsOf(c.data).length]));
    const total = Object.values(perFile).reduce((a, b) => a + b, 0);
    if (total < MIN_TOTAL_TARGETS) console.warn(`targets per catalog: ${JSON.stringify(perFile)}`);
    expect(total).toBeGreaterThanOrEqual(MIN_TOTAL_TARGETS);
  });

  for (const { file, data } of catalogs) {
    describe(file, () => {
      it("every sub-target's name contains its parent's name", () => {
        const byId = new Map(targetsOf(data).map((t) => [t.id, t]));
        const offenders = targetsOf(data)
          .filter((t) => t.parent !== undefined)
          .filter((t) => {
            const parentName = byId.get(t.parent)?.name;
            return typeof parentName !== "string" || typeof t.name !== "string" || !nfc(t.name).includes(nfc(parentName));
          })
          .map((t) => `${t.id}: "${t.name}" does not contain parent ${t.parent} "${byId.get(t.parent)?.name ?? "(missing)"}"`);
        expect(offenders).toEqual([]);
      });

      it("no target name is missing its Vietnamese diacritics", () => {
        const offenders = targetsOf(data)
          .filter((t) => typeof t.name === "string" && lacksDiacritics(t.name))
          .map((t) => `${t.id}: "${t.name}"`);
        expect(offenders).toEqual([]);
      });
    });
  }
});

const haveDocs = existsSync(DOCS_DIR);
if (!haveDocs) {
  console.warn(`Skipping the source-document checks of the seed catalogs: ${DOCS_DIR} is absent (the documents are not part of the repo).`);
}
const withDocs = haveDocs ? describe : describe.skip;

withDocs("seed catalogs against their source documents (../shared/seeds)", () => {
  const documents = haveDocs ? readdirSync(DOCS_DIR).filter((name) => name.endsWith(".txt")).sort() : [];
  const linesCache = new Map<string, string[] | null>();
  const linesOf = (file: string): string[] | null => {
    if (!linesCache.has(file)) {
      const path = join(DOCS_DIR, basename(file));
      linesCache.set(file, existsSync(path) ? nfc(readFileSync(path, "utf8")).split(/\r?\n/) : null);
    }
    return linesCache.get(file) ?? null;
  };

  it("there are source documents", () => {
    expect(documents.length).toBeGreaterThan(0);
  });

  for (const doc of documents) {
    it(`${doc} has a catalog whose plan.sourceFile names it`, () => {
      const owners = catalogs.filter((c) => c.data.plan?.sourceFile === doc).map((c) => c.file);
      expect(owners).toHaveLength(1);
    });
  }

  for (const { file, data } of catalogs) {
    it(`${file}: every target's and task's source.text is verbatim on line source.line of its document`, () => {
      const records = [...targetsOf(data), ...tasksOf(data)];
      const offenders: string[] = [];
      for (const r of records) {
        const { file: docName, line, text } = r.source ?? {};
        const where = `${r.id} (${docName ?? "?"}:${line ?? "?"})`;
        if (typeof docName !== "string" || typeof line !== "number" || typeof text !== "string") {
          offenders.push(`${where}: source is incomplete`);
          continue;
        }
        const lines = linesOf(docName);
        if (!lines) offenders.push(`${where}: no such document`);
        else if (!(lines[line - 1] ?? "").includes(nfc(text))) offenders.push(`${where}: "${text}" is not on that line`);
      }
      expect(records.length).toBeGreaterThan(0);
      expect(offenders).toEqual([]);
    });
  }
});
