/** @jest-environment jsdom */
import { act } from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import FlagPanel from "../../src/taskpane/panels/FlagPanel";
import { STRINGS } from "../../src/taskpane/i18n";
import { loadCatalogsOrThrow } from "../../src/core/catalog/load";
import { BUNDLED_CATALOG_FILES } from "../../src/catalog-source/bundled";
import type { Lang } from "../../src/core/messages";
import type { RowRef, TableRowData, WorkbookPort } from "../../src/workbook/port";
import { allByRole, byRole, click, mount, nameOf, unmount, waitFor } from "./dom";

const catalog = loadCatalogsOrThrow(BUNDLED_CATALOG_FILES);
const row = (index: number, id: string, actual: TableRowData["actual"]): TableRowData => ({ index, id, actual, status: "", sheet: "Chỉ tiêu", address: `A${index + 2}:J${index + 2}` });

// Sở Kế hoạch và Đầu tư leads bg-2024.*, Sở Y tế bg-nq96.14 and .15 (bundled catalog).
const MIXED = [row(0, "bg-2024.23", 1.5), row(1, "bg-2024.23a", 14), row(2, "bg-nq96.14", 0), row(3, "khong-co", 1), row(4, "bg-nq96.15", 0)];

function fakePort(rows: TableRowData[][]) {
  const selected: RowRef[] = [];
  let run = 0;
  const port: WorkbookPort = {
    kind: "preview",
    insertTargets: async () => ({ ok: false, reason: "blocked", message: { vi: "", en: "" } }),
    listTables: async () => [{ name: "ChiTieu_1", sheet: "Chỉ tiêu", columns: ["Mã", "Chỉ tiêu", "Thực hiện", "Đánh giá"] }],
    flagStatus: async (mapping) => ({ ok: true, table: mapping.table, sheet: "Chỉ tiêu", statusColumn: "Đánh giá", addedStatusColumn: false, rows: rows[Math.min(run++, rows.length - 1)] }),
    selectRow: async (r) => void selected.push(r),
    writeAnnex: async () => ({ sheets: [] }),
    writeSheets: async () => ({ sheets: [] }),
  };
  return { port, selected };
}

async function render(port: WorkbookPort, lang: Lang = "vi") {
  await mount(
    <FluentProvider theme={webLightTheme}>
      <FlagPanel t={STRINGS[lang]} lang={lang} port={port} catalog={catalog} />
    </FluentProvider>,
  );
  await byRole("button", STRINGS[lang].flagButton);
}

const agencySelect = () => waitFor(() => [...document.querySelectorAll("select")].find((s) => nameOf(s) === STRINGS.vi.flagAgencyFilter));
const options = (select: HTMLSelectElement) => [...select.options].map((o) => o.textContent);
const listed = () => allByRole("button", /^Chọn dòng của/).map((b) => b.textContent);
const summary = () => document.querySelector("[role=status]")?.textContent ?? "";

async function choose(select: HTMLSelectElement, label: string) {
  const option = [...select.options].find((o) => o.textContent === label);
  if (!option) throw new Error(`no option ${label} in ${options(select).join(", ")}`);
  await act(async () => {
    select.value = option.value;
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
}

async function flag() {
  await click(await byRole("button", "Đánh dấu"));
  await waitFor(() => summary());
}

afterEach(unmount);

describe("flag panel: filter by lead agency", () => {
  test("lists the agencies of the flagged rows with counts; choosing one narrows the list and says so", async () => {
    const { port, selected } = fakePort([MIXED]);
    await render(port);
    await flag();
    const select = await agencySelect();
    expect(options(select)).toEqual(["Tất cả cơ quan (4)", "Sở Kế hoạch và Đầu tư (1)", "Sở Y tế (2)", "Không rõ cơ quan (1)"]);
    expect(listed()).toHaveLength(4);
    expect(summary()).toBe("Đã đánh giá 5 dòng: 3 chậm tiến độ, 0 có nguy cơ.");

    await choose(select, "Sở Y tế (2)");
    expect(listed()).toHaveLength(2);
    expect(listed().every((text) => /giường bệnh|bác sĩ/.test(text ?? ""))).toBe(true);
    expect(summary()).toBe("Đã đánh giá 5 dòng; đang lọc theo cơ quan: 2 chậm tiến độ, 0 có nguy cơ — Sở Y tế.");
    await click(allByRole("button", /^Chọn dòng của Số bác sĩ/)[0]);
    expect(selected).toEqual([expect.objectContaining({ address: "A6:J6" })]);

    await choose(select, "Không rõ cơ quan (1)");
    expect(listed()).toEqual([expect.stringContaining("khong-co")]);
  });

  test("a new run keeps the agency while it still leads a row, and goes back to all when it does not", async () => {
    const withoutHealth = MIXED.filter((r) => !r.id.startsWith("bg-nq96"));
    const { port } = fakePort([MIXED, MIXED.slice(2), withoutHealth, MIXED]);
    await render(port);
    await flag();
    await choose(await agencySelect(), "Sở Y tế (2)");

    await flag();
    await waitFor(() => listed().length === 2);
    expect(options(await agencySelect())).toEqual(["Tất cả cơ quan (3)", "Sở Y tế (2)", "Không rõ cơ quan (1)"]);
    expect((await agencySelect()).selectedOptions[0].textContent).toBe("Sở Y tế (2)");

    await flag();
    await waitFor(() => listed().length === 2 && !summary().includes("lọc"));
    const select = await agencySelect();
    expect(select.selectedOptions[0].textContent).toBe("Tất cả cơ quan (2)");
    expect(summary()).toBe("Đã đánh giá 3 dòng: 1 chậm tiến độ, 0 có nguy cơ.");

    // Back to all for good: when Sở Y tế leads rows again, the list is not filtered by it.
    await flag();
    await waitFor(() => listed().length === 4);
    expect((await agencySelect()).selectedOptions[0].textContent).toBe("Tất cả cơ quan (4)");
  });

  test("in English the filter and its agencies are in English", async () => {
    const { port } = fakePort([MIXED]);
    await render(port, "en");
    await click(await byRole("button", "Flag"));
    const select = await waitFor(() => [...document.querySelectorAll("select")].find((s) => nameOf(s) === "Filter by lead agency"));
    expect(options(select)).toEqual(["All agencies (4)", "Department of Health (2)", "Department of Planning and Investment (1)", "Unknown agency (1)"]);
    await choose(select, "Department of Health (2)");
    expect(summary()).toBe("Evaluated 5 rows; filtered by agency: 2 off track, 0 at risk — Department of Health.");
  });
});

describe("flag panel: an Excel without custom functions", () => {
  test("asks for native status formulas (never KH.*) and says so", async () => {
    const seen: Parameters<WorkbookPort["flagStatus"]>[0][] = [];
    const { port } = fakePort([MIXED]);
    const withoutFunctions: WorkbookPort = { ...port, customFunctions: false, flagStatus: async (mapping) => (seen.push(mapping), port.flagStatus(mapping)) };
    await render(withoutFunctions);
    await flag();
    const native = seen[0].nativeStatus!;
    const formula = native("bg-2024.23", "[@[Thực hiện]]")!;
    expect(formula.startsWith("=")).toBe(true);
    expect(formula).toContain("[@[Thực hiện]]");
    expect(formula).not.toMatch(/KH\./);
    expect(native("khong-co", "[@[Thực hiện]]")).toBeNull();
    expect(summary()).toContain(STRINGS.vi.nativeFormulas);
  });

  test("with custom functions it asks for none", async () => {
    const { port } = fakePort([MIXED]);
    const plain: Parameters<WorkbookPort["flagStatus"]>[0][] = [];
    const withFunctions: WorkbookPort = { ...port, flagStatus: async (mapping) => (plain.push(mapping), port.flagStatus(mapping)) };
    await render(withFunctions);
    await flag();
    expect(plain[0].nativeStatus).toBeUndefined();
    expect(summary()).not.toContain(STRINGS.vi.nativeFormulas);
  });
});
