/** Serving a built preview for the browser tests: a fresh enough dist/, or a one-off build in a temp dir. */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";

export const REPO = path.resolve(__dirname, "..", "..");
export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * dist/ when its preview is newer than every source file; otherwise build once into a temp dir
 * (development mode: no minification, about a minute), so a fresh clone or stale dist/ still tests the code.
 */
export function previewDir(): { dir: string; built: boolean } {
  const dist = path.join(REPO, "dist");
  const built = path.join(dist, "preview.js");
  if (existsSync(path.join(dist, "preview.html")) && existsSync(built)) {
    const sources = Math.max(newestMtime(path.join(REPO, "src")), newestMtime(path.join(REPO, "seeds")));
    if (statSync(built).mtimeMs >= sources) return { dir: dist, built: false };
  }
  const out = mkdtempSync(path.join(tmpdir(), "kehoach-preview-"));
  execFileSync(process.execPath, [path.join(REPO, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "development", "--output-path", out], {
    cwd: REPO,
    stdio: "pipe",
    env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=2048" },
  });
  return { dir: out, built: true };
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
  ".map": "application/json",
};

/** A static file server on 127.0.0.1 and a random port. */
export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = path.join(dir, path.normalize(pathname).replace(/^([/\\])+/, ""));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * Waits until the page's CSS animations and transitions have finished: axe measures colour contrast
 * as it is, and a message bar caught fading in reads as faint text.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
  });
}

/**
 * Opens a tab of the pane by its full name as a user does: on the tab row when it is there, else from
 * the row's "more" menu, where a narrow pane keeps the tabs that do not fit.
 */
export async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole("tab", { name, exact: true });
  if (await tab.isVisible()) return tab.click();
  await page.getByRole("tab", { name: /chức năng khác|more features?$/ }).click();
  await page.getByRole("menuitem", { name, exact: true }).click();
  await tab.waitFor();
}
