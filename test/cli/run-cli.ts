import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import type { Command } from "../../src/cli/common";
import type { Lang } from "../../src/core/messages";

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

/** Runs a command in-process with its output captured (stdout and stderr restored afterwards), returning its exit code and streams. */
export async function runCommand(command: Command, args: string[], lang: Lang = "vi"): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const o = jest.spyOn(process.stdout, "write").mockImplementation((s) => ((out += String(s)), true));
  const e = jest.spyOn(process.stderr, "write").mockImplementation((s) => ((err += String(s)), true));
  try {
    return { code: await command.run(args, lang), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}
