/**
 * `kehoach extract FILE [--json] [--plan ID] [--out FILE.json] [--en]`: targets found in a plan
 * document. --json prints exactly one JSON array of target records; --out writes a catalog file.
 */
import { basename, resolve } from "node:path";
import { z } from "zod";
import { say } from "../core/messages";
import { describeTarget } from "../core/catalog";
import { parseTargetRecords } from "../core/catalog";
import { draftsOf, extractDocument, reviewedCatalog } from "../core/operations";
import { readDocument } from "../node/read-document";
import { outputPath, parseOptionsAndFile, printJson, printProblems, printTable, writeOut, type Command, type OptionDocs, plural, tell } from "./common";
import { OPTION } from "./options";

const OPTIONS: OptionDocs = {
  plan: { ...OPTION.plan, text: { vi: "mã đặt cho kế hoạch tìm được (chữ thường không dấu, số, '-' hoặc '.')", en: "id to give the plan found (lowercase ascii, digits, '-' or '.')" } },
  out: { type: "string", value: { vi: "TỆP.json", en: "FILE.json" }, text: { vi: "ghi một tệp danh mục mà validate chấp nhận", en: "write a catalog file that validate accepts" } },
  force: OPTION.force,
};

const Options = z
  .object({
    plan: z
      .string()
      .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, "mã kế hoạch chỉ gồm chữ thường không dấu, số, '-' hoặc '.' (plan id: lowercase ascii, digits, '-' or '.')")
      .optional(),
    out: z.string().min(1).optional(),
    force: z.boolean().optional(),
    json: z.boolean().optional(),
  })
  .passthrough();

export const extractCommand: Command = {
  summary: {
    vi: "Tìm chỉ tiêu trong văn bản kế hoạch: extract TỆP [--json] [--plan MÃ] [--out TỆP.json]",
    en: "Extract targets from a plan document: extract FILE [--json] [--plan ID] [--out FILE.json]",
  },
  options: OPTIONS,
  async run(args, lang) {
    const parsed = parseOptionsAndFile(args, OPTIONS, Options, lang, {
      vi: "Cần đúng một tệp: extract TỆP [--json] [--plan MÃ] [--out TỆP.json]",
      en: "Give exactly one file: extract FILE [--json] [--plan ID] [--out FILE.json]",
    });
    if (!parsed) return 2;
    const { path } = parsed;
    const out = parsed.values.out === undefined ? undefined : outputPath(parsed.values.out, [resolve(path)], parsed.values.force, lang);
    if (out === null) return 1;
    const read = await readDocument(path);
    if (!read.ok) {
      tell(lang, read.error);
      return 1;
    }
    const file = basename(path);
    const result = extractDocument(read.text, file, parsed.values.plan);
    const refused = result.targets.length === 0 && result.warnings.length === 1 && result.agencies.length === 0;
    for (const w of result.warnings) tell(lang, `Lưu ý: ${w.vi}`, `Note: ${w.en}`);

    // The records must load as catalog targets; a failure here is a bug worth reporting loudly.
    const check = parseTargetRecords(file, JSON.parse(JSON.stringify(result.targets)));
    if (!check.ok) {
      printProblems(check.problems, lang);
      return 1;
    }
    if (out) {
      // Every target as found: the same drafts → catalog conversion the pane's review uses.
      const catalog = reviewedCatalog(result, draftsOf(result), file);
      if (!catalog.ok) {
        printProblems(catalog.problems, lang);
        return 1;
      }
      if (!writeOut(out, `${JSON.stringify(catalog.catalog, null, 2)}\n`, lang)) return 1;
      tell(lang, `Đã ghi danh mục vào ${out}`, `Catalog written to ${out}`);
    }
    if (parsed.values.json) {
      printJson(result.targets);
      return refused ? 1 : 0;
    }
    if (refused) return 1;
    const agencyName = new Map(result.agencies.map((a) => [a.id, a.name]));
    printTable(
      say({ vi: ["mã", "chỉ tiêu", "mục tiêu", "năm", "dòng", "cơ quan chủ trì"], en: ["id", "target", "value", "year", "line", "agency"] }, lang),
      result.targets.map((t) => [t.id, t.name, describeTarget(t, lang), t.fromYear ? `${t.fromYear}–${t.year}` : String(t.year), String(t.source.line), (t.agency && agencyName.get(t.agency)) || ""]),
    );
    tell(lang, `${result.targets.length} chỉ tiêu trong ${file}`, `${plural(result.targets.length, "target")} in ${file}`);
    return 0;
  },
};
