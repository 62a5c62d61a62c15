/** `npm start` on a busy port: one line saying what to do, before any banner, and no stack trace. */
import { spawn } from "node:child_process";
import { createServer, type Server } from "node:net";
import { resolve } from "node:path";

const REPO = resolve(__dirname, "../..");

test("a second npm start on a busy port says so in one line and exits 1 without printing the preview banner", async () => {
  const server: Server = createServer();
  await new Promise<void>((done) => server.listen(0, done));
  const port = (server.address() as { port: number }).port;
  try {
    const child = spawn(process.execPath, [resolve(REPO, "scripts/start.mjs"), "--preview"], { cwd: REPO, env: { ...process.env, PORT: String(port) } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const code = await new Promise<number | null>((done) => child.on("exit", done));
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toContain(`Cổng ${port} đang bận`);
    expect(stderr).toContain(`PORT=${port + 1} npm start`);
    expect(stderr).not.toMatch(/EADDRINUSE|at .*\(/);
  } finally {
    server.close();
  }
});
