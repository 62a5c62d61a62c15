import { z } from "zod";
import { resolve } from "node:path";
import { catalogFilesIn, loadCatalogFiles } from "../node/catalog-files";
import { parseOptions, printProblems, type Command } from "./common";

export const validateCommand: Command = {
  summary: { vi: "Kiểm tra các tệp danh mục (mặc định: seeds/)", en: "Validate catalog files (default: seeds/)" },
  run(args, lang) {
    const parsed = parseOptions(args, {}, z.object({}).passthrough(), lang);
    if (!parsed) return 2;
    const files = parsed.positionals.length ? parsed.positionals.map((p) => resolve(p)) : catalogFilesIn();
    const result = loadCatalogFiles(files);
    if (!result.ok) {
      printProblems(result.problems, lang);
      process.stderr.write(lang === "en" ? `${result.problems.length} problem(s); nothing loaded.\n` : `${result.problems.length} lỗi; không nạp gì.\n`);
      return 1;
    }
    const c = result.catalog;
    process.stdout.write(
      lang === "en"
        ? `OK: ${c.plans.length} plan(s), ${c.targets.length} targets, ${c.tasks.length} tasks, ${c.agencies.length} agencies.\n`
        : `Hợp lệ: ${c.plans.length} kế hoạch, ${c.targets.length} chỉ tiêu, ${c.tasks.length} nhiệm vụ, ${c.agencies.length} cơ quan.\n`,
    );
    return 0;
  },
};
