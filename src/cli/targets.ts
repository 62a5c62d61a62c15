import { z } from "zod";
import { say } from "../core/messages";
import { filterTargets } from "../core/catalog";
import { agencyMatchProblem, matchAgency } from "../core/catalog";
import { describeTarget } from "../core/catalog";
import { MAX_YEAR, MIN_YEAR } from "../core/periods";
import { catalogFrom, parseOptions, printJson, printTable, type Command, type OptionDocs, plural, reportUnknownPlan, tell } from "./common";
import { OPTION } from "./options";

const OPTIONS: OptionDocs = {
  plan: OPTION.plan,
  agency: { ...OPTION.agency, text: { vi: "cơ quan chủ trì: mã, tên hoặc tên viết tắt, có dấu hay không", en: "lead agency: id, name or short name, diacritics optional" } },
  group: { type: "string", value: { vi: "NHÓM", en: "GROUP" }, text: { vi: "nhóm chỉ tiêu (một phần tên, không cần dấu)", en: "target group (part of its name, diacritics optional)" } },
  search: { type: "string", value: { vi: "CHỮ", en: "TEXT" }, text: { vi: "tìm trong mã, tên, đơn vị, nhóm, cơ quan (không cần dấu)", en: "search id, name, unit, group, agency (diacritics optional)" } },
  year: OPTION.year,
  catalog: OPTION.catalog,
};

const Options = z
  .object({
    plan: z.string().min(1).optional(),
    agency: z.string().min(1).optional(),
    group: z.string().min(1).optional(),
    search: z.string().min(1).optional(),
    year: z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR).optional(),
    catalog: z.string().min(1).optional(),
    json: z.boolean().optional(),
  })
  .passthrough();

export const targetsCommand: Command = {
  summary: { vi: "Liệt kê chỉ tiêu [--plan MÃ] [--agency TÊN] [--group NHÓM] [--search CHỮ] [--catalog TỆP.json]", en: "List targets [--plan ID] [--agency NAME] [--group G] [--search TEXT] [--catalog FILE.json]" },
  options: OPTIONS,
  run(args, lang) {
    const parsed = parseOptions(
      args,
      OPTIONS,
      Options,
      lang,
    );
    if (!parsed) return 2;
    const catalog = catalogFrom(parsed.values.catalog, lang);
    if (!catalog) return 1;
    const { plan, agency, group, search, year, json } = parsed.values;
    if (plan && !catalog.planById.has(plan)) {
      reportUnknownPlan(plan, catalog.planById.keys(), lang);
      return 1;
    }
    if (agency) {
      const match = matchAgency(catalog.agencies, agency);
      if (match.kind === "none") {
        const problem = agencyMatchProblem(match, agency);
        tell(lang, problem);
        return 1;
      }
      const used = match.kind === "found" ? [match.agency] : match.candidates;
      const names = used.map((a) => `${a.name} (${a.id})`).join("; ");
      tell(lang, `Cơ quan: ${names}`, `Agency: ${names}`);
    }
    const targets = filterTargets(catalog, { plan, agency, group, year, query: search });
    if (json) {
      printJson(targets);
      return 0;
    }
    printTable(
      say({ vi: ["mã", "chỉ tiêu", "mục tiêu", "năm", "cơ quan chủ trì"], en: ["id", "target", "value", "year", "agency"] }, lang),
      targets.map((t) => [t.id, t.name, describeTarget(t, lang), String(t.year), (t.agency && catalog.agencyById.get(t.agency)?.name) || ""]),
    );
    tell(lang, `${targets.length} chỉ tiêu`, plural(targets.length, "target"));
    return 0;
  },
};
