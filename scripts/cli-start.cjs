#!/usr/bin/env node
/**
 * The start of the built `kehoach` command: scripts/build-cli.cjs copies it to lib/cli/kehoach.cjs, beside
 * the bundle (kehoach-main.cjs). It runs the bundle as Node's own loader would, with V8's code cache: the
 * first run of each sub-command leaves the code it compiled in lib/cli/cache/, and later runs start from it
 * instead of parsing and compiling 1.4 MB again (Node 20 has no module.enableCompileCache).
 * A cache is named by a hash of the bundle's bytes, so a rebuilt bundle never meets an old cache; one V8
 * refuses (another Node, other flags, a damaged file) is written anew. Nothing here may fail a run: a
 * folder that cannot be written only means no cache.
 */
const { createHash } = require("node:crypto");
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require("node:fs");
const Module = require("node:module");
const { join } = require("node:path");
const { setFlagsFromString } = require("node:v8");
const vm = require("node:vm");

// A run of the command lasts about a second: V8's default optimises hot functions so eagerly that its
// background compiler used more CPU than it saved (60 annexes: 0.99 → 0.86 s CPU at 400 KB, wall unchanged).
// Set before the bundle is compiled, so the code cache is made and checked under the same flags.
setFlagsFromString("--interrupt-budget=400000");

const BUNDLE = join(__dirname, "kehoach-main.cjs");
const CACHE_DIR = join(__dirname, "cache");

function cacheFile(bytes) {
  // The sub-command as its own key: a cache holds the functions its run compiled.
  const word = process.argv.slice(2).find((a) => !a.startsWith("-")) ?? "";
  const command = /^[a-z][a-z-]{0,30}$/.test(word) ? word : "other";
  return join(CACHE_DIR, `${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}-${command}.bin`);
}

function readCache(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function writeCache(file, script) {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, file);
  } catch {
    // A read-only install: runs as fast as without a cache.
  }
}

const bytes = readFileSync(BUNDLE);
const file = cacheFile(bytes);
const cachedData = readCache(file);
// The bundle calls no import() (the build turns them into require): restored code could not.
const script = new vm.Script(Module.wrap(bytes.toString("utf8").replace(/^#!/, "//")), { filename: BUNDLE, cachedData });
// Written when the run ends, so that it holds every function the command compiled, not only the top level.
if (!cachedData || script.cachedDataRejected) process.once("exit", () => writeCache(file, script));

const bundle = new Module(BUNDLE, module);
bundle.filename = BUNDLE;
bundle.paths = Module._nodeModulePaths(__dirname);
bundle.loaded = true;
script.runInThisContext().call(bundle.exports, bundle.exports, Module.createRequire(BUNDLE), bundle, BUNDLE, __dirname);
