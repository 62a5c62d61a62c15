/**
 * First-load size of the task pane: the JS and CSS dist/taskpane.html loads before any lazy chunk
 * (office.js from Microsoft's CDN excluded), gzipped. Budget: 165 KB. Build first: npm run build.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export const BUDGET_KB = 165;
const DIST = path.resolve(__dirname, "..", "dist");

/** Local scripts and stylesheets a page references, in order. */
export function firstLoadAssets(html: string): string[] {
  const value = '(?:"([^"]*)"|\'([^\']*)\'|([^\\s>]+))';
  const scripts = [...html.matchAll(new RegExp(`<script\\b[^>]*?\\bsrc=${value}`, "g"))];
  const styles = [...html.matchAll(new RegExp(`<link\\b(?=[^>]*\\brel=["']?stylesheet)[^>]*?\\bhref=${value}`, "g"))];
  const refs = [...scripts, ...styles].map((m) => m[1] ?? m[2] ?? m[3]);
  return refs.filter((ref) => !/^(https?:)?\/\//.test(ref)).map((ref) => ref.replace(/^\.?\//, "").split("?")[0]);
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Each first-load asset of a built dist/ with its gzip'd size (level 9), in the order taskpane.html loads them. */
export function firstLoadSizes(dist: string): { asset: string; bytes: number; gzip: number }[] {
  return firstLoadAssets(readFileSync(path.join(dist, "taskpane.html"), "utf8")).map((asset) => {
    const bytes = readFileSync(path.join(dist, asset));
    return { asset, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

export async function run(): Promise<string[]> {
  const page = path.join(DIST, "taskpane.html");
  if (!existsSync(page)) return ["bundle: dist/taskpane.html is missing; run `npm run build` first"];
  const lines: string[] = [];
  let total = 0;
  for (const { asset, bytes, gzip } of firstLoadSizes(DIST)) {
    total += gzip;
    lines.push(`bundle: ${asset} ${kb(bytes)} KB, gzip ${kb(gzip)} KB`);
  }
  lines.push(`bundle: taskpane first load ${kb(total)} KB gzip (budget ${BUDGET_KB} KB) ${total / 1024 <= BUDGET_KB ? "OK" : "OVER BUDGET"}`);
  const chunks = path.join(DIST, "chunks");
  if (existsSync(chunks)) {
    for (const file of readdirSync(chunks).filter((f) => f.endsWith(".js")).sort()) {
      const gz = gzipSync(readFileSync(path.join(chunks, file)), { level: 9 }).length;
      lines.push(`bundle: lazy chunks/${file} gzip ${kb(gz)} KB`);
    }
  }
  return lines;
}

if (require.main === module) {
  run().then((lines) => console.log(lines.join("\n")));
}
