/**
 * Nothing is lost: whatever random submissions arrive, every submitted (agency, target,
 * value) is in the consolidated annex, or among the conflicts, or among the rejections.
 */
import fc from "fast-check";
import { consolidate } from "../../../src/core/consolidate/consolidate";
import { annexRows } from "../../../src/core/annex/model";
import { formatViNumber } from "../../../src/core/numbers/vi";
import type { FileRead, GridCell } from "../../../src/core/consolidate/grid";
import { syntheticCatalog } from "../annex/synthetic";
import { annexGrids } from "./grids";

const catalog = syntheticCatalog({ agencies: 3, targetsPerAgency: 3 });
const targetIds = catalog.targets.map((t) => t.id).concat("tinh-x-2024.unknown");
const agencies = ["so-1", "so-2", "so-3"];
const FIELDS = ["actual", "lastYear", "estimateYear"] as const;
const HEADERS = { actual: "Thực hiện kỳ báo cáo", lastYear: "Thực hiện cùng kỳ năm trước", estimateYear: "Ước thực hiện cả năm" };

type Cell = { kind: "number"; value: number } | { kind: "text"; value: number } | { kind: "junk"; text: string };
const cellArb: fc.Arbitrary<Cell> = fc.oneof(
  fc.integer({ min: -1_000_000, max: 10_000_000 }).map((n) => ({ kind: "number" as const, value: n / 100 })),
  fc.integer({ min: 0, max: 10_000_000 }).map((n) => ({ kind: "text" as const, value: n / 1000 })),
  fc.constantFrom("abc", "=1+1", "14.5", "khoảng 5", "@x").map((text) => ({ kind: "junk" as const, text })),
);
const rowArb = fc.record({
  target: fc.constantFrom(...targetIds),
  field: fc.constantFrom(...FIELDS),
  cell: cellArb,
});
const fileArb = fc.record({
  agency: fc.constantFrom(...agencies),
  period: fc.constantFrom("2024-Q2", "2024-Q2", "2024-Q2", "2024-Q1"),
  submittedDay: fc.integer({ min: 1, max: 28 }),
  rows: fc.array(rowArb, { maxLength: 8 }),
});

interface FileSpec {
  agency: string;
  period: string;
  submittedDay: number;
  rows: { target: string; field: (typeof FIELDS)[number]; cell: Cell }[];
}

function render(spec: FileSpec, index: number): FileRead {
  const sheets = annexGrids(catalog, {
    agency: spec.agency,
    period: spec.period,
    meta: (m) => ({ ...m, submittedAt: `2024-06-${String(spec.submittedDay).padStart(2, "0")}` }),
  });
  const sheet = sheets.find((s) => s.name === "Phụ lục")!;
  const header = sheet.rows.find((r) => r.includes("Mã chỉ tiêu")) as string[];
  for (const row of spec.rows) {
    const cells: GridCell[] = Array(header.length).fill(null);
    cells[header.indexOf("Mã chỉ tiêu")] = row.target;
    cells[header.indexOf(HEADERS[row.field])] =
      row.cell.kind === "number" ? row.cell.value : row.cell.kind === "text" ? formatViNumber(row.cell.value, { maxDecimals: 3 }) : row.cell.text;
    sheet.rows.push(cells);
  }
  return { file: `f${index}.xlsx`, ok: true, sheets };
}

test("every submitted value ends up in the report, the conflicts or the rejections", () => {
  fc.assert(
    fc.property(fc.array(fileArb, { minLength: 1, maxLength: 6 }), (specs) => {
      const files = specs.map(render);
      files.push({ file: "junk.bin", ok: false, reason: { vi: "không phải tệp .xlsx", en: "not an .xlsx file" } });
      const r = consolidate(catalog, files, { plan: "tinh-x-2024", period: "2024-Q2", now: "2024-06-30T00:00:00Z" });
      if (!r.ok) throw new Error(r.error.vi);
      const { annex, conflicts, rejected } = r.result;
      const output = new Map(annexRows(annex).map((row) => [row.targetId, row]));
      expect(rejected.some((x) => x.file === "junk.bin")).toBe(true);
      specs.forEach((spec, i) => {
        const file = `f${i}.xlsx`;
        const fileRejected = rejected.some((x) => x.file === file && x.row === undefined);
        for (const row of spec.rows) {
          if (fileRejected) continue;
          if (row.cell.kind === "junk" || row.target.endsWith("unknown")) {
            expect(rejected.some((x) => x.file === file && x.row !== undefined && (x.value ?? "").includes(row.cell.kind === "junk" ? row.cell.text : ""))).toBe(true);
            continue;
          }
          const value = row.cell.value;
          const inOutput = output.get(row.target)?.[row.field] === value;
          const inConflicts = conflicts.some((c) => c.targetId === row.target && c.field === row.field && c.agencyId === spec.agency && c.value === value);
          if (!inOutput && !inConflicts) throw new Error(`lost: ${file} ${spec.agency} ${row.target} ${row.field} ${value}`);
        }
      });
    }),
    { numRuns: 150, seed: 20240615 },
  );
});
