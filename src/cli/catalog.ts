/**
 * `kehoach catalog export --plan ID [--catalog F.json] --out F.xlsx [--force]`: a plan's catalog as
 * worksheets to review in Excel; `kehoach catalog import F.xlsx --out F.json [--force]`: the
 * reviewed worksheets back to a validated catalog file.
 */
import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { z } from "zod";
import type { Lang } from "../core/messages";
import { catalogFromXlsx, catalogToXlsx } from "../xlsx/catalog-sheets";
import { catalogFrom, catalogInputs, outputPath, parseOptions, printProblems, writeOut, type Command, type OptionDocs, plural, show, tell, reportUnknownPlan } from "./common";
import { OPTION } from "./options";

const OPTIONS: OptionDocs = {
  plan: { ...OPTION.plan, text: { vi: "export: kế hoạch cần xuất (bắt buộc)", en: "export: the plan to export (required)" } },
  catalog: { ...OPTION.catalog, text: { vi: "export: lấy kế hoạch từ tệp danh mục này", en: "export: take the plan from this catalog file" } },
  out: { type: "string", value: { vi: "TỆP", en: "FILE" }, text: { vi: "tệp kết quả (bắt buộc): .xlsx khi export, .json khi import", en: "the file to write (required): .xlsx for export, .json for import" } },
  force: OPTION.force,
};


const USAGE = {
  vi: "catalog export --plan MÃ [--catalog TỆP.json] --out TỆP.xlsx | catalog import TỆP.xlsx --out TỆP.json",
  en: "catalog export --plan ID [--catalog FILE.json] --out FILE.xlsx | catalog import FILE.xlsx --out FILE.json",
};

const ExportOptions = z
  .object({
    plan: z.string({ error: "cần mã kế hoạch: --plan MÃ / required: --plan ID" }).min(1),
    catalog: z.string().min(1).optional(),
    out: z.string({ error: "cần tệp kết quả: --out TỆP.xlsx / required: --out FILE.xlsx" }).regex(/\.xlsx$/i, "tệp kết quả phải có đuôi .xlsx / must end in .xlsx"),
    force: z.boolean().optional(),
  })
  .passthrough();

const ImportOptions = z
  .object({
    out: z.string({ error: "cần tệp kết quả: --out TỆP.json / required: --out FILE.json" }).regex(/\.json$/i, "tệp kết quả phải có đuôi .json / must end in .json"),
    force: z.boolean().optional(),
  })
  .passthrough();

async function exportCatalog(args: string[], lang: Lang): Promise<number> {
  const parsed = parseOptions(args, { plan: { type: "string" }, catalog: { type: "string" }, out: { type: "string" }, force: { type: "boolean" } }, ExportOptions, lang);
  if (!parsed) return 2;
  const { plan, out } = parsed.values;
  const outPath = outputPath(out, catalogInputs(parsed.values.catalog), parsed.values.force, lang);
  if (!outPath) return 1;
  const catalog = catalogFrom(parsed.values.catalog, lang);
  if (!catalog) return 1;
  const file = catalog.files.find((f) => f.plan.id === plan);
  if (!file) {
    reportUnknownPlan(plan, catalog.planById.keys(), lang);
    return 1;
  }
  if (!writeOut(outPath, await catalogToXlsx(file), lang)) return 1;
  tell(
    lang,
    `Đã ghi ${outPath}: ${file.targets.length} chỉ tiêu, ${file.agencies.length} cơ quan, ${file.tasks.length} nhiệm vụ. Sửa trong Excel rồi: kehoach catalog import ${basename(outPath)} --out ${plan}.json`,
    `Wrote ${outPath}: ${file.targets.length} targets, ${file.agencies.length} agencies, ${file.tasks.length} tasks. Edit it in Excel, then: kehoach catalog import ${basename(outPath)} --out ${plan}.json`,
  );
  return 0;
}

async function importCatalog(args: string[], lang: Lang): Promise<number> {
  const parsed = parseOptions(args, { out: { type: "string" }, force: { type: "boolean" } }, ImportOptions, lang);
  if (!parsed) return 2;
  const [path, ...extra] = parsed.positionals;
  if (!path || extra.length) {
    tell(lang, "Cần đúng một tệp .xlsx: catalog import TỆP.xlsx --out TỆP.json", "Give exactly one .xlsx file: catalog import FILE.xlsx --out FILE.json");
    return 2;
  }
  const outPath = outputPath(parsed.values.out, [resolve(path)], parsed.values.force, lang);
  if (!outPath) return 1;
  let data: Uint8Array;
  try {
    data = readFileSync(resolve(path));
  } catch {
    tell(lang, `Không đọc được tệp ${path}`, `Cannot read the file ${path}`);
    return 1;
  }
  const result = await catalogFromXlsx({ name: basename(path), data });
  if (!result.ok) {
    printProblems(result.problems, lang);
    tell(lang, `${result.problems.length} lỗi; chưa ghi gì.`, `${plural(result.problems.length, "problem")}; nothing written.`);
    return 1;
  }
  if (!writeOut(outPath, `${JSON.stringify(result.catalog, null, 2)}\n`, lang)) return 1;
  const c = result.catalog;
  tell(lang, `Đã ghi ${outPath}: ${c.targets.length} chỉ tiêu, ${c.agencies.length} cơ quan, ${c.tasks.length} nhiệm vụ.`, `Wrote ${outPath}: ${c.targets.length} targets, ${c.agencies.length} agencies, ${c.tasks.length} tasks.`);
  return 0;
}

export const catalogCommand: Command = {
  summary: {
    vi: `Danh mục ⇄ bảng tính để soát trong Excel: ${USAGE.vi}`,
    en: `Catalog ⇄ worksheets for review in Excel: ${USAGE.en}`,
  },
  options: OPTIONS,
  async run(args, lang) {
    const [action, ...rest] = args;
    if (action === "export") return exportCatalog(rest, lang);
    if (action === "import") return importCatalog(rest, lang);
    const help = action === "--help" || action === "-h";
    const usage = { vi: `Cách dùng: kehoach ${USAGE.vi}`, en: `Usage: kehoach ${USAGE.en}` };
    if (help) show(lang, usage);
    else tell(lang, usage);
    return help ? 0 : 2;
  },
};
