/** @jest-environment jsdom */
/**
 * The table panel against the in-memory workbook: import the selected range, answer nothing (the
 * headers are clear), write the review sheets, break a cell, "Lưu danh mục" names it by sheet, row
 * and column; fixed, the catalog becomes the workbook's snapshot.
 */
import { byRole, click, mount, unmount, waitFor } from "./dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import TablePanel from "../../src/taskpane/panels/TablePanel";
import { STRINGS } from "../../src/taskpane/i18n";
import { CatalogSource, memoryStore } from "../../src/catalog-source/index";
import { MemoryWorkbook } from "../../src/memory-workbook/memory-workbook";
import { MemoryPort } from "../../src/memory-workbook/memory-port";

const TABLE = [
  ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026", "Cơ quan chủ trì"],
  ["I", "KINH TẾ", "", "", ""],
  [1, "Tốc độ tăng trưởng GRDP", "%", "8,5-9", "Sở Tài chính"],
  [2, "Số doanh nghiệp thành lập mới", "Doanh nghiệp", "Trên 1.200", "Sở Tài chính"],
];

afterEach(unmount);

/** A workbook holding rows on "Trang tính 1" ("" cells left empty), with them selected. */
function selectTable(rows: ReadonlyArray<ReadonlyArray<string | number>>): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  rows.forEach((row, r) => row.forEach((v, c) => v !== "" && wb.setCell("Trang tính 1", r, c, { value: v })));
  wb.select({ sheet: "Trang tính 1", row: 0, column: 0, rows: rows.length, columns: Math.max(...rows.map((row) => row.length)) });
  return wb;
}

function mountTablePanel(wb: MemoryWorkbook, source = new CatalogSource({ snapshot: memoryStore(), imported: memoryStore() })) {
  return mount(
    <FluentProvider theme={webLightTheme}>
      <TablePanel t={STRINGS.vi} lang="vi" port={new MemoryPort(wb)} source={source} />
    </FluentProvider>,
  );
}

test("select a table, review it in sheets, save it as the workbook's catalog", async () => {
  const wb = selectTable(TABLE);
  const snapshot = memoryStore();
  const source = new CatalogSource({ snapshot, imported: memoryStore() });
  const t = STRINGS.vi;
  await mountTablePanel(wb, source);
  await click(await byRole("button", t.useSelection));
  await waitFor(() => document.body.textContent?.includes("Đọc được 2 chỉ tiêu, 1 cơ quan"));
  await click(await byRole("button", t.writeReview));
  await waitFor(() => wb.hasSheet("DM Chỉ tiêu"));

  // Break the year of the first target, as a user might while editing.
  const header = wb.extent("DM Chỉ tiêu").columns;
  const yearColumn = Array.from({ length: header }, (_, c) => wb.cell("DM Chỉ tiêu", 0, c)?.value).indexOf("Năm (year)");
  wb.setCell("DM Chỉ tiêu", 1, yearColumn, { value: "năm tới" });
  await click(await byRole("button", t.saveCatalog));
  const problems = await waitFor(() => document.querySelector("[data-testid=problems]")?.textContent);
  expect(problems).toMatch(/Trang tính “DM Chỉ tiêu”, dòng 2, cột [A-Z]+ “Năm \(year\)”/);
  expect(await snapshot.get()).toBeNull();

  wb.setCell("DM Chỉ tiêu", 1, yearColumn, { value: 2026 });
  await click(await byRole("button", t.saveCatalog));
  await waitFor(() => document.body.textContent?.includes("làm danh mục của sổ làm việc"));
  const active = await source.get();
  expect(active.origin).toBe("snapshot");
  expect(active.catalog.targets.find((x) => x.name === "Số doanh nghiệp thành lập mới")).toMatchObject({ value: 1200, comparator: ">", year: 2026 });
  expect(await byRole("button", t.downloadCatalog)).toBeTruthy();
});

test("a table with one column per ward: the question ticks the ward columns; continuing builds a target per ward, none read as the plan", async () => {
  const wide = [
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026", "Phường Bắc Sơn", "Phường Nam Sơn"],
    [1, "Số lao động được tạo việc làm mới", "Người", 2000, 450, 400],
  ];
  const t = STRINGS.vi;
  await mountTablePanel(selectTable(wide));
  await click(await byRole("button", t.useSelection));
  const ward = await waitFor(() => document.querySelector<HTMLInputElement>("input[type=checkbox]"));
  expect(ward.checked).toBe(true);
  expect(document.body.textContent).toContain("E “Phường Bắc Sơn”");
  await click(await byRole("button", t.continueImport));
  await waitFor(() => document.body.textContent?.includes("Đọc được 3 chỉ tiêu, 3 cơ quan"));
});

test("one ward per row: the question's box is ticked; continuing reads each ward's figures as its own targets", async () => {
  const byRow = [
    ["GIAO CHỈ TIÊU NĂM 2026 CHO CÁC PHƯỜNG"],
    ["STT", "Phường", "Số hộ thoát nghèo (hộ)", "Thu ngân sách (tỷ đồng)"],
    [1, "Phường Bắc Sơn", 120, 300],
    [2, "Phường Nam Sơn", 90, 250],
  ];
  const t = STRINGS.vi;
  await mountTablePanel(selectTable(byRow));
  await click(await byRole("button", t.useSelection));
  const box = await waitFor(() => document.querySelector<HTMLInputElement>("input[type=checkbox]"));
  expect(box.checked).toBe(true);
  expect(document.body.textContent).toContain(t.rowsAreUnits("B"));
  await click(await byRole("button", t.continueImport));
  await waitFor(() => document.body.textContent?.includes("Đọc được 4 chỉ tiêu, 2 cơ quan"));
});

test("the table file picker is a button in the pane's language that names the chosen file, not the browser's own 'Choose File'", async () => {
  const port = new MemoryPort(new MemoryWorkbook());
  const source = new CatalogSource({ snapshot: memoryStore(), imported: memoryStore() });
  const t = STRINGS.vi;
  await mount(
    <FluentProvider theme={webLightTheme}>
      <TablePanel t={t} lang="vi" port={port} source={source} />
    </FluentProvider>,
  );
  const picker = await byRole("button", t.pickTable);
  expect(picker.textContent).toBe(t.chooseFile);
  expect(document.querySelector("[data-testid=chosen-file]")?.textContent).toBe(t.noFileChosen);
  expect(document.querySelector<HTMLInputElement>("input[type=file]")?.accept).toContain(".csv");
});
