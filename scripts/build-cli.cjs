#!/usr/bin/env node
/**
 * Builds the `kehoach` command into lib/cli/ (gitignored) with esbuild (installed with tsx), so a run
 * starts as plain JavaScript instead of transpiling TypeScript: the bundle kehoach-main.cjs, and
 * kehoach.cjs, a copy of scripts/cli-start.cjs, which runs the bundle with V8's code cache. Runs on `npm ci`
 * (prepare) and whenever scripts/kehoach.cjs finds the build missing or older than its sources.
 * Written beside, then renamed: never half a build.
 */
const { copyFileSync, renameSync, rmSync, writeFileSync, mkdirSync } = require("node:fs");
const { join } = require("node:path");

const ROOT = join(__dirname, "..");
const OUT_DIR = join(ROOT, "lib", "cli");
/** What runs: the start (scripts/cli-start.cjs), which runs the bundle. */
const OUT = join(OUT_DIR, "kehoach.cjs");
const START = join(ROOT, "scripts", "cli-start.cjs");
const BUNDLE = join(OUT_DIR, "kehoach-main.cjs");
/** Code caches of the runs (see scripts/cli-start.cjs): named by the bundle's hash, so old ones are only clutter. */
const CACHE_DIR = join(OUT_DIR, "cache");
/** The source files the build was made from (esbuild's own list), to tell when it is stale. */
const INPUTS = join(OUT_DIR, "inputs.json");

function externalPackages() {
  const pkg = require(join(ROOT, "package.json"));
  return Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((name) => name !== "zod");
}

function buildCli() {
  const esbuild = require("esbuild");
  mkdirSync(OUT_DIR, { recursive: true });
  const tmp = `${BUNDLE}.${process.pid}.tmp`;
  const result = esbuild.buildSync({
    entryPoints: [join(ROOT, "src/cli/main.ts")],
    absWorkingDir: ROOT,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    // Packages load from node_modules when a command needs them; zod (every command validates with it)
    // is bundled in, so a run compiles one file instead of zod's ninety.
    external: externalPackages(),
    // Packages load with require, not import(): code V8 restores from the code cache (scripts/cli-start.cjs)
    // cannot call import() on Node 20 ("A dynamic import callback was not specified").
    supported: { "dynamic-import": false },
    outfile: tmp,
    metafile: true,
    legalComments: "none",
    logLevel: "error",
  });
  const inputsTmp = `${INPUTS}.${process.pid}.tmp`;
  writeFileSync(inputsTmp, JSON.stringify([...Object.keys(result.metafile.inputs), "scripts/cli-start.cjs"]));
  const startTmp = `${OUT}.${process.pid}.tmp`;
  copyFileSync(START, startTmp);
  rmSync(CACHE_DIR, { recursive: true, force: true });
  renameSync(tmp, BUNDLE);
  renameSync(startTmp, OUT);
  renameSync(inputsTmp, INPUTS);
}

module.exports = { buildCli, OUT, BUNDLE, INPUTS, ROOT };

if (require.main === module) {
  try {
    buildCli();
  } catch (error) {
    // `npm ci` must not fail over this: `npm run kehoach` builds again when it runs.
    process.stderr.write(`kehoach: chưa dựng được lệnh (sẽ dựng lại khi chạy) / could not build the command yet (retried on first run): ${String(error?.message ?? error).split("\n")[0]}\n`);
  }
}
