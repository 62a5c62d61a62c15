/**
 * `kehoach consolidate FILES… --period P --out FILE.xlsx [--plan ID] [--catalog FILE.json] [--json]`
 * Merges agency annexes into the province's workbook; bad files are listed, the rest proceed.
 */
import { resolve } from "node:path";
import { z } from "zod";
import { consolidateFiles } from "../xlsx/consolidate";
import { boundMemoryFor } from "../node/memory-ceiling";
import { nodeXlsxWriter } from "../xlsx/sml-write-node";
import { annexInput } from "../node/read-annexes";
import { catalogFrom, catalogInputs, outputPath, parseOptions, printJson, writeOut, type Command, type OptionDocs, plural, show, tell } from "./common";
import { OPTION } from "./options";
import { consolidationRecords } from "./consolidate-json";
import { readWordsFile, WORDS_OPTION } from "./annex-words";

const OPTIONS: OptionDocs = {
  period: { ...OPTION.period, text: { vi: "kỳ báo cáo cần tổng hợp (bắt buộc)", en: "the period to consolidate (required)" } },
  out: OPTION.outXlsx,
  plan: { ...OPTION.plan, text: { vi: "kế hoạch (mặc định: kế hoạch ghi trong các tệp)", en: "plan (default: the one the files name)" } },
  catalog: OPTION.catalog,
  words: WORDS_OPTION,
  force: OPTION.force,
};

const Options = z
  .object({
    period: z.string({ error: "cần kỳ báo cáo: --period 2024-Q2 / required: --period" }).min(1),
    out: z.string({ error: "cần tệp kết quả: --out TỆP.xlsx / required: --out FILE.xlsx" }).regex(/\.xlsx$/i, "tệp kết quả phải có đuôi .xlsx / must end in .xlsx"),
    plan: z.string().min(1).optional(),
    catalog: z.string().min(1).optional(),
    words: z.string().min(1).optional(),
    force: z.boolean().optional(),
    json: z.boolean().optional(),
  })
  .passthrough();

/** Exit code: the report was written, but some files were refused or some agencies sent nothing. */
export const INCOMPLETE = 3;

export const consolidateCommand: Command = {
  summary: {
    vi: "Tổng hợp phụ lục của các cơ quan: TỆP… --period KỲ --out TỆP.xlsx [--plan MÃ] [--catalog TỆP.json] [--words TỆP.json]",
    en: "Consolidate agency annexes: FILES… --period P --out FILE.xlsx [--plan ID] [--catalog FILE.json] [--words FILE.json]",
  },
  options: OPTIONS,
  async run(args, lang) {
    const parsed = parseOptions(args, OPTIONS, Options, lang);
    if (!parsed) return 2;
    if (!parsed.positionals.length) {
      tell(lang, "Hãy chỉ ra các tệp phụ lục cần tổng hợp.", "Give the annex files to consolidate.");
      return 2;
    }
    const { period, out, plan, json } = parsed.values;
    const files = parsed.positionals.map((p) => resolve(p));
    const outPath = outputPath(out, [...files, ...catalogInputs(parsed.values.catalog)], parsed.values.force, lang);
    if (!outPath) return 1;
    const words = parsed.values.words ? readWordsFile(parsed.values.words, lang) : {};
    if (!words) return 2;
    const catalog = catalogFrom(parsed.values.catalog, lang);
    if (!catalog) return 1;
    boundMemoryFor(parsed.positionals.length);
    const done = await consolidateFiles(catalog, parsed.positionals.map(annexInput), { period, plan, words, now: new Date().toISOString(), writer: nodeXlsxWriter });
    if (!done.ok) {
      tell(lang, done.error);
      return 1;
    }
    const r = done.result;
    if (!writeOut(outPath, done.xlsx, lang)) return 1;
    const fileRejections = r.rejected.filter((x) => x.row === undefined && x.sheet === undefined);
    for (const x of r.rejected) {
      const where = (row: string) => [x.file, x.sheet, x.row !== undefined ? `${row} ${x.row}` : undefined, x.field].filter(Boolean).join(" › ");
      tell(lang, `${where("dòng")}: ${x.reason.vi}`, `${where("row")}: ${x.reason.en}`);
    }
    const missing = r.completeness.filter((c) => c.status === "missing").length;
    if (json) printJson(consolidationRecords(r, outPath));
    else {
      const overdue = r.timeliness.filter((t) => t.status === "overdue").length;
      const late = r.timeliness.filter((t) => t.status === "late").length;
      show(lang, {
        vi: `Đã ghi ${outPath}: tổng hợp ${r.submissions.length} tệp, loại ${fileRejections.length} tệp; ${missing} cơ quan chưa nộp (${overdue} đã quá hạn), ${late} nộp trễ hạn; ${r.conflicts.length} số liệu khác nhau.`,
        en: `Wrote ${outPath}: ${plural(r.submissions.length, "file")} merged, ${fileRejections.length} rejected; ${plural(missing, "agency")} ${missing === 1 ? "has" : "have"} not reported (${overdue} past the deadline), ${late} reported late; ${plural(r.conflicts.length, "conflicting value")}.`,
      });
    }
    if (!r.submissions.length) return 1;
    // The report is written; scripts still learn that files were refused or agencies are missing.
    return fileRejections.length || missing ? INCOMPLETE : 0;
  },
};
