import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { CatalogSource, memoryStore } from "../../src/catalog-source";
import { BUNDLED_CATALOG_FILES } from "../../src/catalog-source/bundled";

const seedsDir = resolve(__dirname, "../../seeds");

function catalogJson(planId: string, targetId: string, value: number) {
  return {
    version: "x",
    plan: { id: planId, type: "Kế hoạch", title: "Kế hoạch công bố", issuer: "Sở Tài chính", date: "2025", province: "Bắc Giang", sourceFile: "x.txt" },
    agencies: [],
    targets: [
      { id: targetId, plan: planId, name: "Tỷ lệ che phủ rừng", unit: "%", value, comparator: "=", kind: "level", direction: "increase", year: 2025, group: "Môi trường", source: { file: "x.txt", line: 1, text: "rừng" } },
    ],
    tasks: [],
  };
}

test("the add-in bundles every catalog in seeds/", () => {
  const onDisk = readdirSync(seedsDir).filter((f) => f.endsWith(".json") && !f.endsWith(".schema.json")).sort();
  expect(BUNDLED_CATALOG_FILES.map((f) => f.file).sort()).toEqual(onDisk);
});

test("with nothing imported and no snapshot, the bundled catalog is active", async () => {
  const source = new CatalogSource({ imported: memoryStore(), snapshot: memoryStore() });
  const active = await source.get();
  expect(active.origin).toBe("bundled");
  expect(active.catalog.plans.length).toBe(BUNDLED_CATALOG_FILES.length);
});

test("an imported catalog replaces the bundled one and survives a restart (cached)", async () => {
  const cache = memoryStore();
  const first = new CatalogSource({ imported: cache, snapshot: memoryStore() });
  const result = await first.importText(JSON.stringify(catalogJson("pub", "pub.forest", 40)), "chi-tieu-2025.json");
  expect(result.ok).toBe(true);
  expect((await first.get()).origin).toBe("imported");
  const restarted = new CatalogSource({ imported: cache, snapshot: memoryStore() });
  const active = await restarted.get();
  expect(active.origin).toBe("imported");
  expect(active.label).toBe("chi-tieu-2025.json");
  expect(active.catalog.targetById.get("pub.forest")?.value).toBe(40);
});

test("a URL import fetches over https only", async () => {
  const fetched: string[] = [];
  const source = new CatalogSource({ imported: memoryStore() }, async (url) => {
    fetched.push(url);
    return JSON.stringify(catalogJson("pub", "pub.forest", 41));
  });
  expect((await source.importUrl("http://example.org/c.json")).ok).toBe(false);
  expect(fetched).toEqual([]);
  const ok = await source.importUrl("https://example.org/c.json");
  expect(ok.ok && ok.active.origin).toBe("imported");
});

test("an invalid import changes nothing and lists problems by field", async () => {
  const source = new CatalogSource({ imported: memoryStore(), snapshot: memoryStore() });
  const bad = catalogJson("pub", "pub.forest", 140);
  const result = await source.importText(JSON.stringify(bad), "bad.json");
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.problems.map((p) => p.path)).toContain("targets[0].value");
  expect((await source.get()).origin).toBe("bundled");
  const notJson = await source.importText("{", "broken.json");
  expect(notJson.ok).toBe(false);
});

test("a workbook snapshot wins, so a report keeps the targets it was made with", async () => {
  const snapshot = memoryStore();
  const imported = memoryStore();
  const source = new CatalogSource({ imported, snapshot });
  await source.importText(JSON.stringify(catalogJson("pub", "pub.forest", 40)), "v1.json");
  await source.saveSnapshot();
  // The department publishes a new version; the open report keeps v1.
  await source.importText(JSON.stringify(catalogJson("pub", "pub.forest", 45)), "v2.json");
  const reopened = new CatalogSource({ imported, snapshot });
  const active = await reopened.get();
  expect(active.origin).toBe("snapshot");
  expect(active.catalog.targetById.get("pub.forest")?.value).toBe(40);
  const cleared = await reopened.clear("snapshot");
  expect(cleared.origin).toBe("imported");
  expect(cleared.catalog.targetById.get("pub.forest")?.value).toBe(45);
});
