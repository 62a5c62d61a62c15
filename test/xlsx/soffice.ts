/** LibreOffice headless as a real client for tests: a private profile per run, and its CSV export read back. */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const hasSoffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;

/** CSV export: comma, double quote, UTF-8, from row 1, vi-VN, cells as shown (the number formats applied). */
export const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1066,false,true,true";

/**
 * Run soffice in `dir` with a profile of its own under `dir`. `recalculate`: the profile tells
 * Calc to recalculate every formula of an .xlsx on loading, whatever values the file caches.
 * `utf8Names`: file names it writes may hold Vietnamese (one CSV per sheet), where the machine has
 * no vi_VN locale installed.
 */
export function soffice(dir: string, args: string[], options: { recalculate?: boolean; utf8Names?: boolean } = {}): void {
  const profile = join(dir, "profile");
  if (options.recalculate) {
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(
      join(profile, "user", "registrymodifications.xcu"),
      `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
    );
  }
  const r = spawnSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", ...args], {
    cwd: dir,
    encoding: "utf8",
    env: options.utf8Names ? { ...process.env, LC_ALL: "", LANG: "vi_VN.UTF-8", LC_CTYPE: "C.UTF-8" } : { ...process.env, LC_ALL: "vi_VN.UTF-8", LANG: "vi_VN.UTF-8" },
    timeout: 180_000,
  });
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
}

/** Minimal CSV split (LibreOffice quotes fields holding the separator). */
export function csvRows(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .filter(Boolean)
    .map((line) => [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1].replace(/^"|"$/g, "").replace(/""/g, '"')).slice(0, -1));
}
