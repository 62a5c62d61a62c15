/** @jest-environment jsdom */
import { act } from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { CatalogSource, memoryStore } from "../../src/catalog-source/index";
import type { InsertTargetsOptions, TargetRowInput, WorkbookPort } from "../../src/workbook/port";
import { allByRole, byRole, click, mount, typeInto, unmount, waitFor } from "./dom";

function fakePort(overrides: Partial<WorkbookPort> = {}): WorkbookPort & { inserts: [TargetRowInput[], InsertTargetsOptions][] } {
  const inserts: [TargetRowInput[], InsertTargetsOptions][] = [];
  return {
    kind: "preview",
    inserts,
    insertTargets: async (rows, options) => {
      inserts.push([rows, options]);
      return { ok: true, sheet: "Chỉ tiêu", address: "A1:J3", table: "ChiTieu_1", rows: rows.length };
    },
    listTables: async () => [],
    flagStatus: async () => ({ ok: false, message: { vi: "không", en: "no" } }),
    selectRow: async () => undefined,
    writeAnnex: async () => ({ sheets: ["Phụ lục"] }),
    writeSheets: async () => ({ sheets: [] }),
    ...overrides,
  };
}

async function renderApp(port: WorkbookPort = fakePort(), source = new CatalogSource({ imported: memoryStore(), snapshot: memoryStore() })) {
  await mount(
    <FluentProvider theme={webLightTheme}>
      <App port={port} loadCatalogSource={() => Promise.resolve(source)} />
    </FluentProvider>,
  );
  await byRole("searchbox");
  return source;
}

const search = async (text: string) => typeInto((await byRole("searchbox")) as HTMLInputElement, text);
const items = () => [...document.querySelectorAll<HTMLElement>("li[data-target-id]")];

afterEach(unmount);

describe("task pane", () => {
  test("finds “hộ nghèo” from “ho ngheo” and shows where a target comes from", async () => {
    await renderApp();
    const all = items().length;
    await search("ho ngheo");
    await waitFor(() => items().length > 0 && items().length < all);
    for (const item of items()) expect(item.textContent).toMatch(/hộ nghèo/i);
    await click((await byRole("button", /^Chi tiết:/, items()[0]))!);
    const detail = await byRole("region", /hộ nghèo/i);
    expect(detail.textContent).toMatch(/\.txt, dòng \d+/);
    expect(detail.textContent).toMatch(/Cơ quan chủ trì/);
    expect(detail.textContent).toMatch(/Năm gốc/);
  });

  test("inserts the ticked targets, asking before it overwrites", async () => {
    const port = fakePort();
    port.insertTargets = async (rows, options) => {
      port.inserts.push([rows, options]);
      return options.overwrite
        ? { ok: true, sheet: "Trang tính 1", address: "B2:K3", table: "T", rows: rows.length }
        : { ok: false, reason: "occupied", address: "C3:D3", message: { vi: "Các ô C3:D3 đã có dữ liệu. Ghi đè lên chúng?", en: "x" } };
    };
    await renderApp(port);
    await search("ho ngheo");
    await waitFor(() => items().length > 1);
    await click(allByRole("checkbox", /^Chọn: /)[0]);
    await click(allByRole("checkbox", /^Chọn: /)[1]);
    await click(await byRole("radio", "Tại ô đang chọn"));
    await click(await byRole("button", "Chèn 2 chỉ tiêu"));
    const warning = await byRole("alert");
    expect(warning.textContent).toContain("C3:D3 đã có dữ liệu");
    expect(port.inserts[0][1]).toEqual({ where: "selection", overwrite: false });
    await click(await byRole("button", "Ghi đè"));
    await waitFor(() => document.body.textContent?.includes("Đã chèn 2 chỉ tiêu vào Trang tính 1!B2:K3"));
    expect(port.inserts).toHaveLength(2);
    expect(port.inserts[1][1]).toEqual({ where: "selection", overwrite: true });
    for (const row of port.inserts[1][0]) expect(row.name).toMatch(/hộ nghèo/i);
  });

  test("an operation that fails shows its error in the pane", async () => {
    const port = fakePort({ insertTargets: () => Promise.reject(new Error("GeneralException: mất kết nối")) });
    await renderApp(port);
    await click(allByRole("checkbox", /^Chọn: /)[0]);
    await click(await byRole("button", "Chèn 1 chỉ tiêu"));
    const alert = await byRole("alert");
    expect(alert.textContent).toContain("mất kết nối");
  });

  test("switches to English", async () => {
    await renderApp();
    await click(await byRole("switch", "English"));
    await byRole("tab", /^Target catalog/);
    expect(document.documentElement.lang).toBe("en");
  });

  test("the catalog tab says where the catalog comes from and lists an import's problems by field", async () => {
    const source = await renderApp();
    await click(await byRole("tab", /^Nguồn danh mục/));
    const origin = await waitFor(() => document.querySelector('[data-testid="catalog-origin"]'));
    expect(origin.textContent).toBe("Đi kèm bổ trợ");
    const bad = JSON.stringify({ version: "1", plan: { id: "X Y" }, agencies: [], targets: [{ id: "a" }], tasks: [] });
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    const file = new File([bad], "tinh-moi.json", { type: "application/json" });
    Object.defineProperty(file, "text", { value: () => Promise.resolve(bad) });
    Object.defineProperty(input, "files", { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event("change", { bubbles: true }));
    });
    const problems = await waitFor(() => document.querySelector('[data-testid="problems"]'));
    expect(problems.textContent).toContain("tinh-moi.json › plan.id");
    expect(problems.textContent).toContain("tinh-moi.json › targets[0]");
    expect((await source.get()).origin).toBe("bundled");
  });
});
