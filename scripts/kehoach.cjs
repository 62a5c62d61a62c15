#!/usr/bin/env node
/**
 * `npm run kehoach -- …`: runs the built command (lib/cli/kehoach.cjs), building it first when it or its
 * bundle is missing or older than any of its sources (checked against the build's own list of inputs).
 */
const { readFileSync, statSync } = require("node:fs");
const { join } = require("node:path");

const ROOT = join(__dirname, "..");
const OUT = join(ROOT, "lib", "cli", "kehoach.cjs");
const BUNDLE = join(ROOT, "lib", "cli", "kehoach-main.cjs");
const INPUTS = join(ROOT, "lib", "cli", "inputs.json");

function isStale() {
  try {
    const built = Math.min(statSync(OUT).mtimeMs, statSync(BUNDLE).mtimeMs);
    const inputs = JSON.parse(readFileSync(INPUTS, "utf8"));
    return inputs.some((file) => statSync(join(ROOT, file)).mtimeMs > built);
  } catch {
    return true; // missing build, missing list, or a source gone: build again
  }
}

if (isStale()) require("./build-cli.cjs").buildCli();
require(OUT);
