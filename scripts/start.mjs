#!/usr/bin/env node
/**
 * `npm start`: with Excel desktop (Windows, macOS) sideload the add-in with office-addin-debugging;
 * without it (Linux, CI, or KEHOACH_NO_EXCEL=1) serve the build over http and print where the
 * no-Excel preview is and how to sideload into Excel on the web. Never asks for sudo.
 *   --preview   force the no-Excel mode       --dry-run   print the plan and exit
 */
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const port = Number(process.env.PORT || 3000);

export function chooseMode({ platform = process.platform, env = process.env, argv = args } = {}) {
  if (argv.includes("--preview") || env.KEHOACH_NO_EXCEL === "1" || env.CI) return "preview";
  return platform === "win32" || platform === "darwin" ? "excel" : "preview";
}

function bin(name) {
  return join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);
}

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: ["ignore", "inherit", "inherit"], shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
}

function previewHelp() {
  return [
    "",
    "Kế hoạch – không tìm thấy Excel trên máy này / no Excel desktop on this machine.",
    "",
    `  Xem thử không cần Excel / Preview without Excel:   http://localhost:${port}/preview.html`,
    `  Ngăn tác vụ (cần Excel) / Task pane (needs Excel):   http://localhost:${port}/taskpane.html`,
    "",
    "Nạp vào Excel trên web / Sideload into Excel on the web:",
    "  Excel on the web only loads add-ins over https. Either",
    "  1. deploy:  KEHOACH_HOST=https://your-host/path/ npm run build, copy dist/ to that host, then",
    "     in Excel on the web: Home › Add-ins › More add-ins › My add-ins › Upload My Add-in › dist/manifest.xml; or",
    "  2. on a machine where you can trust a local certificate: npx office-addin-dev-certs install,",
    "     then npm run dev-server, and upload manifest.xml the same way.",
    "",
    "Dừng / stop: Ctrl+C",
    "",
  ].join("\n");
}

/** Resolves when the port is free; a busy port is reported in one line, before any banner, and ends the run. */
function portIsFree(portNumber) {
  return new Promise((resolvePort) => {
    const probe = createServer();
    probe.once("error", (error) => resolvePort(error.code !== "EADDRINUSE" && error.code !== "EACCES"));
    probe.once("listening", () => probe.close(() => resolvePort(true)));
    probe.listen(portNumber);
  });
}

function busyPortMessage(portNumber) {
  return (
    `Cổng ${portNumber} đang bận (có thể npm start đã chạy ở cửa sổ khác): mở http://localhost:${portNumber}/preview.html, ` +
    `hoặc dừng tiến trình kia, hoặc chạy PORT=${portNumber + 1} npm start. / ` +
    `Port ${portNumber} is in use (npm start may already be running): open http://localhost:${portNumber}/preview.html, ` +
    `stop the other process, or run PORT=${portNumber + 1} npm start.\n`
  );
}

const mode = chooseMode();
if (args.includes("--dry-run")) {
  process.stdout.write(`mode: ${mode}\n${mode === "preview" ? previewHelp() : "office-addin-debugging start manifest.xml desktop\n"}`);
  process.exit(0);
}
if (!(await portIsFree(port))) {
  process.stderr.write(busyPortMessage(port));
  process.exit(1);
}
if (mode === "excel") {
  run(bin("office-addin-debugging"), ["start", "manifest.xml", "desktop"]);
} else {
  process.stdout.write(previewHelp());
  run(bin("webpack"), ["serve", "--mode", "development", "--port", String(port), "--no-open"]);
}
