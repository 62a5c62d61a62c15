/** `kehoach annex --each-agency --out-dir DIR`: one annex file per agency and the tracking list, through the safe writer. */
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Catalog } from "../core/catalog";
import { buildAgencyAnnexes } from "../core/annex";
import type { BuildAnnexOptions } from "../core/annex";
import type { Lang } from "../core/messages";
import { annexToXlsx } from "../xlsx/annex-xlsx";
import { nodeXlsxWriter } from "../xlsx/sml-write-node";
import { outputPath, printJson, show, tell, writeOut } from "./common";
import { TRACKING_FILE } from "../xlsx/write-each";

export { TRACKING_FILE } from "../xlsx/write-each";

export interface EachAgencyOutput {
  dir: string;
  inputs: readonly string[];
  force?: boolean;
  protect?: boolean;
  json?: boolean;
}

/** Exit code: 0 when every file was written, 1 otherwise (each refusal said on stderr). */
export async function writeEachAgency(catalog: Catalog, options: Omit<BuildAnnexOptions, "agency">, out: EachAgencyOutput, lang: Lang): Promise<number> {
  const built = buildAgencyAnnexes(catalog, options);
  if (!built.ok) {
    tell(lang, built.error);
    return 1;
  }
  const dir = resolve(out.dir);
  mkdirSync(dir, { recursive: true });
  // Every path is checked before anything is written: no half-written set.
  const files = [...built.annexes.map((a) => a.file), TRACKING_FILE];
  const paths: string[] = [];
  for (const f of files) {
    const path = outputPath(join(dir, f), out.inputs, out.force, lang);
    if (path === null) {
      const others = files.length - paths.length - 1;
      if (others) tell(lang, `(còn ${others} tệp khác chưa kiểm tra; chưa ghi tệp nào)`, `(and ${others} more file(s) not checked; nothing was written)`);
      return 1;
    }
    paths.push(path);
  }
  for (const [i, a] of built.annexes.entries()) if (!writeOut(paths[i]!, await annexToXlsx(a.annex, { protect: out.protect }, nodeXlsxWriter), lang)) return 1;
  if (!writeOut(paths.at(-1)!, await nodeXlsxWriter([built.tracking], []), lang)) return 1;
  if (out.json) {
    printJson(built.annexes.map((a, i) => ({ agency: a.agency.name, file: paths[i], targets: a.targets, tasks: a.tasks, deadline: a.annex.meta.deadline ?? null })));
  } else {
    show(lang, `Đã ghi ${built.annexes.length} phụ lục và danh sách gửi ${TRACKING_FILE} vào ${dir}.`, `Wrote ${built.annexes.length} annexes and the tracking list ${TRACKING_FILE} in ${dir}.`);
  }
  return 0;
}
