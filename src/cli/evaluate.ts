/**
 * `kehoach evaluate --actuals FILE.csv [--targets FILE.json | --catalog FILE.json] [--json] [--en]`
 * Judges each actual (CSV: id,period,value) against its target. Exit 0: every row judged;
 * 1: some rows could not be read (listed on stderr by line); 2: bad usage or unusable input files.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { z } from "zod";
import type { Target } from "../core/catalog";
import { parseTargetRecords } from "../core/catalog";
import { evaluateTarget, judgementLabel, statusLabel, STATUSES, type Evaluation } from "../core/evaluate";
import { evaluateRows, resolveActualRows, unreportedEvaluations, type ActualRowInput } from "../core/operations";
import { say, type Bilingual, type Lang } from "../core/messages";
import { numberModeOf, parseViNumber, type NumberMode } from "../core/numbers";
import { formatNumber } from "../core/numbers";
import { parsePeriod, periodCode, type Period } from "../core/periods";
import { decodeUnicodeText, parseCsv } from "../core/text";
import { fold } from "../core/text";
import { decodeBytes } from "../documents/decode";
import { readJsonFile } from "../node/catalog-files";
import { OPTION } from "./options";
import { catalogFrom, parseOptions, printJson, printProblems, printTable, type Command, type OptionDocs, plural, reportUnknownPlan, tell } from "./common";

const Options = z
  .object({
    targets: z.string().min(1).optional(),
    catalog: z.string().min(1).optional(),
    plan: z.string().min(1).optional(),
    actuals: z.string({ error: "cần tệp số liệu thực hiện: --actuals FILE.csv / required: --actuals FILE.csv" }).min(1),
    json: z.boolean().optional(),
  })
  .passthrough();

export interface ActualRow {
  line: number;
  target: Target;
  period: Period;
  value: number | null;
}

export interface RowError {
  line: number;
  message: Bilingual;
}

/** One output record: the evaluation's fields the command promises, in this order. */
export type EvaluationRecord = Pick<Evaluation, "id" | "period" | "value" | "expected" | "percentOfPlan" | "status" | "reason" | "reasonEn" | "final">;

/**
 * The actuals CSV at `path` (UTF-8 or UTF-16 by its BOM), its unusable rows told by file and line; null after
 * saying why when the file is missing or not text (the caller exits 2: unusable input).
 */
export function readActualsFile(path: string, targets: ReadonlyMap<string, Target>, lang: Lang): { rows: ActualRow[]; errors: RowError[] } | null {
  const full = resolve(path);
  if (!existsSync(full)) {
    tell(lang, `Không tìm thấy tệp: ${full}`, `File not found: ${full}`);
    return null;
  }
  const file = basename(full);
  const text = decodeUnicodeText(readFileSync(full), decodeBytes);
  if (text === null) {
    tell(lang, `Tệp ${file} không phải văn bản UTF-8: hãy lưu lại dạng CSV UTF-8`, `${file} is not UTF-8 text: save it again as CSV UTF-8`);
    return null;
  }
  const read = readActuals(text, targets);
  for (const e of read.errors) tell(lang, `${file}:${e.line}: ${e.message.vi}`, `${file}:${e.line}: ${e.message.en}`);
  return read;
}

/** Read the actuals table: good rows and the rows that could not be used, by line. */
export function readActuals(text: string, targets: ReadonlyMap<string, Target>): { rows: ActualRow[]; errors: RowError[] } {
  const table = parseCsv(text);
  const inputs: (ActualRowInput & { line: number })[] = [];
  const errors: RowError[] = [];
  // A file with decimal commas or ";" columns is vi-VN: "15.295" there is fifteen thousand.
  const numberMode = numberModeOf(
    table.rows.map((row) => row.fields[2] ?? ""),
    table.delimiter,
  );
  table.rows.forEach((row, index) => {
    const fields = row.fields.map((f) => f.trim());
    if (index === 0 && isHeader(fields, numberMode)) return;
    if (fields.length !== 3) {
      const hint =
        table.delimiter === "," && fields.length === 4
          ? { vi: `; số có dấu phẩy thập phân cần đặt trong ngoặc kép ("14,5") hoặc dùng dấu ";" ngăn cột`, en: `; put decimal-comma numbers in quotes ("14,5") or separate columns with ";"` }
          : { vi: "", en: "" };
      errors.push({
        line: row.line,
        message: { vi: `cần 3 cột id,period,value nhưng có ${fields.length}${hint.vi}`, en: `expected 3 columns id,period,value but found ${fields.length}${hint.en}` },
      });
      return;
    }
    const [id, period, actual] = fields;
    inputs.push({ line: row.line, id, period, actual });
  });
  const rows: ActualRow[] = [];
  for (const r of resolveActualRows(targets, inputs, { rejectRepeats: true, numberMode })) {
    if (r.ok) rows.push({ line: r.row.line, target: r.target, period: r.period, value: r.value });
    else errors.push({ line: r.row.line, message: r.reason });
  }
  errors.sort((a, b) => a.line - b.line);
  return { rows, errors };
}

function isHeader(fields: string[], mode: NumberMode): boolean {
  const first = fold(fields[0] ?? "");
  if (["id", "ma", "ma chi tieu"].includes(first)) return true;
  return fields.length >= 3 && !parsePeriod(fields[1]).ok && !parseViNumber(fields[2], mode).ok;
}

/**
 * Evaluate every row (src/core/operations/evaluate-rows.ts, as the pane does), plus a no_data record
 * for each target without any row.
 */
export function evaluateRecords(targets: readonly Target[], rows: readonly ActualRow[]): EvaluationRecord[] {
  const inputs = rows.map((r) => ({ id: r.target.id, period: periodCode(r.period), actual: r.value, line: r.line }));
  const verdicts = evaluateRows(new Map(targets.map((t) => [t.id, t])), inputs, evaluateTarget);
  const judged = verdicts.flatMap((v) => (v.evaluation ? [v.evaluation] : []));
  return [...judged, ...unreportedEvaluations(targets, verdicts, evaluateTarget)].map(toRecord);
}

function toRecord(e: Evaluation): EvaluationRecord {
  const { id, period, value, expected, percentOfPlan, status, reason, reasonEn, final } = e;
  return { id, period, value, expected, percentOfPlan, status, reason, reasonEn, final: final ?? false };
}

function loadTargets(values: z.infer<typeof Options>, lang: Lang): Target[] | null {
  if (values.targets && values.catalog) {
    tell(lang, "Chỉ dùng một trong hai: --targets hoặc --catalog", "Give either --targets or --catalog, not both");
    return null;
  }
  if (values.targets) {
    const read = readJsonFile(resolve(values.targets));
    if (!read.ok) {
      printProblems([read.problem], lang);
      return null;
    }
    const parsed = parseTargetRecords(read.input.file, read.input.data);
    if (!parsed.ok) {
      printProblems(parsed.problems, lang);
      return null;
    }
    return parsed.targets;
  }
  return catalogFrom(values.catalog, lang)?.targets ?? null;
}

const figure = (value: number | null, lang: Lang): string => (value === null ? "" : formatNumber(value, lang));

function printReadable(records: EvaluationRecord[], lang: Lang): void {
  const header = say({ vi: ["mã", "kỳ", "thực hiện", "cần đạt", "% KH", "đánh giá", "lý do"], en: ["id", "period", "actual", "expected", "% of plan", "status", "reason"] }, lang);
  printTable(
    header,
    records.map((r) => [
      r.id,
      r.period,
      figure(r.value, lang),
      figure(r.expected, lang),
      r.percentOfPlan === null ? "" : `${figure(r.percentOfPlan, lang)}%`,
      judgementLabel(r, lang),
      say({ vi: r.reason, en: r.reasonEn }, lang),
    ]),
  );
}

function summary(records: EvaluationRecord[], errors: number): Bilingual {
  const counts = STATUSES.map((s) => [s, records.filter((r) => r.status === s).length] as const).filter(([, n]) => n > 0);
  const parts = (lang: Lang) => counts.map(([s, n]) => `${n} ${statusLabel(s, lang)}`).join(", ");
  return {
    vi: `${records.length} kết quả: ${parts("vi")}${errors ? `; ${errors} dòng lỗi` : ""}`,
    en: `${plural(records.length, "result")}: ${parts("en")}${errors ? `; ${plural(errors, "row")} failed` : ""}`,
  };
}

const OPTIONS: OptionDocs = {
  actuals: { ...OPTION.actuals, text: { vi: "số liệu thực hiện (bắt buộc), CSV: mã,kỳ,giá trị", en: "actuals (required), CSV: id,period,value" } },
  targets: { type: "string", value: { vi: "TỆP.json", en: "FILE.json" }, text: { vi: "một mảng JSON các chỉ tiêu thay cho danh mục", en: "a JSON array of targets instead of the catalog" } },
  catalog: OPTION.catalog,
  plan: { ...OPTION.plan, text: { vi: "chỉ đánh giá các chỉ tiêu của kế hoạch này", en: "judge only this plan's targets" } },
};

export const evaluateCommand: Command = {
  summary: {
    vi: "Đánh giá số liệu thực hiện: --actuals TỆP.csv [--plan MÃ] [--targets TỆP.json | --catalog TỆP.json]",
    en: "Judge actuals: --actuals FILE.csv [--plan ID] [--targets FILE.json | --catalog FILE.json]",
  },
  options: OPTIONS,
  run(args, lang) {
    const parsed = parseOptions(args, OPTIONS, Options, lang);
    if (!parsed) return 2;
    const all = loadTargets(parsed.values, lang);
    if (!all) return 2;
    const plan = parsed.values.plan;
    const targets = plan ? all.filter((t) => t.plan === plan) : all;
    if (plan && !targets.length) {
      reportUnknownPlan(plan, all.map((t) => t.plan), lang);
      return 2;
    }
    const read = readActualsFile(parsed.values.actuals, new Map(all.map((t) => [t.id, t])), lang);
    if (!read) return 2;
    const { errors } = read;
    const rows = plan ? read.rows.filter((r) => r.target.plan === plan) : read.rows;
    const otherPlans = read.rows.length - rows.length;
    if (otherPlans) {
      tell(lang, `${otherPlans} dòng thuộc kế hoạch khác, không đánh giá (--plan ${plan})`, `${plural(otherPlans, "row")} of other plans left out (--plan ${plan})`);
    }
    const records = evaluateRecords(targets, rows);
    if (parsed.values.json) printJson(records);
    else printReadable(records, lang);
    tell(lang, summary(records, errors.length));
    return errors.length > 0 ? 1 : 0;
  },
};
