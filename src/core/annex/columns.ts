/**
 * The columns an annex can have. The default set is the one the planning department
 * asks for; a plan may use another set (any subset, in any order).
 */
import { fold } from "../text/normalize";

export const COLUMN_KEYS = [
  "stt",
  "name",
  "unit",
  "agency",
  "lastYear",
  "planYear",
  "targetFinal",
  "actual",
  "estimateYear",
  "percentPlan",
  "percentLastYear",
  "status",
  "note",
  "targetId",
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

/** Cells holding numbers, in the target's unit or in percent. */
export const NUMBER_KEYS = ["lastYear", "planYear", "targetFinal", "actual", "estimateYear", "percentPlan", "percentLastYear"] as const;
export type NumberKey = (typeof NUMBER_KEYS)[number];
/** What an agency fills in. */
export const INPUT_KEYS: ReadonlySet<ColumnKey> = new Set(["lastYear", "actual", "estimateYear", "note"]);

export interface ColumnSpec {
  key: ColumnKey;
  header: string;
  headerEn: string;
  width: number;
  kind: "index" | "text" | "number" | "percent" | "status" | "id";
}

export const COLUMN_SPECS: Record<ColumnKey, ColumnSpec> = {
  stt: { key: "stt", header: "STT", headerEn: "No.", width: 6, kind: "index" },
  name: { key: "name", header: "Chỉ tiêu", headerEn: "Target", width: 48, kind: "text" },
  unit: { key: "unit", header: "ĐVT", headerEn: "Unit", width: 12, kind: "text" },
  agency: { key: "agency", header: "Cơ quan chủ trì", headerEn: "Lead agency", width: 24, kind: "text" },
  lastYear: { key: "lastYear", header: "Thực hiện cùng kỳ năm trước", headerEn: "Same period last year", width: 14, kind: "number" },
  planYear: { key: "planYear", header: "Kế hoạch năm", headerEn: "Plan for the year", width: 14, kind: "number" },
  targetFinal: { key: "targetFinal", header: "Mục tiêu cuối kỳ", headerEn: "Final target", width: 14, kind: "number" },
  actual: { key: "actual", header: "Thực hiện kỳ báo cáo", headerEn: "Actual this period", width: 14, kind: "number" },
  estimateYear: { key: "estimateYear", header: "Ước thực hiện cả năm", headerEn: "Full-year estimate", width: 14, kind: "number" },
  percentPlan: { key: "percentPlan", header: "% so kế hoạch", headerEn: "% of plan", width: 11, kind: "percent" },
  percentLastYear: { key: "percentLastYear", header: "% so cùng kỳ", headerEn: "% of last year", width: 11, kind: "percent" },
  status: { key: "status", header: "Đánh giá", headerEn: "Assessment", width: 16, kind: "status" },
  note: { key: "note", header: "Ghi chú", headerEn: "Note", width: 30, kind: "text" },
  targetId: { key: "targetId", header: "Mã chỉ tiêu", headerEn: "Target id", width: 18, kind: "id" },
};

/** The official layout: every column but the agency (added for multi-agency annexes) and the hidden id. */
export const DEFAULT_COLUMNS: readonly ColumnKey[] = COLUMN_KEYS.filter((k) => k !== "agency" && k !== "targetId" && k !== "targetFinal");

/**
 * The columns of an annex: the chosen set, with the agency column when the annex
 * covers several agencies, and always the target id last (hidden: it is how
 * consolidation finds the target whatever the agency did to the names).
 */
export function resolveColumns(chosen: readonly ColumnKey[] | undefined, multiAgency: boolean, multiYear = false): ColumnKey[] {
  const keys = [...(chosen && chosen.length ? chosen : DEFAULT_COLUMNS)].filter((k, i, all) => all.indexOf(k) === i && k !== "targetId");
  if (!keys.includes("name")) keys.splice(Math.min(1, keys.length), 0, "name");
  if (multiAgency && !keys.includes("agency")) keys.splice(keys.indexOf("name") + 1 + (keys.includes("unit") ? 1 : 0), 0, "agency");
  // Targets set for a later year show that year's figure beside this year's plan ("Mục tiêu đến năm 2030").
  if (multiYear && !chosen?.length && !keys.includes("targetFinal")) keys.splice(keys.includes("planYear") ? keys.indexOf("planYear") + 1 : keys.length, 0, "targetFinal");
  keys.push("targetId");
  return keys;
}

/** "stt,name,unit" or header words → keys; unknown names are reported. */
export function parseColumnList(text: string): { ok: true; columns: ColumnKey[] } | { ok: false; unknown: string[] } {
  const columns: ColumnKey[] = [];
  const unknown: string[] = [];
  for (const part of text.split(",").map((p) => p.trim()).filter(Boolean)) {
    const key = (COLUMN_KEYS as readonly string[]).includes(part) ? (part as ColumnKey) : matchHeader(part);
    if (key) columns.push(key);
    else unknown.push(part);
  }
  return unknown.length ? { ok: false, unknown } : { ok: true, columns };
}

/** A header as a person typed it, folded and without punctuation (but keeping %). */
export function headerKey(text: string): string {
  return fold(text)
    .replace(/\(.*?\)/g, " ")
    .replace(/[^a-z0-9% ]+/g, " ")
    .replace(/%/g, " % ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Phrases that name a column, most specific first: the first rule whose phrase occurs
 * (as whole words) in the header wins. "Thực hiện cùng kỳ năm 2023" is last year's
 * figure, not this period's, so "cung ky" is tried before "thuc hien".
 */
const HEADER_RULES: ReadonlyArray<[ColumnKey, readonly string[]]> = [
  ["targetId", ["ma chi tieu", "ma so", "ma"]],
  ["percentLastYear", ["% so cung ky", "so cung ky", "so voi cung ky", "% cung ky"]],
  ["percentPlan", ["% so ke hoach", "so ke hoach", "so voi ke hoach", "% ke hoach", "% kh", "so kh", "so voi kh"]],
  ["targetFinal", ["muc tieu den nam", "muc tieu cuoi ky"]],
  ["lastYear", ["cung ky"]],
  ["estimateYear", ["uoc"]],
  ["planYear", ["ke hoach", "kh nam"]],
  ["actual", ["thuc hien", "ket qua", "so lieu"]],
  ["agency", ["co quan", "don vi chu tri", "don vi bao cao", "don vi thuc hien"]],
  ["unit", ["don vi tinh", "dvt", "don vi"]],
  ["note", ["ghi chu", "giai trinh"]],
  ["status", ["danh gia", "tinh trang", "muc do"]],
  ["name", ["chi tieu", "noi dung"]],
  ["stt", ["stt", "tt", "so thu tu"]],
];

const EXACT_HEADERS = new Map(Object.values(COLUMN_SPECS).map((spec) => [headerKey(spec.header), spec.key]));

/** The phrases as whole words (padded with spaces), written once: every cell near a header is tried against them. */
const PADDED_RULES: ReadonlyArray<[ColumnKey, readonly string[]]> = HEADER_RULES.map(([column, phrases]) => [column, phrases.map((p) => ` ${p} `)]);

/** Longer text is a note or a target's name that happens to contain a header's words, never a header. */
export function tooLongForHeader(text: string): boolean {
  return text.length > 80;
}

/** The column a header names, or null when it names none we know. */
export function matchHeader(text: string): ColumnKey | null {
  if (tooLongForHeader(text)) return null;
  return matchHeaderKey(headerKey(text));
}

/** matchHeader of a header already folded by headerKey (a caller that has the key does not fold twice). */
export function matchHeaderKey(key: string): ColumnKey | null {
  if (!key) return null;
  const exact = EXACT_HEADERS.get(key);
  if (exact) return exact;
  const padded = ` ${key} `;
  for (const [column, phrases] of PADDED_RULES) {
    for (const phrase of phrases) if (padded.includes(phrase)) return column;
  }
  return null;
}
