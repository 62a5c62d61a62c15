/**
 * `kehoach annex --plan ID [--agency NAME] --period P [--actuals FILE.csv] [--catalog FILE.json] [--words FILE.json] --out FILE.xlsx`
 * Writes an agency's annex (or, without --agency, the whole plan's) as .xlsx.
 */
import { resolve } from "node:path";
import { z } from "zod";
import { actualsForPeriod } from "../core/annex";
import { buildAnnex, planAgencies } from "../core/annex";
import { parseColumnList } from "../core/annex";
import { annexRows } from "../core/annex";
import { parsePeriod } from "../core/periods";
import { agencyMatchProblem, matchAgency } from "../core/catalog";
import { annexToXlsx } from "../xlsx/annex-xlsx";
import { nodeXlsxWriter } from "../xlsx/sml-write-node";
import { catalogFrom, catalogInputs, outputPath, parseOptions, printJson, writeOut, type Command, type OptionDocs, plural, show, tell, reportUnknownPlan } from "./common";
import { OPTION } from "./options";
import { readActualsFile } from "./evaluate";
import { writeEachAgency } from "./annex-each";
import { readWordsFile, WORDS_OPTION } from "./annex-words";

const Options = z
  .object({
    plan: z.string({ error: "cần mã kế hoạch: --plan MÃ / required: --plan ID" }).min(1),
    agency: z.string().min(1).optional(),
    period: z.string({ error: "cần kỳ báo cáo: --period 2024-Q2 / required: --period" }).min(1),
    actuals: z.string().min(1).optional(),
    out: z.string().regex(/\.xlsx$/i, "tệp kết quả phải có đuôi .xlsx / must end in .xlsx").optional(),
    "each-agency": z.boolean().optional(),
    "out-dir": z.string().min(1).optional(),
    columns: z.string().min(1).optional(),
    catalog: z.string().min(1).optional(),
    words: z.string().min(1).optional(),
    protect: z.boolean().optional(),
    force: z.boolean().optional(),
    json: z.boolean().optional(),
  })
  .passthrough()
  .refine((o) => (o["each-agency"] ? o["out-dir"] !== undefined : o.out !== undefined), {
    message: "cần tệp kết quả: --out TỆP.xlsx (hoặc --each-agency --out-dir THƯ_MỤC) / required: --out FILE.xlsx (or --each-agency --out-dir DIR)",
    path: ["out"],
  });

const OPTIONS: OptionDocs = {
  plan: { ...OPTION.plan, text: { vi: "mã kế hoạch (bắt buộc)", en: "plan id (required)" } },
  agency: { ...OPTION.agency, text: { vi: "cơ quan lập phụ lục; bỏ trống: cả kế hoạch", en: "the agency whose annex to write; without it: the whole plan" } },
  period: { ...OPTION.period, text: { vi: "kỳ báo cáo (bắt buộc): 2024, 2024-Q2, 2024-6M, 2024-9M, 2024-M03", en: "reporting period (required): 2024, 2024-Q2, 2024-6M, 2024-9M, 2024-M03" } },
  actuals: { ...OPTION.actuals, text: { vi: "điền sẵn số liệu thực hiện từ CSV mã,kỳ,giá trị", en: "fill in actuals from a CSV id,period,value" } },
  out: { ...OPTION.outXlsx, text: { vi: "tệp kết quả (bắt buộc, trừ khi dùng --each-agency)", en: "the file to write (required unless --each-agency)" } },
  "each-agency": { type: "boolean", text: { vi: "mỗi cơ quan một phụ lục, kèm danh sách gửi (cần --out-dir)", en: "one annex per agency, with a tracking list (needs --out-dir)" } },
  "out-dir": { type: "string", value: { vi: "THƯ_MỤC", en: "DIR" }, text: { vi: "thư mục ghi các phụ lục của --each-agency", en: "folder for the --each-agency annexes" } },
  columns: { type: "string", value: { vi: "CỘT,…", en: "COL,…" }, text: { vi: "chọn và sắp xếp các cột của phụ lục", en: "choose and order the annex's columns" } },
  catalog: OPTION.catalog,
  words: WORDS_OPTION,
  protect: { type: "boolean", text: { vi: "khoá các ô không phải nhập (chỉ mở ô số liệu)", en: "lock every cell but the ones to fill in" } },
  force: OPTION.force,
};


export const annexCommand: Command = {
  summary: {
    vi: "Lập phụ lục .xlsx: --plan MÃ [--agency TÊN] --period KỲ [--actuals TỆP.csv] [--catalog TỆP.json] --out TỆP.xlsx | --each-agency --out-dir THƯ_MỤC",
    en: "Write an annex .xlsx: --plan ID [--agency NAME] --period P [--actuals FILE.csv] [--catalog FILE.json] --out FILE.xlsx | --each-agency --out-dir DIR",
  },
  options: OPTIONS,
  async run(args, lang) {
    const parsed = parseOptions(args, OPTIONS, Options, lang);
    if (!parsed) return 2;
    const { plan, agency: agencyText, period: periodText, actuals: actualsPath, out, columns: columnText, protect, json } = parsed.values;
    const inputs = [...catalogInputs(parsed.values.catalog), ...(actualsPath ? [resolve(actualsPath)] : []), ...(parsed.values.words ? [resolve(parsed.values.words)] : [])];
    const eachAgency = parsed.values["each-agency"] === true;
    const outPath = eachAgency ? "" : outputPath(out!, inputs, parsed.values.force, lang);
    if (outPath === null) return 1;
    const words = parsed.values.words ? readWordsFile(parsed.values.words, lang) : {};
    if (!words) return 2;
    const catalog = catalogFrom(parsed.values.catalog, lang);
    if (!catalog) return 1;
    if (!catalog.planById.has(plan)) {
      reportUnknownPlan(plan, catalog.planById.keys(), lang);
      return 1;
    }
    const period = parsePeriod(periodText);
    if (!period.ok) {
      tell(lang, period.error);
      return 2;
    }
    let agencyId: string | undefined;
    if (agencyText) {
      const agencies = planAgencies(catalog, plan);
      const match = matchAgency(agencies, agencyText);
      if (match.kind !== "found") {
        const problem = agencyMatchProblem(match, agencyText, { vi: `trong kế hoạch ${plan}`, en: `in plan ${plan}` }, agencies);
        tell(lang, problem);
        return 1;
      }
      agencyId = match.agency.id;
      tell(lang, `Cơ quan: ${match.agency.name} (${match.agency.id})`, `Agency: ${match.agency.nameEn ?? match.agency.name} (${match.agency.id})`);
    }
    let columns;
    if (columnText) {
      const c = parseColumnList(columnText);
      if (!c.ok) {
        tell(lang, `Cột không rõ: ${c.unknown.join(", ")}`, `Unknown columns: ${c.unknown.join(", ")}`);
        return 2;
      }
      columns = c.columns;
    }
    let actuals;
    let badRows = 0;
    if (actualsPath) {
      const read = readActualsFile(actualsPath, catalog.targetById, lang);
      if (!read) return 2;
      const { rows, errors } = read;
      if (errors.length) tell(lang, `${errors.length} dòng số liệu không dùng được, đã bỏ qua; phụ lục lập với các dòng còn lại.`, `${plural(errors.length, "unusable row")} skipped; the annex uses the others.`);
      badRows = errors.length;
      actuals = actualsForPeriod(rows.map((r) => ({ targetId: r.target.id, period: r.period, value: r.value })), period.period);
    }
    if (eachAgency) {
      const code = await writeEachAgency(catalog, { plan, period: periodText, generatedAt: new Date().toISOString(), actuals, columns, words }, { dir: parsed.values["out-dir"]!, inputs, force: parsed.values.force, protect, json }, lang);
      return code || (badRows ? 1 : 0);
    }
    const built = buildAnnex(catalog, { plan, agency: agencyId, period: periodText, generatedAt: new Date().toISOString(), actuals, columns, words });
    if (!built.ok) {
      tell(lang, built.error);
      return 1;
    }
    if (!writeOut(outPath!, await annexToXlsx(built.annex, { protect }, nodeXlsxWriter), lang)) return 1;
    const rows = annexRows(built.annex);
    if (json) {
      printJson([{ out: outPath, meta: built.annex.meta, targets: rows.length, tasks: built.annex.tasks.length, withActual: rows.filter((r) => r.actual !== null).length }]);
    } else {
      show(lang, {
        vi: `Đã ghi ${outPath}: ${rows.length} chỉ tiêu trong ${built.annex.groups.length} nhóm, ${built.annex.tasks.length} nhiệm vụ.`,
        en: `Wrote ${outPath}: ${plural(rows.length, "target")} in ${plural(built.annex.groups.length, "group")}, ${plural(built.annex.tasks.length, "task")}.`,
      });
    }
    return badRows ? 1 : 0;
  },
};
