/** The pane's first load (JS + CSS before any lazy chunk, gzip'd) stays within its budget in a real production build. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { BUDGET_KB, firstLoadSizes } from "../../bench/bundle.bench";

const REPO = path.resolve(__dirname, "../..");

describe("first load of the task pane", () => {
  let out = "";
  beforeAll(() => {
    out = mkdtempSync(path.join(tmpdir(), "kehoach-prod-"));
    execFileSync(process.execPath, [path.join(REPO, "node_modules/webpack/bin/webpack.js"), "--mode", "production", "--output-path", out], {
      cwd: REPO,
      stdio: "pipe",
      env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=2048" },
    });
  }, 400_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test(`is at most ${BUDGET_KB} KB gzip'd, with what the first screen does not need in lazy chunks`, () => {
    const sizes = firstLoadSizes(out);
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
    expect(sizes.map((s) => s.asset)).toContain("taskpane.js");
    expect(readdirSync(path.join(out, "chunks")).filter((f) => f.endsWith(".js")).length).toBeGreaterThan(0);
    expect(Math.round(total / 102.4) / 10).toBeLessThanOrEqual(BUDGET_KB);
  });
});
