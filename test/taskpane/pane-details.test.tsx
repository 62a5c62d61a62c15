/** @jest-environment jsdom */
/** What a user of the pane notices beyond layout: ticks that follow the catalog, a bad period refused at its field, the details' words and keys. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { act } from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import FlagPanel from "../../src/taskpane/panels/FlagPanel";
import { STRINGS } from "../../src/taskpane/i18n";
import { CatalogSource, memoryStore } from "../../src/catalog-source/index";
import { loadCatalogsOrThrow } from "../../src/core/catalog/load";
import { BUNDLED_CATALOG_FILES } from "../../src/catalog-source/bundled";
import type { WorkbookPort } from "../../src/workbook/port";
import { allByRole, byRole, click, mount, typeInto, unmount, waitFor } from "./dom";

afterEach(unmount);

function fakePort(calls: string[] = []): WorkbookPort {
  return {
    kind: "preview",
    insertTargets: async (rows) => ({ ok: true, sheet: "Chỉ tiêu", address: "A1:J2", table: "ChiTieu_1", rows: rows.length }),
    listTables: async () => [{ name: "ChiTieu_1", sheet: "Chỉ tiêu", columns: ["Mã", "Chỉ tiêu", "Thực hiện", "Đánh giá"] }],
    flagStatus: async (mapping) => {
      calls.push("flagStatus");
      return { ok: true, table: mapping.table, sheet: "Chỉ tiêu", statusColumn: "Đánh giá", addedStatusColumn: false, rows: [] };
    },
    selectRow: async () => undefined,
    writeAnnex: async () => ({ sheets: [] }),
    writeSheets: async () => ({ sheets: [] }),
  };
}

async function renderApp(source = new CatalogSource({ imported: memoryStore(), snapshot: memoryStore() })) {
  await mount(
    <FluentProvider theme={webLightTheme}>
      <App port={fakePort()} loadCatalogSource={() => Promise.resolve(source)} />
    </FluentProvider>,
  );
  await byRole("searchbox");
  return source;
}

const tick = (id: string) => click(document.querySelector(`li[data-target-id="${id}"] input[type=checkbox]`)!);

test("after switching catalogs the count of ticked targets and the Insert button agree", async () => {
  const source = await renderApp();
  await tick("bg-2024.23");
  await tick("bg-2024.23a");
  await byRole("button", "Chèn 2 chỉ tiêu");
  expect(document.body.textContent).toContain("Đã chọn 2");
  const other = readFileSync(path.resolve(__dirname, "../../seeds/qn-cds-2024.json"), "utf8");
  await act(async () => {
    const imported = await source.importText(other, "qn-cds-2024.json");
    expect(imported.ok).toBe(true);
  });
  await waitFor(() => document.body.textContent?.includes("Đã chọn 0"));
  expect(allByRole("button", /^Chèn \d+ chỉ tiêu$/)).toEqual([]);
});

test("an invalid period is refused once, at its field, and no row is judged", async () => {
  const calls: string[] = [];
  const catalog = loadCatalogsOrThrow(BUNDLED_CATALOG_FILES);
  await mount(
    <FluentProvider theme={webLightTheme}>
      <FlagPanel t={STRINGS.vi} lang="vi" port={fakePort(calls)} catalog={catalog} />
    </FluentProvider>,
  );
  const field = await waitFor(() => document.querySelector<HTMLInputElement>('input[placeholder="2024"]'));
  await typeInto(field, "Q2/2024");
  const button = (await byRole("button", "Đánh dấu")) as HTMLButtonElement;
  expect(button.disabled).toBe(true);
  await click(button);
  expect(calls).toEqual([]);
  const messages = document.body.textContent!.match(/“?"?Q2\/2024"?”? không phải/g) ?? [];
  expect(messages).toHaveLength(1);
  expect(document.body.textContent).not.toMatch(/Đã đánh giá/);
  // A period written as people write it is accepted and judged.
  await typeInto(field, "Quý II/2024");
  expect(((await byRole("button", "Đánh dấu")) as HTMLButtonElement).disabled).toBe(false);
});

test("the details name the comparator and kind in words, and Escape closes them", async () => {
  await renderApp();
  const open = document.querySelector<HTMLElement>('li[data-target-id="bg-2024.23"] button')!;
  await click(open);
  const detail = await byRole("region", /hộ nghèo/i);
  const text = detail.textContent!;
  expect(text).not.toMatch(/So sánh=|\((level|rate|change|flow)\)/);
  expect(text).toMatch(/So sánh(bằng|khoảng|trên|ít nhất|dưới|tối đa)/);
  await act(async () => {
    detail.querySelector("h3")!.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
  });
  await waitFor(() => !document.querySelector("section[aria-labelledby^='detail-']"));
});

test("the Vietnamese pane says “bổ trợ”, never “add-in”", () => {
  const texts = Object.values(STRINGS.vi).filter((v): v is string => typeof v === "string");
  expect(texts.filter((s) => /add-in/i.test(s))).toEqual([]);
  expect(texts.some((s) => /bổ trợ/.test(s))).toBe(true);
});

test("English counts agree with their noun: 1 plan, 2 plans, 1 row", () => {
  const en = STRINGS.en;
  expect(en.catalogSummary(1, 1)).toBe("1 plan, 1 target");
  expect(en.catalogSummary(2, 30)).toBe("2 plans, 30 targets");
  expect(en.flagDone(1, 1, 0)).toMatch(/^Evaluated 1 row:/);
  expect(en.consolidationSummary(1, 1, 1, 1)).toBe("1/1 agency complete; 1 conflicting value; 1 item rejected.");
  expect(en.readingFiles(0, 1)).toBe("Read 0 of 1 file");
});
