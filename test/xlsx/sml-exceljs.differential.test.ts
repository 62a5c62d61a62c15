/**
 * ExcelJS reads a file of the SpreadsheetML writer back to what it reads from the file ExcelJS itself
 * writes from the same layouts: cell values, formulas and cached results, styles (font, fill, border,
 * alignment, number format, protection), merges, row heights, column widths, validations,
 * conditional formats, frozen panes, sheet state, protection, page setup, print titles, footer.
 * Two differences are expected and left out: ExcelJS's default font carries its theme's colour and
 * scheme, and our file has no theme part (Calibri 11 stays Calibri 11); ExcelJS drops a column
 * width of 9 (it takes it for its default), which our file keeps as laid out.
 */
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { exceljsXlsx } from "../../src/xlsx/write";
import { writeSpreadsheetML } from "../../src/xlsx/sml-write";
import { fileKinds } from "./sml-files";

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

function font(f: Partial<ExcelJS.Font> | undefined) {
  if (!f) return undefined;
  const { color, scheme, ...rest } = f as Partial<ExcelJS.Font> & { color?: { theme?: number } };
  return color && color.theme !== undefined ? rest : { ...rest, ...(color ? { color } : {}), ...(scheme ? { scheme } : {}) };
}

/** What a reader sees of a sheet, in plain data. */
function sheetView(ws: ExcelJS.Worksheet) {
  const cells: unknown[] = [];
  const rows: unknown[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    rows.push({ r, height: row.height });
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const s = cell.style;
      cells.push({
        at: `${r}:${c}`,
        type: cell.type,
        value: cell.value,
        numFmt: s.numFmt,
        font: font(s.font),
        fill: s.fill,
        border: s.border,
        alignment: s.alignment,
        protection: s.protection,
      });
    });
  });
  const model = ws.model as unknown as { merges: string[]; conditionalFormattings: unknown[]; dataValidations: unknown; sheetProtection: unknown };
  const p = ws.pageSetup;
  return {
    name: ws.name,
    state: ws.state,
    views: ws.views,
    columns: (ws.columns ?? []).map((c) => ({ width: c.width, hidden: c.hidden })),
    rows,
    cells,
    merges: [...model.merges].sort(),
    validations: model.dataValidations,
    conditionalFormats: model.conditionalFormattings,
    protection: model.sheetProtection,
    pageSetup: { paperSize: p.paperSize, orientation: p.orientation, fitToPage: p.fitToPage, fitToWidth: p.fitToWidth, fitToHeight: p.fitToHeight, margins: p.margins, printTitlesRow: p.printTitlesRow },
    footer: ws.headerFooter,
  };
}

describe("ExcelJS reads the SpreadsheetML writer's file as it reads its own", () => {
  let kinds: Awaited<ReturnType<typeof fileKinds>>;
  beforeAll(async () => {
    kinds = await fileKinds();
  });

  test.each(["annex", "annex-with-tasks", "agency-annex", "tracking-list", "report", "catalog"])("%s", async (name) => {
    const kind = kinds.find((k) => k.name === name)!;
    const [ours, theirs] = await Promise.all([load(writeSpreadsheetML(kind.sheets)), load(await exceljsXlsx(kind.sheets))]);
    expect(ours.creator).toBe(theirs.creator);
    expect((ours as unknown as { calcProperties: unknown }).calcProperties).toEqual((theirs as unknown as { calcProperties: unknown }).calcProperties);
    expect(ours.worksheets.map((w) => w.name)).toEqual(kind.sheets.map((s) => s.name));
    for (let i = 0; i < kind.sheets.length; i++) {
      const [mine, its] = [sheetView(ours.worksheets[i]), sheetView(theirs.worksheets[i])];
      const laidOut = kind.sheets[i].columns.map((c) => ({ width: c.width, hidden: c.hidden ?? false }));
      expect(mine.columns).toEqual(laidOut);
      expect(its.columns).toEqual(laidOut.map((c) => (c.width === 9 ? { ...c, width: undefined } : c)));
      expect({ ...mine, columns: [] }).toEqual({ ...its, columns: [] });
      expect(mine.conditionalFormats).toHaveLength(kind.sheets[i].trafficLights.length);
      expect(mine.merges).toHaveLength(kind.sheets[i].merges.length);
    }
  });
});

test("texts come back as typed: markup characters, outer spaces, line breaks, emoji; control characters are dropped; a literal _x0041_ is escaped as Excel reads it", async () => {
  const texts = ['a & b < c > "d" \'e\'', "  lề hai bên  ", "dòng 1\ndòng 2", "😀 Đạt", "=SUM(A1:A2)"];
  const sheet = {
    name: "Chữ",
    visibility: "visible" as const,
    columns: [{ width: 20 }],
    rows: [...texts.map((t) => ({ style: "plain" as const, cells: [t] })), { style: "plain" as const, cells: ["chuông\u0007 ở giữa"] }, { style: "plain" as const, cells: ["mã _x0041_"] }],
    merges: [],
    trafficLights: [],
    validations: [],
    inputAreas: [],
    protect: false,
  };
  const bytes = writeSpreadsheetML([sheet]);
  const ws = (await load(bytes)).getWorksheet("Chữ")!;
  expect(texts.map((_, i) => ws.getCell(i + 1, 1).value)).toEqual(texts);
  expect(ws.getCell(texts.length + 1, 1).value).toBe("chuông ở giữa");
  // Excel decodes _xHHHH_ in every text; its escape for a literal "_" keeps the text as typed (ExcelJS leaves inline text undecoded).
  expect(strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"])).toContain("<t>mã _x005F_x0041_</t>");
});
