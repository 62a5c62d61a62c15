/** @jest-environment jsdom */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
import { act } from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { CatalogSource, memoryStore } from "../../src/catalog-source/index";
import { MemoryWorkbook } from "../../src/memory-workbook/memory-workbook";
import { MemoryPort } from "../../src/memory-workbook/memory-port";
import { byRole, click, mount, typeInto, unmount, waitFor } from "./dom";

// A made-up plan in the shape provinces write them (not taken from the source documents).
const PLAN_TEXT = `ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM
KẾ HOẠCH
Phát triển kinh tế - xã hội năm 2025
I. MỤC TIÊU
1. Các chỉ tiêu chủ yếu năm 2025
- Tốc độ tăng trưởng kinh tế (GRDP) đạt 8%.
- Tỷ lệ hộ nghèo giảm còn 2,5%.
- Tỷ lệ dân số được dùng nước sạch đạt 95%.
`;

async function setup() {
  const workbook = new MemoryWorkbook();
  const source = new CatalogSource({ imported: memoryStore(), snapshot: memoryStore() });
  await mount(
    <FluentProvider theme={webLightTheme}>
      <App port={new MemoryPort(workbook)} loadCatalogSource={() => Promise.resolve(source)} />
    </FluentProvider>,
  );
  await byRole("searchbox");
  return { workbook, source };
}

async function pickFile(input: HTMLInputElement, name: string, text: string) {
  const file = new File([text], name, { type: "text/plain" });
  // jsdom's File has no arrayBuffer() and jsdom no TextDecoder; browsers have both.
  const bytes = new NodeTextEncoder().encode(text);
  Object.defineProperty(file, "arrayBuffer", { value: () => Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)) });
  (globalThis as { TextDecoder?: unknown }).TextDecoder ??= NodeTextDecoder;
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });
}

afterEach(unmount);

describe("pane parts of issues 6 and 7", () => {
  test("Lập phụ lục writes the chosen plan's annex into the workbook", async () => {
    const { workbook } = await setup();
    await click(await byRole("tab", /^Lập phụ lục/));
    const planSelect = await waitFor(() => document.querySelector<HTMLSelectElement>("#annex-title ~ div select"));
    await act(async () => {
      planSelect.value = "bg-2024";
      planSelect.dispatchEvent(new Event("change", { bubbles: true }));
    });
    const period = document.querySelector<HTMLInputElement>("#annex-title ~ div input")!;
    await typeInto(period, "2024-Q2");
    await click(await byRole("button", "Ghi vào sổ làm việc"));
    await waitFor(() => document.body.textContent?.includes("Đã ghi các trang tính: Phụ lục"));
    expect(workbook.hasSheet("Phụ lục")).toBe(true);
    const values = [...workbook.sheet("Phụ lục").cells.values()].map((c) => String(c.value ?? ""));
    expect(values.some((v) => /hộ nghèo/i.test(v))).toBe(true);
  });

  test("Nhập kế hoạch từ văn bản: review, drop one, fix one, use as the catalog", async () => {
    const { source } = await setup();
    await click(await byRole("tab", /^Nhập kế hoạch từ văn bản/));
    const input = await waitFor(() => document.querySelector<HTMLInputElement>('#extract-title ~ * input[type="file"], input[accept^=".txt"]'));
    await pickFile(input, "thu-nghiem.txt", PLAN_TEXT);
    const review = await byRole("list", "Chỉ tiêu tìm thấy trong văn bản");
    expect(review.querySelectorAll(":scope > li")).toHaveLength(3);
    expect(review.textContent).toContain("thu-nghiem.txt, dòng 7");
    // The picker names the chosen file.
    expect(document.querySelector('[data-testid="chosen-file"]')?.textContent).toBe("thu-nghiem.txt");
    // Drop the growth target; change the poverty target to 2,4.
    await click(await byRole("checkbox", /^Giữ: Tốc độ tăng trưởng/));
    await typeInto((await byRole("textbox", "Mục tiêu 2")) as HTMLInputElement, "2,4");
    await click(await byRole("button", "Dùng làm danh mục"));
    await waitFor(() => document.body.textContent?.includes("Đã nhập danh mục: thu-nghiem.json"));
    const active = await source.get();
    expect(active.origin).toBe("imported");
    expect(active.catalog.targets.map((t) => [t.name, t.value])).toEqual([
      ["Tỷ lệ hộ nghèo", 2.4],
      ["Tỷ lệ dân số được dùng nước sạch", 95],
    ]);
  });

  test("a mistyped figure is listed as a problem and nothing is imported", async () => {
    const { source } = await setup();
    await click(await byRole("tab", /^Nhập kế hoạch từ văn bản/));
    await pickFile(await waitFor(() => document.querySelector<HTMLInputElement>('input[accept^=".txt"]')), "thu-nghiem.txt", PLAN_TEXT);
    await typeInto((await byRole("textbox", "Mục tiêu 1")) as HTMLInputElement, "1.5.0");
    await click(await byRole("button", "Dùng làm danh mục"));
    const alert = await waitFor(() => [...document.querySelectorAll("[role=alert]")].find((a) => a.textContent?.includes("thu-nghiem.01")));
    expect(alert.textContent).toMatch(/1\.5\.0/);
    expect((await source.get()).origin).toBe("bundled");
  });
});
