import { z } from "zod";
import { say } from "../core/messages";
import { planTitle } from "../core/catalog";
import { catalogFrom, parseOptions, printJson, printTable, type Command } from "./common";
import { OPTION } from "./options";

const OPTIONS = { catalog: OPTION.catalog };

export const plansCommand: Command = {
  summary: { vi: "Liệt kê các kế hoạch trong danh mục [--catalog TỆP.json]", en: "List the plans in the catalog [--catalog FILE.json]" },
  options: OPTIONS,
  run(args, lang) {
    const Options = z.object({ catalog: z.string().min(1).optional(), json: z.boolean().optional() }).passthrough();
    const parsed = parseOptions(args, OPTIONS, Options, lang);
    if (!parsed) return 2;
    const catalog = catalogFrom(parsed.values.catalog, lang);
    if (!catalog) return 1;
    if (parsed.values.json) {
      printJson(catalog.plans);
      return 0;
    }
    const counts = new Map<string, number>();
    for (const t of catalog.targets) counts.set(t.plan, (counts.get(t.plan) ?? 0) + 1);
    printTable(
      say({ vi: ["mã", "tên kế hoạch", "chỉ tiêu", "tệp nguồn"], en: ["id", "title", "targets", "source file"] }, lang),
      catalog.plans.map((p) => [p.id, planTitle(p, lang), String(counts.get(p.id) ?? 0), p.sourceFile]),
    );
    return 0;
  },
};
