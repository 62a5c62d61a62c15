/**
 * The preview in Debian's chromium, as a user drives it: search without diacritics, insert targets,
 * type results, flag, jump to a row, consolidate agencies' annexes; screenshots in test-artifacts/ and
 * axe accessibility checks.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildAnnex, planAgencies } from "../../src/core/annex/build";
import { loadCatalogFiles } from "../../src/node/catalog-files";
import { annexToXlsx } from "../../src/xlsx/annex-xlsx";
import { readWorkbookFile } from "../../src/xlsx/read";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, REPO, openTab, previewDir, serve, settled } from "./support";

const ARTIFACTS = path.join(REPO, "test-artifacts");
const d = existsSync(CHROMIUM) ? describe : describe.skip;
if (!existsSync(CHROMIUM)) console.warn(`e2e: ${CHROMIUM} is absent, skipping the browser tests (apt-get install -y chromium)`);

d("task pane preview in chromium", () => {
  let browser: Browser;
  let page: Page;
  let server: { url: string; close: () => Promise<void> };
  let builtDir: string | null = null;
  const notFound: string[] = [];

  beforeAll(async () => {
    const { dir, built } = previewDir();
    if (built) builtDir = dir;
    server = await serve(dir);
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("response", (r) => r.status() === 404 && notFound.push(r.url()));
    await page.goto(`${server.url}/preview.html`);
    await page.getByRole("searchbox").waitFor({ timeout: 30000 });
    expect(errors).toEqual([]);
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 180000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (builtDir) rmSync(builtDir, { recursive: true, force: true });
  });

  const statusCells = () => page.locator('[data-testid="grid"] td').filter({ hasText: /^(Đạt|Không đạt|Chậm tiến độ|Có nguy cơ|Đúng tiến độ|Chưa có số liệu)$/ });

  test("search finds hộ nghèo when typed without diacritics", async () => {
    await page.getByRole("searchbox").fill("ho ngheo");
    const items = page.locator("li[data-target-id]");
    await page.waitForFunction(() => document.querySelectorAll("li[data-target-id]").length > 0 && document.querySelectorAll("li[data-target-id]").length < 20);
    const names = await items.allTextContents();
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => /hộ nghèo/i.test(n))).toBe(true);
    await page.getByRole("button", { name: /Chi tiết: Tỷ lệ hộ nghèo$/ }).first().click();
    const detail = await page.locator("section[aria-labelledby^='detail-']").textContent();
    expect(detail).toMatch(/dòng \d+/);
    await page.screenshot({ path: path.join(ARTIFACTS, "preview-search.png") });
  });

  test("inserts the ticked targets as a table with KH.* results", async () => {
    await page.locator('li[data-target-id="bg-2024.23"] input[type=checkbox]').check();
    await page.locator('li[data-target-id="bg-2024.23a"] input[type=checkbox]').check();
    await page.getByRole("button", { name: "Chèn 2 chỉ tiêu" }).click();
    await page.getByText(/Đã chèn 2 chỉ tiêu vào Chỉ tiêu!A1:J3/).waitFor();
    const grid = page.locator('[data-testid="grid"]');
    expect(await grid.getAttribute("data-sheet")).toBe("Chỉ tiêu");
    expect(await grid.locator("td", { hasText: "Thực hiện" }).count()).toBe(1);
    // No results yet: the status formula says so.
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="grid"] td')].filter((td) => td.textContent === "Chưa có số liệu").length === 2);
  });

  test("typed results recompute % KH and the status", async () => {
    const inputs = page.locator('[data-testid="grid"] input');
    expect(await inputs.count()).toBe(2);
    await inputs.nth(0).fill("1,5");
    await inputs.nth(0).press("Enter");
    await inputs.nth(1).fill("14");
    await inputs.nth(1).press("Enter");
    await page.waitForFunction(() => {
      const texts = [...document.querySelectorAll('[data-testid="grid"] td')].map((td) => td.textContent);
      return texts.includes("Đạt") && texts.includes("Không đạt"); // judged at the year's end: a miss is final
    });
    const texts = await page.locator('[data-testid="grid"] td').allTextContents();
    expect(texts).toContain("116,7%");
    expect(await statusCells().count()).toBe(2);
  });

  test("flag lists the off-track target with its reason and selects its row", async () => {
    await openTab(page, "Đánh dấu chậm tiến độ");
    await page.getByRole("button", { name: "Đánh dấu", exact: true }).click();
    const item = page.getByRole("button", { name: /Chọn dòng của Tỷ lệ hộ nghèo – các xã đặc biệt khó khăn/ });
    await item.waitFor();
    expect(await item.textContent()).toMatch(/Không đạt.*11,8%/);
    // The status column is now coloured red for the off-track row.
    const red = await page.locator('[data-testid="grid"] td', { hasText: "Không đạt" }).evaluate((td) => getComputedStyle(td).backgroundColor);
    expect(red).toBe("rgb(255, 199, 206)");
    // The lead-agency filter offers the listed row's agency; choosing it says the list is filtered, and a new run keeps it.
    const agency = page.getByRole("combobox", { name: "Lọc theo cơ quan chủ trì" });
    expect(await agency.locator("option").allTextContents()).toEqual(["Tất cả cơ quan (1)", "Sở Kế hoạch và Đầu tư (1)"]);
    await agency.selectOption({ label: "Sở Kế hoạch và Đầu tư (1)" });
    const filtered = page.getByRole("status").filter({ hasText: "đang lọc theo cơ quan: 1 chậm tiến độ, 0 có nguy cơ — Sở Kế hoạch và Đầu tư" });
    await filtered.waitFor();
    const { default: AxeBuilder } = await import("@axe-core/playwright");
    await settled(page);
    const flagAxe = await new AxeBuilder({ page }).include("section[aria-labelledby='flag-title']").exclude("[data-tabster-dummy]").analyze();
    expect(flagAxe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
    await page.getByRole("button", { name: "Đánh dấu", exact: true }).click();
    await item.waitFor();
    await filtered.waitFor();
    await item.click();
    await page.waitForFunction(() => document.querySelector('tr[aria-selected="true"]')?.getAttribute("data-row") === "3");
    await page.screenshot({ path: path.join(ARTIFACTS, "preview-flag.png") });
  });

  test("consolidates agencies' annexes picked in the file picker and writes the report into the workbook", async () => {
    const loaded = loadCatalogFiles();
    if (!loaded.ok) throw new Error("bundled catalog does not load");
    const catalog = loaded.catalog;
    const folder = mkdtempSync(path.join(tmpdir(), "kehoach-e2e-annexes-"));
    const files: string[] = [];
    // Document 002's plan: five departments each lead some of its targets.
    const plan = "bg-2022";
    const leadsTargets = planAgencies(catalog, plan).filter((a) => catalog.targets.some((t) => t.plan === plan && t.agency === a.id));
    for (const agency of leadsTargets.slice(0, 2)) {
      const own = catalog.targets.filter((t) => t.plan === plan && t.agency === agency.id);
      const built = buildAnnex(catalog, { plan, agency: agency.id, period: "2022-Q2", generatedAt: "2022-06-10T02:00:00.000Z", actuals: new Map(own.map((t) => [t.id, { actual: 1 }])) });
      if (!built.ok) throw new Error(built.error.vi);
      const file = path.join(folder, `${agency.id}.xlsx`);
      writeFileSync(file, await annexToXlsx(built.annex));
      files.push(file);
    }
    await openTab(page, "Tổng hợp báo cáo");
    const section = page.locator("section[aria-labelledby='consolidate-title']");
    await section.locator("input[type=file]").setInputFiles(files);
    await section.getByText("Đã chọn 2 tệp").waitFor();
    await section.getByRole("textbox", { name: "Kỳ báo cáo" }).fill("2022-Q2");
    await section.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    await section.getByText("Đã tổng hợp 2 báo cáo cho kế hoạch bg-2022.").waitFor({ timeout: 60000 });
    // Two agencies sent a figure for every target they lead; the plan's others have sent nothing.
    await section.getByText(`2/${planAgencies(catalog, plan).length} cơ quan báo cáo đủ`, { exact: false }).waitFor();
    await section.getByRole("button", { name: "Ghi vào sổ làm việc" }).click();
    await section.getByText(/Đã ghi các trang tính: Tổng hợp/).waitFor();
    // The report file is written when asked for: it downloads and reads back with the report's sheets.
    const [download] = await Promise.all([page.waitForEvent("download"), section.getByRole("button", { name: "Tải về tệp .xlsx" }).click()]);
    expect(download.suggestedFilename()).toBe("tong-hop-bg-2022-2022-Q2.xlsx");
    const report = await readWorkbookFile({ name: "tong-hop.xlsx", data: new Uint8Array(readFileSync((await download.path())!)) });
    expect(report.ok && report.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Tổng hợp", "Đầy đủ", "Đúng hạn"]));
    const { default: AxeBuilder } = await import("@axe-core/playwright");
    await settled(page);
    const axe = await new AxeBuilder({ page }).include("section[aria-labelledby='consolidate-title']").exclude("[data-tabster-dummy]").analyze();
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, "preview-consolidate.png") });
    rmSync(folder, { recursive: true, force: true });
  });

  test("imports a target table, reviews it in DM sheets and saves it as the workbook's catalog", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "kehoach-e2e-table-"));
    // A made-up department list in the shape provinces publish (own words and numbers), as vi-VN Excel saves CSV.
    const csv = path.join(folder, "chi-tieu-2026.csv");
    writeFileSync(csv, "\uFEFFSTT;Chỉ tiêu;ĐVT;Kế hoạch năm 2026;Cơ quan chủ trì\r\nI;KINH TẾ;;;\r\n1;Tốc độ tăng trưởng GRDP;%;8,5-9;Sở Tài chính\r\n2;Tỷ lệ hộ nghèo, trong đó:;%;Dưới 2;Sở Y tế\r\na;Thành thị;%;Dưới 1;\r\n");
    await openTab(page, "Nhập bảng chỉ tiêu");
    const section = page.locator("section[aria-labelledby='table-title']");
    await section.locator("input[type=file]").setInputFiles(csv);
    await section.getByText("Đọc được 3 chỉ tiêu, 2 cơ quan").waitFor();
    await section.getByRole("button", { name: "Ghi ra trang tính để soát" }).click();
    await section.getByText(/Đã ghi các trang: DM Kế hoạch/).waitFor();
    await page.getByRole("button", { name: "DM Chỉ tiêu", exact: true }).waitFor();
    await section.getByRole("button", { name: "Lưu danh mục" }).click();
    await section.getByText(/Đã lưu danh mục “chi-tieu-2026” \(3 chỉ tiêu\)/).waitFor();
    await section.getByRole("button", { name: "Tải về danh mục (JSON)" }).waitFor();
    const { default: AxeBuilder } = await import("@axe-core/playwright");
    await settled(page);
    const axe = await new AxeBuilder({ page }).include("section[aria-labelledby='table-title']").exclude("[data-tabster-dummy]").analyze();
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, "preview-table.png") });
    rmSync(folder, { recursive: true, force: true });
  });

  test("a table with one column per ward asks at 320 px with the ward columns ticked, fitting the pane; continuing reads a target per ward", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "kehoach-e2e-wide-"));
    const csv = path.join(folder, "giao-phuong-2026.csv");
    writeFileSync(csv, "\uFEFFSTT;Chỉ tiêu;ĐVT;Kế hoạch năm 2026;Phường Bắc Sơn;Phường Nam Sơn\r\n1;Số lao động được tạo việc làm mới;Người;2.000;450;400\r\n");
    await page.setViewportSize({ width: 320, height: 640 });
    await openTab(page, "Nhập bảng chỉ tiêu");
    const section = page.locator("section[aria-labelledby='table-title']");
    await section.locator("input[type=file]").setInputFiles(csv);
    const ward = section.getByRole("checkbox", { name: /Phường Nam Sơn/ });
    await ward.waitFor();
    expect(await ward.isChecked()).toBe(true);
    await settled(page);
    const fits = await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
    expect(fits).toBe(true);
    const { default: AxeBuilder } = await import("@axe-core/playwright");
    const axe = await new AxeBuilder({ page }).include("section[aria-labelledby='table-title']").exclude("[data-tabster-dummy]").analyze();
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, "preview-table-wide-320.png"), fullPage: true });
    await section.getByRole("button", { name: "Tiếp tục" }).click();
    await section.getByText("Đọc được 3 chỉ tiêu, 3 cơ quan").waitFor();
    await page.setViewportSize({ width: 1400, height: 900 });
    rmSync(folder, { recursive: true, force: true });
  });

  test("the annex written again carries the figure typed in the first one, by target id, and says so", async () => {
    await openTab(page, "Lập phụ lục");
    const section = page.locator("section[aria-labelledby='annex-title']");
    await section.getByRole("combobox", { name: "Kế hoạch" }).selectOption("bg-2024");
    await section.getByRole("textbox", { name: "Kỳ báo cáo" }).fill("2024-Q2");
    await section.getByRole("button", { name: "Ghi vào sổ làm việc" }).click();
    await section.getByText(/Đã ghi các trang tính: Phụ lục(,|\.)/).waitFor();
    const grid = page.locator('[data-testid="grid"]');
    const rowOf = (id: string) => grid.locator("tr").filter({ has: page.locator("td", { hasText: new RegExp(`^${id.replace(/\./g, "\\.")}$`) }) });
    // Inputs of a target row, in column order: cùng kỳ, thực hiện, ước cả năm, ghi chú.
    const actual = rowOf("bg-2024.23").locator("input").nth(1);
    await actual.fill("7,5");
    await actual.press("Enter");
    await section.getByRole("button", { name: "Ghi vào sổ làm việc" }).click();
    await section.getByText(/Đã chép 1 ô số liệu đã nhập từ trang "Phụ lục"/).waitFor();
    expect(await grid.getAttribute("data-sheet")).toBe("Phụ lục (2)");
    expect(await rowOf("bg-2024.23").locator("input").nth(1).inputValue()).toBe("7,5");
    await page.screenshot({ path: path.join(ARTIFACTS, "preview-annex-carried.png") });
  });

  test("at 320 px the annex's plan and agency lists take the pane's width, so the chosen plan can be read", async () => {
    await page.setViewportSize({ width: 320, height: 900 });
    await openTab(page, "Lập phụ lục");
    const section = page.locator("section[aria-labelledby='annex-title']");
    const width = (await section.boundingBox())!.width;
    for (const name of ["Kế hoạch", "Cơ quan chủ trì"]) {
      const box = (await section.getByRole("combobox", { name }).boundingBox())!;
      expect([name, box.width >= width * 0.9]).toEqual([name, true]);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  test("at 320 px the tabs keep each label on one line in one row, and the flag panel shows its whole table and column choices", async () => {
    await page.setViewportSize({ width: 320, height: 900 });
    const english = page.getByRole("switch", { name: "English" });
    for (const en of [false, true]) {
      if (en) await english.check();
      // The row measures itself after a resize: the tabs that no longer fit go into its "more" menu.
      await page.getByRole("tab", { name: en ? /more features?$/ : /chức năng khác$/ }).waitFor();
      const tabs = await page.getByRole("tab").evaluateAll((els) =>
        els.map((el) => {
          // The lines a label's words take: one top per line of text.
          const tops = new Set<number>();
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          for (let text = walker.nextNode(); text; text = walker.nextNode()) {
            const words = document.createRange();
            words.selectNodeContents(text);
            for (const r of words.getClientRects()) if (r.width > 0) tops.add(Math.round(r.top));
          }
          const lines = tops.size;
          return { label: (el as HTMLElement).innerText.replace(/\s+/g, " "), lines, top: Math.round(el.getBoundingClientRect().top), right: el.getBoundingClientRect().right };
        }),
      );
      expect(tabs.filter((x) => x.lines > 1).map((x) => x.label)).toEqual([]);
      expect(new Set(tabs.filter((x) => x.right > 0).map((x) => x.top)).size).toBe(1);
      expect(tabs.filter((x) => x.right > 320).map((x) => x.label)).toEqual([]);

      await openTab(page, en ? "Flag off-track" : "Đánh dấu chậm tiến độ");
      const section = page.locator("section[aria-labelledby='flag-title']");
      await section.locator("select").first().waitFor();
      // A native select cuts its chosen option at its own width: measure the option's words in the select's font.
      const cut = await section.locator("select").evaluateAll((els) =>
        els
          .map((el) => {
            const select = el as HTMLSelectElement;
            const words = select.selectedOptions[0]?.text ?? "";
            const context = document.createElement("canvas").getContext("2d")!;
            context.font = getComputedStyle(select).font;
            const room = select.clientWidth - parseFloat(getComputedStyle(select).paddingLeft) - parseFloat(getComputedStyle(select).paddingRight);
            return { words, fits: context.measureText(words).width <= room };
          })
          .filter((x) => !x.fits)
          .map((x) => x.words),
      );
      expect([en, cut]).toEqual([en, []]);
    }
    await english.uncheck();
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  test("every panel passes axe, in Vietnamese and in English", async () => {
    const { default: AxeBuilder } = await import("@axe-core/playwright");
    const panels: [string, string, string][] = [
      ["Nguồn danh mục", "Catalog source", "source-title"],
      ["Lập phụ lục", "Build annex", "annex-title"],
      ["Nhập kế hoạch từ văn bản", "Import plan from document", "extract-title"],
      ["Tổng hợp báo cáo", "Consolidate reports", "consolidate-title"],
    ];
    for (const english of [false, true]) {
      if (english) await page.getByRole("switch", { name: "English" }).check();
      for (const [vi, en, title] of panels) {
        await openTab(page, english ? en : vi);
        await page.locator(`section[aria-labelledby='${title}']`).waitFor();
        await settled(page);
        const axe = await new AxeBuilder({ page }).include(`section[aria-labelledby='${title}']`).exclude("[data-tabster-dummy]").analyze();
        const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        expect([title, english, serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)]).toEqual([title, english, []]);
      }
    }
    await page.getByRole("switch", { name: "English" }).uncheck();
  });

  test("English switch and no serious accessibility violations", async () => {
    await page.getByRole("switch", { name: "English" }).check();
    await page.getByRole("tab", { name: "Target catalog" }).waitFor();
    await page.getByRole("switch", { name: "English" }).uncheck();
    await openTab(page, "Danh mục chỉ tiêu");
    const { default: AxeBuilder } = await import("@axe-core/playwright");
    // Tabster's focus-trap sentinels (<i data-tabster-dummy aria-hidden tabindex=0>) are Fluent's own
    // keyboard plumbing: focus never rests on them (they move it on), which axe cannot know.
    const started = Date.now();
    await settled(page);
    const results = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
    console.log(`axe: ${Date.now() - started} ms, ${results.violations.length} violations of any impact: ${results.violations.map((v) => `${v.id} (${v.impact})`).join(", ")}`);
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    await page.screenshot({ path: path.join(ARTIFACTS, "preview-a11y.png"), fullPage: true });
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
  });

  test("every panel fits a 320 and a 350 px task pane in both languages: no sideways scroll, key buttons in view", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "kehoach-e2e-doc-"));
    // A made-up plan in the shape provinces write them (own words and numbers).
    const doc = path.join(folder, "ke-hoach-thu.txt");
    writeFileSync(doc, "KẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2026\nI. MỤC TIÊU\n1. Các chỉ tiêu chủ yếu\n- Tốc độ tăng trưởng kinh tế (GRDP) đạt 8,5%.\n- Tỷ lệ hộ nghèo giảm còn 1,8%.\n");
    const tabs: [string, string, string][] = [
      ["Danh mục chỉ tiêu", "Target catalog", "search"],
      ["Đánh dấu chậm tiến độ", "Flag off-track", "flag-title"],
      ["Nguồn danh mục", "Catalog source", "source-title"],
      ["Lập phụ lục", "Build annex", "annex-title"],
      ["Tổng hợp báo cáo", "Consolidate reports", "consolidate-title"],
      ["Nhập kế hoạch từ văn bản", "Import plan from document", "extract-title"],
      ["Nhập bảng chỉ tiêu", "Import target table", "table-title"],
    ];
    const overflow = () =>
      page.evaluate(() => {
        const root = document.documentElement;
        const fits = root.scrollWidth <= root.clientWidth;
        // When it does not fit, name the culprits so the failure says what to fix.
        const wide = fits ? [] : [...document.querySelectorAll("aside *")].filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5);
        return { fits, scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide: wide.slice(0, 3).map((el) => el.outerHTML.slice(0, 80)) };
      });
    /** In view: fully inside the window, both ways. */
    const inView = async (locator: ReturnType<Page["locator"]>) => {
      const box = (await locator.boundingBox())!;
      const size = page.viewportSize()!;
      return box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width + 0.5 && box.y + box.height <= size.height + 0.5;
    };
    const english = page.getByRole("switch", { name: "English" });
    for (const width of [320, 350]) {
      await page.setViewportSize({ width, height: 640 });
      for (const en of [false, true]) {
        await english.setChecked(en);
        // The tabs stay on one row; those that do not fit wait in the row's "more" menu, which lists them by full name.
        const tabRows = await page.getByRole("tab").evaluateAll((all) => new Set(all.map((tab) => Math.round(tab.getBoundingClientRect().top))).size);
        expect([width, en, "tab rows", tabRows]).toEqual([width, en, "tab rows", 1]);
        const onRow = await page.getByRole("tab").evaluateAll((all) => all.map((tab) => tab.getAttribute("aria-label")).filter((name): name is string => !!name));
        await page.getByRole("tab", { name: en ? /more features?$/ : /chức năng khác$/ }).click();
        const inMenu = await page.getByRole("menuitem").allTextContents();
        await page.keyboard.press("Escape");
        const every = tabs.map(([vi, eng]) => (en ? eng : vi));
        expect([width, en, [...onRow.filter((name) => every.includes(name)), ...inMenu].sort()]).toEqual([width, en, [...every].sort()]);
        // Every short tab label is shown whole: none cut off inside its tab.
        const clipped = await page.getByRole("tab").evaluateAll((all) =>
          all.filter((tab) => [tab, ...tab.querySelectorAll("*")].some((el) => el.scrollWidth > el.clientWidth + 1)).map((tab) => tab.textContent),
        );
        expect([width, en, "clipped tab labels", clipped]).toEqual([width, en, "clipped tab labels", []]);
        for (const [vi, eng, key] of tabs) {
          await openTab(page, en ? eng : vi);
          if (key === "search") {
            await page.getByRole("searchbox").fill("");
            for (const id of ["bg-2024.23", "bg-2024.23a"]) await page.locator(`li[data-target-id="${id}"] input[type=checkbox]`).setChecked(true);
            // Two targets ticked: scrolled half way down the list, Insert is in view.
            await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
            const insert = page.getByRole("button", { name: en ? "Insert 2 targets" : "Chèn 2 chỉ tiêu" });
            expect([width, en, "insert in view", await inView(insert)]).toEqual([width, en, "insert in view", true]);
            await page.evaluate(() => window.scrollTo(0, 0));
          } else {
            const section = page.locator(`section[aria-labelledby='${key}']`);
            await section.waitFor();
            if (key === "annex-title") {
              // The evaluation-word settings open inside the panel and must fit too.
              const toggle = section.getByRole("button", { name: en ? "Evaluation words…" : "Từ đánh giá…" });
              if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
              await section.getByRole("group", { name: en ? "Words of the Assessment column" : "Từ dùng trong cột Đánh giá" }).waitFor();
            }
            if (key === "flag-title") {
              await section.getByRole("button", { name: en ? "Flag" : "Đánh dấu", exact: true }).click();
              const filter = section.getByRole("combobox", { name: en ? "Filter by lead agency" : "Lọc theo cơ quan chủ trì" });
              await filter.scrollIntoViewIfNeeded();
              expect([width, en, "agency filter fits", await inView(filter)]).toEqual([width, en, "agency filter fits", true]);
              // Every picker shows its choice whole (the table, the id / actual / status columns): not "BaoCao_So…".
              const cut = await section.locator("select").evaluateAll((all) =>
                (all as HTMLSelectElement[])
                  .filter((select) => {
                    const style = getComputedStyle(select);
                    const pen = document.createElement("canvas").getContext("2d")!;
                    pen.font = style.font;
                    const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                    return pen.measureText(select.selectedOptions[0]?.text ?? "").width > room;
                  })
                  .map((select) => select.selectedOptions[0]?.text),
              );
              expect([width, en, "cut pickers", cut]).toEqual([width, en, "cut pickers", []]);
            }
            if (key === "extract-title") {
              await section.locator("input[type=file]").setInputFiles(doc);
              await section.getByText("ke-hoach-thu.txt", { exact: true }).waitFor();
              const year = section.getByRole("textbox", { name: en ? "Year 1" : "Năm 1" });
              const unit = section.getByRole("textbox", { name: en ? "Unit 1" : "Đơn vị tính 1" });
              await year.scrollIntoViewIfNeeded();
              expect([width, en, "unit and year in view", await inView(unit), await inView(year)]).toEqual([width, en, "unit and year in view", true, true]);
            }
          }
          const measured = await overflow();
          expect([width, en, key, measured.fits, measured]).toEqual([width, en, key, true, measured]);
        }
      }
    }
    await english.setChecked(false);
    await openTab(page, "Danh mục chỉ tiêu");
    await page.setViewportSize({ width: 350, height: 640 });
    await page.screenshot({ path: path.join(ARTIFACTS, "preview-350px.png"), fullPage: true });
    await page.setViewportSize({ width: 1400, height: 900 });
    expect(notFound).toEqual([]);
    rmSync(folder, { recursive: true, force: true });
  });

  test("follows a dark Office theme", async () => {
    await page.getByRole("combobox", { name: "Giao diện" }).selectOption("dark");
    const background = await page.locator("aside").evaluate((el) => getComputedStyle(el.parentElement!).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(200);
    await page.screenshot({ path: path.join(ARTIFACTS, "preview-dark.png") });
  });
});
