/** @jest-environment jsdom */
/** Where Excel has no custom functions (Excel 2016/2019 volume licences), inserting targets writes native formulas, never KH.*, and says so. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import InsertPanel from "../../src/taskpane/panels/InsertPanel";
import { STRINGS } from "../../src/taskpane/i18n";
import type { TargetRowInput, WorkbookPort } from "../../src/workbook/port";
import { syntheticCatalog } from "../core/annex/synthetic";
import { byRole, click, mount, unmount, waitFor } from "./dom";

const catalog = syntheticCatalog({ agencies: 1, targetsPerAgency: 2 });
afterEach(unmount);

function portWith(customFunctions: boolean | undefined) {
  const calls: TargetRowInput[][] = [];
  const port: WorkbookPort = {
    kind: "excel",
    customFunctions,
    insertTargets: async (rows) => (calls.push(rows), { ok: true, sheet: "Chỉ tiêu", address: "A1:J3", table: "ChiTieu_1", rows: rows.length }),
    listTables: async () => [],
    flagStatus: async () => ({ ok: false }) as never,
    selectRow: async () => undefined,
    writeAnnex: async () => ({ sheets: [] }),
    writeSheets: async () => ({ sheets: [] }),
  };
  return { port, calls };
}

test.each([
  [false, true],
  [true, false],
])("customFunctions %s: native formulas %s", async (customFunctions, native) => {
  const t = STRINGS.vi;
  const { port, calls } = portWith(customFunctions);
  const ids = new Set(catalog.targets.slice(0, 2).map((x) => x.id));
  await mount(
    <FluentProvider theme={webLightTheme}>
      <InsertPanel t={t} lang="vi" port={port} catalog={catalog} selectedIds={ids} />
    </FluentProvider>,
  );
  await click(await byRole("button", t.insertButton(2)));
  await waitFor(() => calls.length === 1 && document.body.textContent?.includes("Đã chèn"));
  const formulas = calls[0].map((r) => r.native);
  if (native) {
    expect(formulas.every((f) => f && f.status.startsWith("=IF(ISNUMBER([@[Thực hiện]])") && !/KH\./.test(f.status + f.percent))).toBe(true);
    expect(document.body.textContent).toContain(t.nativeFormulas);
  } else {
    expect(formulas).toEqual([undefined, undefined]);
    expect(document.body.textContent).not.toContain(t.nativeFormulas);
  }
});
