#!/usr/bin/env node
/**
 * Builds the `kehoach` command into lib/cli/kehoach.cjs (gitignored) with esbuild (installed with tsx),
 * so a run starts as plain JavaScript instead of transpiling TypeScript. Runs on `npm ci` (prepare) and whenever scripts/kehoach.cjs
 * finds the build missing or older than its sources. Written beside, then renamed: never half a build.
 */
const { renameSync, writeFileSync, mkdirSync } = require("node:fs");
const { join } = require("node:path");

const ROOT = join(__dirname, "..");
const OUT_DIR = join(ROOT, "lib", "cli");
const OUT = join(OUT_DIR, "kehoach.cjs");
/** The source files the build was made from (esbuild's own list), to tell when it is stale. */
const INPUTS = join(OUT_DIR, "inputs.json");

function externalPackages() {
  const pkg = require(join(ROOT, "package.json"));
  return Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((name) => name !== "zod");
}

function buildCli() {
  const esbuild = require("esbuild");
  mkdirSync(OUT_DIR, { recursive: true });
  const tmp = `${OUT}.${process.pid}.tmp`;
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
    outfile: tmp,
    metafile: true,
    legalComments: "none",
    logLevel: "error",
  });
  const inputsTmp = `${INPUTS}.${process.pid}.tmp`;
  writeFileSync(inputsTmp, JSON.stringify(Object.keys(result.metafile.inputs)));
  renameSync(tmp, OUT);
  renameSync(inputsTmp, INPUTS);
}

module.exports = { buildCli, OUT, INPUTS, ROOT };

if (require.main === module) {
  try {
    buildCli();
  } catch (error) {
    // `npm ci` must not fail over this: `npm run kehoach` builds again when it runs.
    process.stderr.write(`kehoach: chưa dựng được lệnh (sẽ dựng lại khi chạy) / could not build the command yet (retried on first run): ${String(error?.message ?? error).split("\n")[0]}\n`);
  }
}
