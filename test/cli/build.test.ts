/**
 * `kehoach` runs as built JavaScript: `npm ci` (prepare) builds it, and a run rebuilds it once its sources change.
 * Runs start from V8's code cache of earlier runs (lib/cli/cache), never from the cache of another build.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO } from "./run-cli";

const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { scripts: Record<string, string> };

function clone(): string {
  const dir = mkdtempSync(join(tmpdir(), "kehoach-build-"));
  for (const part of ["src", "scripts", "seeds", "package.json", "tsconfig.json"]) cpSync(join(REPO, part), join(dir, part), { recursive: true });
  symlinkSync(join(REPO, "node_modules"), join(dir, "node_modules"));
  return dir;
}

const node = (dir: string, args: string[]) => spawnSync(process.execPath, args, { cwd: dir, encoding: "utf8", env: { ...process.env, KEHOACH_LANG: "" } });

test("npm ci runs the build (prepare), and npm run kehoach runs the built command, not tsx", () => {
  expect(pkg.scripts.prepare).toBe("node scripts/build-cli.cjs");
  expect(pkg.scripts.kehoach).toBe("node scripts/kehoach.cjs");
  const dir = clone();
  const built = node(dir, ["scripts/build-cli.cjs"]);
  expect(built.stderr).toBe("");
  expect(existsSync(join(dir, "lib/cli/kehoach.cjs"))).toBe(true);
  const plans = node(dir, ["lib/cli/kehoach.cjs", "plans", "--json"]);
  expect(plans.status).toBe(0);
  expect((JSON.parse(plans.stdout) as { id: string }[]).map((p) => p.id)).toContain("bg-2024");
});

test("a missing build is made on the first run, and a changed source is rebuilt before the next", () => {
  const dir = clone();
  const first = node(dir, ["scripts/kehoach.cjs", "validate", "--en"]);
  expect(first.status).toBe(0);
  expect(first.stdout).toMatch(/^OK: /);
  const validate = join(dir, "src/cli/validate.ts");
  writeFileSync(validate, readFileSync(validate, "utf8").replace("`OK: ${", "`ALL GOOD: ${"));
  const second = node(dir, ["scripts/kehoach.cjs", "validate", "--en"]);
  expect(second.stdout).toMatch(/^ALL GOOD: /);
});

test("a run leaves its code cache; later runs start from it, and a damaged cache is only written anew", () => {
  const dir = clone();
  expect(node(dir, ["scripts/build-cli.cjs"]).stderr).toBe("");
  const plans = () => node(dir, ["lib/cli/kehoach.cjs", "plans", "--json"]);
  const first = plans();
  expect(first.status).toBe(0);
  const cacheDir = join(dir, "lib/cli/cache");
  const caches = readdirSync(cacheDir);
  expect(caches).toEqual([expect.stringMatching(/-plans\.bin$/)]);
  const cache = join(cacheDir, caches[0]);
  const cached = readFileSync(cache);
  const second = plans();
  expect({ status: second.status, stdout: second.stdout, stderr: second.stderr }).toEqual({ status: 0, stdout: first.stdout, stderr: "" });
  expect(readFileSync(cache).equals(cached)).toBe(true); // accepted, so not written again
  writeFileSync(cache, "không phải bộ nhớ đệm");
  const damaged = plans();
  expect({ status: damaged.status, stdout: damaged.stdout, stderr: damaged.stderr }).toEqual({ status: 0, stdout: first.stdout, stderr: "" });
  expect(readFileSync(cache).length).toBeGreaterThan(1000);
});

test("a source changed without changing the bundle's length runs the new code, not the old cache", () => {
  const dir = clone();
  const validate = join(dir, "src/cli/validate.ts");
  expect(node(dir, ["scripts/kehoach.cjs", "validate", "--en"]).stdout).toMatch(/^OK: /);
  writeFileSync(validate, readFileSync(validate, "utf8").replace("`OK: ${", "`OK! ${"));
  expect(node(dir, ["scripts/kehoach.cjs", "validate", "--en"]).stdout).toMatch(/^OK! /);
});
