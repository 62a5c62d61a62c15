/**
 * The task pane's consolidation in Debian's chromium, through the preview: 60 annexes picked in the
 * file picker, "Tổng hợp" clicked, timed until the result shows (wall time in the page's own run;
 * the browser's processes are not one child, so no CPU figure here). The preview carries the bundled
 * catalog, so the files are its largest plan's agencies' annexes, cycled to 60 (later copies of an
 * agency supersede earlier ones, as resubmissions do). Medians of 3 rounds. Builds the preview if needed.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildAnnex, planAgencies } from "../src/core/annex/build";
import { loadCatalogFiles } from "../src/node/catalog-files";
import { annexToXlsx } from "../src/xlsx/annex-xlsx";
import { CHROMIUM, CHROMIUM_ARGS, previewDir, serve } from "../test/e2e/support";

const FILES = 60;
const ROUNDS = 3;

export async function run(): Promise<string[]> {
  if (!existsSync(CHROMIUM)) return [`consolidate (pane): ${CHROMIUM} is absent`];
  const loaded = loadCatalogFiles();
  if (!loaded.ok) return ["consolidate (pane): the bundled catalog does not load"];
  const catalog = loaded.catalog;
  const counts = new Map<string, number>();
  for (const t of catalog.targets) counts.set(t.plan, (counts.get(t.plan) ?? 0) + 1);
  const plan = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  const year = catalog.targets.find((t) => t.plan === plan)!.year;
  const period = `${year}-Q2`;
  const leads = planAgencies(catalog, plan).filter((a) => catalog.targets.some((t) => t.plan === plan && t.agency === a.id));
  const folder = mkdtempSync(path.join(tmpdir(), "kehoach-bench-pane-"));
  const files: string[] = [];
  let rows = 0;
  for (let i = 0; i < FILES; i++) {
    const agency = leads[i % leads.length];
    const own = catalog.targets.filter((t) => t.plan === plan && t.agency === agency.id);
    const built = buildAnnex(catalog, { plan, agency: agency.id, period, generatedAt: `${year}-06-10T02:00:00.000Z`, actuals: new Map(own.map((t, k) => [t.id, { actual: 1 + k + i }])) });
    if (!built.ok) throw new Error(built.error.vi);
    const file = path.join(folder, `${String(i).padStart(2, "0")}-${agency.id}.xlsx`);
    writeFileSync(file, await annexToXlsx(built.annex));
    files.push(file);
    rows += own.length;
  }
  const { dir, built } = previewDir();
  const server = await serve(dir);
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
      await page.goto(`${server.url}/preview.html`);
      await page.getByRole("tab", { name: "Tổng hợp báo cáo" }).click();
      const section = page.locator("section[aria-labelledby='consolidate-title']");
      await section.locator("input[type=file]").setInputFiles(files);
      await section.getByText(`Đã chọn ${FILES} tệp`).waitFor();
      await section.getByRole("textbox", { name: "Kỳ báo cáo" }).fill(period);
      const started = Date.now();
      await section.getByRole("button", { name: "Tổng hợp", exact: true }).click();
      await section.getByText(new RegExp(`Đã tổng hợp \\d+ báo cáo cho kế hoạch ${plan}`)).waitFor({ timeout: 120000 });
      times.push((Date.now() - started) / 1000);
      await page.context().close();
    }
    const sorted = [...times].sort((a, b) => a - b);
    return [
      `consolidate (pane, chromium, preview): ${FILES} files of plan ${plan} (${rows} rows), ${ROUNDS} rounds: median ${sorted[Math.floor(ROUNDS / 2)].toFixed(2)} s wall (runs ${times.map((t) => t.toFixed(2)).join(", ")} s; goal < 1.5 s)`,
    ];
  } finally {
    await browser.close();
    await server.close();
    rmSync(folder, { recursive: true, force: true });
    if (built) rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void run().then((lines) => lines.forEach((l) => console.log(l)));
