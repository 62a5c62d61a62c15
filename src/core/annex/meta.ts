/**
 * Machine-readable metadata, stored in a very hidden sheet "_kehoach" by both writers
 * (ExcelJS and Office.js), so consolidation never guesses from titles. One row per sheet
 * the add-in wrote: which plan, agency and period it holds, from which catalog version.
 */
import { z } from "zod";

export const META_SHEET = "_kehoach";

export const META_FIELDS = [
  "sheet",
  "content",
  "format",
  "version",
  "kind",
  "plan",
  "agency",
  "period",
  "catalogVersion",
  "generatedAt",
  "submittedAt",
  "deadline",
] as const;

const text = z.string().min(1);
const optionalText = z.preprocess((v) => (v === "" || v === null ? undefined : v), z.string().optional());

export const MetaRecordSchema = z.object({
  sheet: text,
  content: z.enum(["targets", "tasks"]),
  format: z.literal("kehoach-annex"),
  version: z.coerce.number().int().min(1),
  kind: z.enum(["agency", "consolidated"]),
  plan: text,
  agency: text,
  period: text,
  catalogVersion: text,
  generatedAt: text,
  submittedAt: optionalText,
  deadline: optionalText,
});
export type MetaRecord = z.infer<typeof MetaRecordSchema>;

export function metaHeaderRow(): string[] {
  return [...META_FIELDS];
}

export function metaRow(record: MetaRecord): (string | number | null)[] {
  return META_FIELDS.map((f) => {
    const v = record[f];
    return v === undefined ? null : typeof v === "number" ? v : String(v);
  });
}

export type MetaParse = { ok: true; records: MetaRecord[] } | { ok: false; message: { vi: string; en: string } };

/** Read the metadata sheet's grid: a header row of field names, then one row per sheet. */
export function parseMetaGrid(grid: ReadonlyArray<ReadonlyArray<unknown>>): MetaParse {
  const header = (grid[0] ?? []).map((c) => String(c ?? "").trim());
  const missing = META_FIELDS.filter((f) => f !== "submittedAt" && f !== "deadline" && !header.includes(f));
  if (missing.length) {
    return {
      ok: false,
      message: { vi: `trang ${META_SHEET} thiếu trường: ${missing.join(", ")}`, en: `sheet ${META_SHEET} lacks fields: ${missing.join(", ")}` },
    };
  }
  const records: MetaRecord[] = [];
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (row.every((c) => c === null || c === undefined || c === "")) continue;
    const raw: Record<string, unknown> = {};
    header.forEach((field, c) => {
      const v = row[c];
      raw[field] = v instanceof Date ? v.toISOString() : v === null || v === undefined ? "" : typeof v === "number" ? v : String(v);
    });
    const parsed = MetaRecordSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return {
        ok: false,
        message: {
          vi: `trang ${META_SHEET}, dòng ${r + 1}, trường ${String(issue.path[0] ?? "")}: giá trị không hợp lệ`,
          en: `sheet ${META_SHEET}, row ${r + 1}, field ${String(issue.path[0] ?? "")}: invalid value`,
        },
      };
    }
    records.push(parsed.data);
  }
  if (!records.length) return { ok: false, message: { vi: `trang ${META_SHEET} không có dòng dữ liệu`, en: `sheet ${META_SHEET} has no record` } };
  return { ok: true, records };
}
