/** @jest-environment jsdom */
/** Lập phụ lục in the pane: "one file per agency" downloads a .zip holding each agency's annex and the tracking list. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import JSZip from "jszip";
import AnnexPanel from "../../src/taskpane/panels/AnnexPanel";
import { STRINGS } from "../../src/taskpane/i18n";
import type { WorkbookPort } from "../../src/workbook/port";
import { syntheticCatalog } from "../core/annex/synthetic";
import { byRole, click, mount, typeInto, unmount, waitFor } from "./dom";
import type { AnnexRequest } from "../../src/core/operations";
import { buildAnnex } from "../../src/core/annex";
import { readWorkbookFile } from "../../src/xlsx/read";
import { annexGrids, typeInto as typeAnnexCell } from "../core/operations/annex-sheet";

const downloads: { bytes: Uint8Array; name: string; mime: string }[] = [];
jest.mock("../../src/taskpane/download", () => ({
  XLSX_MIME: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  downloadBytes: (bytes: Uint8Array, name: string, mime: string) => downloads.push({ bytes, name, mime }),
}));

// jsdom resolves ExcelJS's uuid to its ES-module browser build, which jest cannot load: use its CommonJS build.
jest.mock("uuid", () => jest.requireActual("../../node_modules/uuid/dist/index.js"));

const catalog = syntheticCatalog({ agencies: 3, targetsPerAgency: 2 });
const port: WorkbookPort = {
  kind: "preview",
  insertTargets: async () => ({ ok: false, reason: "blocked", message: { vi: "", en: "" } }),
  listTables: async () => [],
  flagStatus: async () => ({ ok: false, reason: "no_table", message: { vi: "", en: "" } }) as never,
  selectRow: async () => undefined,
  writeAnnex: async () => ({ sheets: [] }),
  writeSheets: async () => ({ sheets: [] }),
};

afterEach(unmount);
afterEach(() => localStorage.clear());

/** The annex panel, in Vietnamese, on this port. */
async function renderAnnex(on: WorkbookPort) {
  await mount(
    <FluentProvider theme={webLightTheme}>
      <AnnexPanel t={STRINGS.vi} lang="vi" port={on} catalog={catalog} />
    </FluentProvider>,
  );
}

/** Presses a download button and waits for the download (or an error, refused below). */
async function download(button: string) {
  await click(await byRole("button", button));
  await waitFor(() => downloads.length === 1 || /Lỗi/.test(document.body.textContent ?? ""));
}

test("one file per agency: a .zip of the agencies' annexes, named by agency, and the tracking list", async () => {
  const t = STRINGS.vi;
  await renderAnnex(port);
  await download(t.downloadEachAgency);
  expect(document.body.textContent).not.toMatch(/Lỗi.{0,200}/);
  const files = Object.keys((await JSZip.loadAsync(downloads[0].bytes)).files).sort();
  expect(downloads[0].mime).toBe("application/zip");
  expect(files).toEqual([
    "danh-sach-gui.xlsx",
    `phu-luc-tinh-x-2024-${new Date().getFullYear()}-so-nganh-so-1.xlsx`,
    `phu-luc-tinh-x-2024-${new Date().getFullYear()}-so-nganh-so-2.xlsx`,
    `phu-luc-tinh-x-2024-${new Date().getFullYear()}-so-nganh-so-3.xlsx`,
  ]);
});

test("evaluation words: a clash is refused naming the field, a good word goes into the annex the pane writes and is kept", async () => {
  const t = STRINGS.vi;
  const requests: AnnexRequest[] = [];
  const writing: WorkbookPort = {
    ...port,
    writeAnnex: async (request) => {
      requests.push(request);
      return {
        sheets: ["Phụ lục (2)"],
        carried: {
          from: ["Phụ lục"],
          actuals: new Map(),
          taskReports: new Map(),
          count: 3,
          notCarried: [{ sheet: "Phụ lục", row: 14, item: "tinh-x-2024.t0099", field: "actual", value: "12", reason: { vi: "chỉ tiêu không còn trong phụ lục mới", en: "no longer in the annex" } }],
        },
      };
    },
  };
  await renderAnnex(writing);
  await click(await byRole("button", "Từ đánh giá…"));
  const onTrack = (await waitFor(() => document.querySelector<HTMLInputElement>('input[placeholder="Đúng tiến độ"]')))!;
  await typeInto(onTrack, "Chậm tiến độ");
  const alert = await byRole("alert");
  expect(alert.textContent).toMatch(/"onTrack".*"offTrack".*cùng là "Chậm tiến độ"/);
  await typeInto(onTrack, "Bảo đảm tiến độ");
  await waitFor(() => !document.querySelector("[role=alert]"));
  await click(await byRole("button", t.writeToWorkbook));
  await waitFor(() => requests.length === 1);
  expect(requests[0].options.words).toEqual({ onTrack: "Bảo đảm tiến độ" });
  expect(JSON.parse(localStorage.getItem("kehoach.evaluationWords")!)).toEqual({ onTrack: "Bảo đảm tiến độ" });
  // What came across and what stayed behind, said in the pane.
  await waitFor(() => document.body.textContent?.includes("Đã chép 3 ô"));
  const left = await waitFor(() => document.querySelector("[data-testid=not-carried]"));
  expect(left.textContent).toContain('Trang "Phụ lục", dòng 14, tinh-x-2024.t0099, Thực hiện kỳ báo cáo = "12"');
});

test("the downloaded annex carries the figures typed in the workbook's annex too", async () => {
  const t = STRINGS.vi;
  const year = String(new Date().getFullYear());
  const old = buildAnnex(catalog, { plan: "tinh-x-2024", period: year, generatedAt: `${year}-01-02T00:00:00.000Z` });
  if (!old.ok) throw new Error(old.error.vi);
  const sheets = annexGrids(old.annex);
  typeAnnexCell(sheets[1], "tinh-x-2024.t0002", "Thực hiện kỳ báo cáo", 77.25);
  const reading: WorkbookPort = { ...port, readAnnexSheets: async () => sheets };
  downloads.length = 0;
  await renderAnnex(reading);
  await download(t.downloadXlsx);
  await waitFor(() => document.body.textContent?.includes('Đã chép 1 ô số liệu đã nhập từ trang "Phụ lục"'));
  const read = await readWorkbookFile({ name: "x.xlsx", data: downloads[0].bytes });
  if (!read.ok) throw new Error(read.reason.vi);
  const row = read.sheets[0].rows.find((r) => r.includes("tinh-x-2024.t0002"))!;
  expect(row).toContain(77.25);
});

test("the chosen plan's whole title reads under the plan picker, however long, where the closed picker cuts it", async () => {
  const long = { ...catalog, plans: catalog.plans.map((p) => ({ ...p, title: "Kế hoạch thực hiện Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế - xã hội giai đoạn 2026 - 2030" })) };
  await mount(
    <FluentProvider theme={webLightTheme}>
      <AnnexPanel t={STRINGS.vi} lang="vi" port={port} catalog={long} />
    </FluentProvider>,
  );
  expect(document.body.textContent).toContain("về phát triển kinh tế - xã hội giai đoạn 2026 - 2030");
});
