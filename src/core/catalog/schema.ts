/**
 * The plan catalog format, defined once. Everything else (JSON Schema in seeds/,
 * the loader, the CLI, the importer) derives from these zod schemas.
 */
import { z } from "zod";
import { MAX_YEAR, MIN_YEAR } from "../periods/codes";

export const COMPARATORS = ["=", "~", ">", ">=", "<", "<="] as const;
export const TARGET_KINDS = ["level", "rate", "change", "flow"] as const;
export const DIRECTIONS = ["increase", "decrease"] as const;
export const AGENCY_LEVELS = ["central", "province", "district", "commune", "other"] as const;

/** An id: lower-case ASCII letters and digits, parts joined by "-" or ".". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
const slug = z.string().regex(SLUG_PATTERN, "chỉ gồm chữ thường không dấu, số, '-' hoặc '.'");
const year = z.number().int().min(MIN_YEAR).max(MAX_YEAR);
/** A calendar date, possibly partial: "2022", "2022-10" or "2022-10-05". */
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "dạng YYYY, YYYY-MM hoặc YYYY-MM-DD");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "dạng YYYY-MM-DD");

export const SourceRefSchema = z
  .object({
    file: z.string().min(1).describe("Source document file name"),
    sheet: z.string().min(1).optional().describe("Worksheet, when the source is a table: then `line` is its row"),
    line: z.number().int().min(1).describe("1-based line in the document text, or row in the sheet"),
    text: z.string().min(1).describe("The sentence the record came from, as written"),
  })
  .strict();

export const BaselineSchema = z
  .object({
    year,
    value: z.number(),
    source: SourceRefSchema.optional(),
  })
  .strict();

export const ComparatorSchema = z.enum(COMPARATORS);
export const TargetKindSchema = z.enum(TARGET_KINDS);
export const DirectionSchema = z.enum(DIRECTIONS);

/**
 * One numeric target (chỉ tiêu). Either `value`, or `min`/`max` for a range.
 * For `rate` and `change` the numbers are per year; for a decreasing change
 * they are the size of the fall ("giảm 1-1,5%/năm" → min 1, max 1.5).
 */
export const TargetObjectSchema = z
  .object({
    id: slug.describe("Stable id, unique across all catalogs"),
    plan: slug.describe("Id of the plan that sets this target"),
    name: z.string().min(3).describe("Self-contained Vietnamese name; sub-targets name their parent"),
    nameEn: z.string().min(3).optional(),
    unit: z.string().min(1).describe("Unit as written, scale word included: %, nghìn tỷ đồng, giường bệnh/vạn dân"),
    value: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    comparator: ComparatorSchema,
    kind: TargetKindSchema,
    direction: DirectionSchema,
    year: year.describe("Year the target is to be reached (or the last year of an averaging period)"),
    fromYear: year.optional().describe("First year of an averaging period (thời kỳ 2021-2030)"),
    baseline: BaselineSchema.optional(),
    agency: slug.optional().describe("Id of the lead agency (see agencies)"),
    group: z.string().min(1).describe("Kinh tế, Văn hóa – xã hội, Môi trường, …"),
    parent: slug.optional().describe("Id of the target this one is a part of"),
    note: z.string().optional(),
    source: SourceRefSchema,
  })
  .strict();

/**
 * Cross-field rules. They run even when other fields are invalid (`when`), so a file's
 * problems are all listed at once; each rule checks the types it relies on.
 */
function targetRules(t: Partial<Record<keyof Target, unknown>>, ctx: z.core.$RefinementCtx<Target>): void {
  const num = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
  const hasValue = t.value !== undefined;
  const hasRange = t.min !== undefined || t.max !== undefined;
  if (hasValue === hasRange) {
    ctx.addIssue({ code: "custom", path: ["value"], message: "cần đúng một trong hai: value, hoặc min và max" });
  }
  if (hasRange && (t.min === undefined || t.max === undefined)) {
    ctx.addIssue({ code: "custom", path: [t.min === undefined ? "min" : "max"], message: "khoảng cần cả min và max" });
  }
  if (num(t.min) && num(t.max) && t.min > t.max) {
    ctx.addIssue({ code: "custom", path: ["min"], message: `min (${t.min}) lớn hơn max (${t.max})` });
  }
  if (num(t.fromYear) && num(t.year) && t.fromYear > t.year) {
    ctx.addIssue({ code: "custom", path: ["fromYear"], message: `fromYear (${t.fromYear}) sau year (${t.year})` });
  }
  if (typeof t.unit === "string" && typeof t.kind === "string" && isShare({ unit: t.unit, kind: t.kind as TargetKind })) {
    for (const field of ["value", "min", "max"] as const) {
      const v = t[field];
      if (num(v) && (v < 0 || v > 100)) {
        ctx.addIssue({ code: "custom", path: [field], message: `tỷ lệ phần trăm ${v} nằm ngoài 0–100` });
      }
    }
  }
  const baseline = t.baseline as { year?: unknown } | undefined;
  if (baseline && num(baseline.year) && num(t.year) && baseline.year > t.year) {
    ctx.addIssue({ code: "custom", path: ["baseline", "year"], message: "năm gốc sau năm mục tiêu" });
  }
}

export const TargetSchema = TargetObjectSchema.superRefine(targetRules, { when: () => true } as never);

/** Whether a target that has every field right also keeps the cross-field rules (the check target-fast.ts needs). */
export function keepsTargetRules(t: Target): boolean {
  let kept = true;
  targetRules(t, { addIssue: () => void (kept = false) } as unknown as z.core.$RefinementCtx<Target>);
  return kept;
}

/** A percentage that is a share of a whole (a level in %), which must lie in 0–100. */
export function isShare(t: Pick<Target, "unit" | "kind">): boolean {
  return t.unit.trim() === "%" && t.kind === "level";
}

export const AgencySchema = z
  .object({
    id: slug,
    name: z.string().min(2).describe("Official Vietnamese name"),
    nameEn: z.string().optional(),
    shortName: z.string().optional(),
    level: z.enum(AGENCY_LEVELS),
    aliases: z.array(z.string().min(2)).optional().describe("Other names the documents use"),
  })
  .strict();

export const DeadlineSchema = z
  .object({
    text: z.string().min(1).describe("The deadline as the document writes it"),
    date: isoDate.optional().describe("Last day, when the text fixes one"),
    period: z.string().optional().describe("Period code when the deadline is a period: 2023-Q3, 2022-6M, 2025"),
  })
  .strict();

export const TaskSchema = z
  .object({
    id: slug,
    plan: slug,
    title: z.string().min(3).describe("The task (nhiệm vụ), in Vietnamese"),
    agencies: z.array(slug).min(1).describe("Lead agencies (chủ trì)"),
    partners: z.array(slug).optional().describe("Co-operating agencies (phối hợp)"),
    deadline: DeadlineSchema.optional(),
    targets: z.array(slug).optional().describe("Ids of targets this task carries"),
    source: SourceRefSchema,
  })
  .strict();

/**
 * When and to whom reports are due. Deadlines are data: provinces change them,
 * and since 2025 the recipient (formerly Sở Kế hoạch và Đầu tư) is often Sở Tài chính.
 */
export const DeadlineRuleSchema = z.discriminatedUnion("type", [
  z
    .object({
      type: z.literal("day_of_last_month"),
      day: z.number().int().min(1).max(31).describe("Due before this day of the period's last month"),
    })
    .strict(),
  z
    .object({
      type: z.literal("day_of_month"),
      month: z.number().int().min(1).max(12),
      day: z.number().int().min(1).max(31),
      yearOffset: z.number().int().min(0).max(1).default(0),
    })
    .strict(),
  z
    .object({
      type: z.literal("working_days_after_cutoff"),
      days: z.number().int().min(0).max(60),
    })
    .strict(),
  z.object({ type: z.literal("fixed_date"), date: isoDate }).strict(),
]);

export const ReportingRuleSchema = z
  .object({
    frequency: z.enum(["month", "quarter", "half", "nine_months", "year", "once"]),
    recipient: slug.optional().describe("Agency id that receives the report"),
    due: DeadlineRuleSchema,
    what: z.string().optional().describe("What is reported, as written"),
    source: SourceRefSchema.optional(),
  })
  .strict();

export const PlanSchema = z
  .object({
    id: slug,
    type: z.string().min(2).describe("Kế hoạch, Chương trình hành động, Báo cáo, …"),
    number: z.string().optional().describe("Document number (số hiệu) as written, e.g. '…/KH-UBND'"),
    title: z.string().min(5),
    titleEn: z.string().optional(),
    issuer: z.string().min(2),
    date: partialDate.describe("Issue date; partial when the document leaves the day blank"),
    province: z.string().min(2),
    sourceFile: z.string().min(1),
    implements: z.array(z.string()).optional().describe("Documents this plan implements"),
    reporting: z.array(ReportingRuleSchema).optional(),
  })
  .strict();

export const CatalogSchema = z
  .object({
    $schema: z.string().optional(),
    version: z.string().min(1).describe("Catalog version, e.g. 2026-11-22.1"),
    plan: PlanSchema,
    agencies: z.array(AgencySchema),
    targets: z.array(TargetSchema),
    tasks: z.array(TaskSchema),
  })
  .strict();

export type Comparator = z.infer<typeof ComparatorSchema>;
export type TargetKind = z.infer<typeof TargetKindSchema>;
export type Direction = z.infer<typeof DirectionSchema>;
export type SourceRef = z.infer<typeof SourceRefSchema>;
export type Target = z.infer<typeof TargetObjectSchema>;
export type Agency = z.infer<typeof AgencySchema>;
export type Task = z.infer<typeof TaskSchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;
export type DeadlineRule = z.infer<typeof DeadlineRuleSchema>;
export type ReportingRule = z.infer<typeof ReportingRuleSchema>;
export type Plan = z.infer<typeof PlanSchema>;
export type CatalogFile = z.infer<typeof CatalogSchema>;
