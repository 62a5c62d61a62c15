/** OfficeRuntime.storage keeps at most 10 MB: a bigger imported catalog is refused with a message in both languages, and nothing is written. */
import { CatalogSource, memoryStore } from "../../src/catalog-source";
import { officeRuntimeStore } from "../../src/catalog-source/office-stores";

function bigCatalog(targets: number, sentenceChars: number) {
  const sentence = "Phấn đấu nâng tỷ lệ che phủ rừng của tỉnh, bảo vệ diện tích rừng hiện có. ".repeat(Math.ceil(sentenceChars / 75)).slice(0, sentenceChars);
  return {
    version: "x",
    plan: { id: "lon", type: "Kế hoạch", title: "Kế hoạch rất dài", issuer: "Sở Tài chính", date: "2025", province: "Bắc Giang", sourceFile: "lon.txt" },
    agencies: [],
    targets: Array.from({ length: targets }, (_, i) => ({
      id: `lon.${i + 1}`,
      plan: "lon",
      name: `Tỷ lệ che phủ rừng khu vực ${i + 1}`,
      unit: "%",
      value: 40,
      comparator: "=",
      kind: "level",
      direction: "increase",
      year: 2025,
      group: "Môi trường",
      source: { file: "lon.txt", line: i + 1, text: sentence },
    })),
    tasks: [],
  };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).OfficeRuntime;
});

test("a catalog over OfficeRuntime.storage's 10 MB is refused, said in both languages, and the cache is untouched", async () => {
  const writes: string[] = [];
  (globalThis as Record<string, unknown>).OfficeRuntime = {
    storage: { getItem: async () => null, setItem: async (_k: string, v: string) => void writes.push(v), removeItem: async () => undefined },
  };
  const source = new CatalogSource({ imported: officeRuntimeStore(), snapshot: memoryStore() });
  const text = JSON.stringify(bigCatalog(2100, 5000));
  expect(text.length).toBeGreaterThan(10 * 1024 * 1024);
  const result = await source.importText(text, "lon.json");
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.problems).toHaveLength(1);
  expect(result.problems[0].message.vi).toMatch(/quá lớn.*MB; tối đa 9,9 MB/);
  expect(result.problems[0].message.en).toMatch(/too large.*MB; at most 9\.9 MB/);
  expect(writes).toEqual([]);
  expect((await source.get()).origin).toBe("bundled");
});

test("a catalog within the limit is cached as before", async () => {
  const writes: string[] = [];
  (globalThis as Record<string, unknown>).OfficeRuntime = {
    storage: { getItem: async () => null, setItem: async (_k: string, v: string) => void writes.push(v), removeItem: async () => undefined },
  };
  const source = new CatalogSource({ imported: officeRuntimeStore(), snapshot: memoryStore() });
  const result = await source.importText(JSON.stringify(bigCatalog(20, 200)), "nho.json");
  expect(result.ok).toBe(true);
  expect(writes).toHaveLength(1);
});
