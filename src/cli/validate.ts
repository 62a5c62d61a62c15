import { z } from "zod";
import { resolve } from "node:path";
import { catalogFilesIn, loadCatalogFiles } from "../node/catalog-files";
import { parseOptions, printProblems, type Command, plural, show, tell } from "./common";

export const validateCommand: Command = {
  summary: { vi: "Kiểm tra các tệp danh mục (mặc định: seeds/)", en: "Validate catalog files (default: seeds/)" },
  options: {},
  notes: [{ vi: "Các tệp cần kiểm tra: TỆP.json … (mặc định: mọi tệp trong seeds/)", en: "Files to check: FILE.json … (default: every file in seeds/)" }],
  run(args, lang) {
    const parsed = parseOptions(args, {}, z.object({}).passthrough(), lang);
    if (!parsed) return 2;
    const files = parsed.positionals.length ? parsed.positionals.map((p) => resolve(p)) : catalogFilesIn();
    const result = loadCatalogFiles(files);
    if (!result.ok) {
      printProblems(result.problems, lang);
      tell(lang, `${result.problems.length} lỗi; không nạp gì.`, `${plural(result.problems.length, "problem")}; nothing loaded.`);
      return 1;
    }
    const c = result.catalog;
    show(lang, {
      vi: `Hợp lệ: ${c.plans.length} kế hoạch, ${c.targets.length} chỉ tiêu, ${c.tasks.length} nhiệm vụ, ${c.agencies.length} cơ quan.`,
      en: `OK: ${plural(c.plans.length, "plan")}, ${plural(c.targets.length, "target")}, ${plural(c.tasks.length, "task")}, ${plural(c.agencies.length, "agency")}.`,
    });
    return 0;
  },
};
