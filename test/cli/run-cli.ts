import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

export const REPO = resolve(__dirname, "../..");

/** What `npm run kehoach` runs: the built command, rebuilt first when its sources changed. */
const ENTRY = ["scripts/kehoach.cjs"];

/** The shell command line that runs `kehoach` with these arguments (for pipes). */
export function kehoachCommandLine(args: string[]): string {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  return [process.execPath, ...ENTRY.map((p) => resolve(REPO, p)), ...args].map(quote).join(" ");
}

/** Runs `kehoach` as a user would (npm run -s kehoach -- …, without npm's own start-up), returning its streams and exit code. */
export function kehoach(args: string[], env: Record<string, string> = {}): { stdout: string; stderr: string; code: number } {
  const result = spawnSync(process.execPath, [...ENTRY.map((p) => resolve(REPO, p)), ...args], {
    cwd: REPO,
    encoding: "utf8",
    env: { ...process.env, KEHOACH_LANG: "", ...env },
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status ?? -1 };
}
