/** Small synthetic catalogs for tests and the bench (never the real seeds). */
import { loadCatalogsOrThrow, type Catalog } from "../../../src/core/catalog/load";
import type { CatalogFile, Target } from "../../../src/core/catalog/schema";

const GROUPS = ["Kinh tế", "Văn hóa – xã hội", "Môi trường"];
const source = { file: "synthetic.txt", line: 1, text: "tổng hợp" };

export interface SyntheticOptions {
  agencies?: number;
  targetsPerAgency?: number;
  planId?: string;
  year?: number;
}

export function syntheticCatalogFile(options: SyntheticOptions = {}): CatalogFile {
  const agencyCount = options.agencies ?? 3;
  const perAgency = options.targetsPerAgency ?? 4;
  const plan = options.planId ?? "tinh-x-2024";
  const year = options.year ?? 2024;
  const agencies = [
    { id: "so-tai-chinh", name: "Sở Tài chính", level: "province" as const },
    ...Array.from({ length: agencyCount }, (_, i) => ({
      id: `so-${i + 1}`,
      name: `Sở Ngành Số ${i + 1}`,
      shortName: `S${i + 1}`,
      level: "province" as const,
      aliases: [`Sở số ${i + 1}`],
    })),
  ];
  const targets: Target[] = [];
  for (let a = 0; a < agencyCount; a++) {
    for (let k = 0; k < perAgency; k++) {
      const n = a * perAgency + k + 1;
      const base = {
        id: `${plan}.t${String(n).padStart(4, "0")}`,
        plan,
        name: `Chỉ tiêu số ${n} của sở ${a + 1}`,
        comparator: ">=" as const,
        year,
        agency: `so-${a + 1}`,
        group: GROUPS[n % GROUPS.length],
        source,
      };
      if (n % 7 === 3) targets.push({ ...base, unit: "%", min: 15, max: 16, kind: "rate", direction: "increase" });
      else if (n % 5 === 4) targets.push({ ...base, unit: "%", value: 2.5, kind: "level", direction: "decrease", comparator: "<" });
      else targets.push({ ...base, unit: n % 2 ? "tỷ đồng" : "%", value: n % 2 ? 15295 + n : 90, kind: "level", direction: "increase" });
    }
  }
  if (targets.length > 1) targets.push({ ...targets[0], id: `${plan}.t0001a`, name: "Chỉ tiêu con của chỉ tiêu 1", parent: targets[0].id, value: 50, unit: "%", min: undefined, max: undefined } as Target);
  const tasks = Array.from({ length: Math.min(agencyCount, 3) }, (_, i) => ({
    id: `${plan}.nv${i + 1}`,
    plan,
    title: i === 0 ? "=HYPERLINK(\"http://x\") nhiệm vụ có chữ bắt đầu bằng dấu bằng" : `Triển khai nhiệm vụ số ${i + 1}`,
    agencies: [`so-${i + 1}`],
    deadline: { text: "Quý III/2024", period: "2024-Q3" },
    source,
  }));
  return {
    version: "2024-01-01.1",
    plan: {
      id: plan,
      type: "Kế hoạch",
      number: "123/KH-UBND",
      title: "Thực hiện các chỉ tiêu phát triển kinh tế – xã hội năm 2024",
      issuer: "UBND Tỉnh X",
      date: "2024-01-05",
      province: "Tỉnh X",
      sourceFile: "synthetic.txt",
      reporting: [{ frequency: "quarter", recipient: "so-tai-chinh", due: { type: "day_of_last_month", day: 15 } }],
    },
    agencies,
    targets: JSON.parse(JSON.stringify(targets)),
    tasks,
  };
}

export function syntheticCatalog(options: SyntheticOptions = {}): Catalog {
  return loadCatalogsOrThrow([{ file: "synthetic.json", data: syntheticCatalogFile(options) }]);
}
