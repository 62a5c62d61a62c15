/**
 * The Office.js annex writer against office-addin-mock: one read batch and one write
 * batch (two syncs), the same layout as the .xlsx writer, metadata in "_kehoach".
 */
import { OfficeMockObject } from "office-addin-mock";
import { buildAnnex } from "../../src/core/annex/build";
import { isFormula } from "../../src/core/sheet/layout";
import { layoutAnnexWorkbook } from "../../src/core/annex/layout";
import { metaHeaderRow, metaRow } from "../../src/core/annex/meta";
import { readAnnexSheetsInContext, writeAnnexInContext } from "../../src/excel/write-annex";
import { syntheticCatalog } from "../core/annex/synthetic";
import { annexGrids, shuffleBody, typeInto } from "../core/operations/annex-sheet";

interface Op {
  path: string;
  op: "set" | "call";
  value: unknown;
}

/** An object that accepts any property write or method call and logs it under a path. */
function recorder(path: string, log: Op[]): any {
  const store = new Map<PropertyKey, unknown>();
  return new Proxy(function () {}, {
    get(_, prop) {
      if (prop === "then" || typeof prop === "symbol") return undefined;
      if (!store.has(prop)) store.set(prop, recorder(`${path}.${String(prop)}`, log));
      return store.get(prop);
    },
    set(_, prop, value) {
      store.set(prop, value);
      log.push({ path: `${path}.${String(prop)}`, op: "set", value });
      return true;
    },
    apply(_, __, args) {
      log.push({ path, op: "call", value: args });
      return recorder(`${path}(${args.map((a) => JSON.stringify(a)).join(",")})`, log);
    },
  });
}

/**
 * A workbook with `existingSheets`; `values` gives the used range (from A1) of those the annex reads.
 * Every getItemOrNullObject is counted, so a test can see what the read batch asked for.
 */
function fakeContext(existingSheets: string[], values: Record<string, unknown[][]> = {}, active = existingSheets[0] ?? "Sheet1") {
  const log: Op[] = [];
  const added: string[] = [];
  const asked: string[] = [];
  /** A used range; Office.js bounds it with getIntersectionOrNullObject, which the values here already fit. */
  const usedRange = (grid: unknown[][]) => {
    const range = { isNullObject: grid.length === 0, values: grid, rowIndex: 0, columnIndex: 0, load() {}, getIntersectionOrNullObject: () => range };
    return range;
  };
  const sheetOf = (name: string) => {
    const sheet = recorder(`existing[${name}]`, log);
    return Object.assign(Object.create(null), {
      name,
      isNullObject: false,
      load() {},
      getUsedRangeOrNullObject: () => usedRange(values[name] ?? []),
      getRangeByIndexes: (...args: number[]) => sheet.getRangeByIndexes(...args),
    });
  };
  const mock = new OfficeMockObject({
    workbook: {
      worksheets: {
        items: existingSheets.map((name) => ({ name })),
        // office-addin-mock cannot navigate into arrays: "items/name" is loaded as "items".
        load(this: OfficeMockObject) {
          return OfficeMockObject.prototype.load.call(this, "items");
        },
        add(name: string) {
          added.push(name);
          return recorder(`sheet[${name}]`, log);
        },
        getItemOrNullObject(name: string) {
          asked.push(name);
          if (!existingSheets.includes(name)) return { isNullObject: true, getUsedRangeOrNullObject: () => ({ ...usedRange([]), isNullObject: true }) };
          return sheetOf(name);
        },
        getActiveWorksheet: () => sheetOf(active),
      },
    },
  }) as unknown as Excel.RequestContext;
  const sync = jest.spyOn(mock, "sync");
  return { context: mock, log, added, sync, asked };
}

const catalog = syntheticCatalog({ agencies: 2, targetsPerAgency: 4 });
const T1 = "tinh-x-2024.t0001";
const request = {
  catalog,
  options: {
    plan: "tinh-x-2024",
    agency: "so-1",
    period: "2024-Q2",
    generatedAt: "2024-06-10T02:00:00.000Z",
    actuals: new Map([[T1, { actual: 15295.5, note: "=HYPERLINK(\"http://x\")" }]]),
  },
};
const built = buildAnnex(catalog, request.options);
if (!built.ok) throw new Error(built.error.vi);
const annex = built.annex;

const setsOn = (log: Op[], pathPart: string, prop: string) => log.filter((o) => o.op === "set" && o.path.includes(pathPart) && o.path.endsWith(`.${prop}`));
const callsOf = (log: Op[], method: string) => log.filter((o) => o.op === "call" && o.path.endsWith(`.${method}`));

describe("writeAnnexInContext", () => {
  test("two syncs: one to read, one to write", async () => {
    const { context, sync } = fakeContext(["Sheet1"]);
    await writeAnnexInContext(context, request);
    expect(sync).toHaveBeenCalledTimes(2);
  });

  test("writes the same cells as the .xlsx layout, with formula-like text escaped", async () => {
    const { context, log, added } = fakeContext(["Sheet1"]);
    const result = await writeAnnexInContext(context, request);
    expect(result.sheets).toEqual(["Phụ lục", "Nhiệm vụ"]);
    expect(added).toEqual(["Phụ lục", "Nhiệm vụ", "_kehoach"]);
    const layout = layoutAnnexWorkbook(annex).sheets[0];
    const values = setsOn(log, "sheet[Phụ lục].getRangeByIndexes(0,0,", "values")[0].value as unknown[][];
    expect(values).toHaveLength(layout.rows.length);
    const header = values.find((r) => r[0] === "STT")!;
    expect(header).toEqual(layout.rows.find((r) => r.style === "header")!.cells);
    const row = values.find((r) => r.includes(T1))!;
    expect(row[5]).toBe(15295.5);
    expect(row[10]).toMatch(/^'=HYPERLINK/);
    const formats = setsOn(log, "sheet[Phụ lục].getRangeByIndexes(0,0,", "numberFormat")[0].value as string[][];
    expect(formats[values.indexOf(row)][5]).toBe("#,##0.0");
  });

  test("% so kế hoạch, % so cùng kỳ and Đánh giá are the same formulas the .xlsx file holds", async () => {
    const { context, log } = fakeContext(["Sheet1"]);
    await writeAnnexInContext(context, request);
    const layout = layoutAnnexWorkbook(annex).sheets[0];
    const values = setsOn(log, "sheet[Phụ lục].getRangeByIndexes(0,0,", "values")[0].value as unknown[][];
    const r = values.findIndex((row) => row.includes(T1));
    const expected = layout.rows[r].cells.slice(7, 10).map((c) => (isFormula(c) ? `=${c.formula}` : c));
    expect(expected.every((c) => typeof c === "string" && c.startsWith("=IF("))).toBe(true);
    expect(values[r].slice(7, 10)).toEqual(expected);
  });

  test("title merged, panes frozen, A4 landscape fit to width, header repeated, traffic lights, protection", async () => {
    const { context, log } = fakeContext([]);
    await writeAnnexInContext(context, request, { protect: true });
    const main = (o: Op) => o.path.startsWith("sheet[Phụ lục]");
    expect(callsOf(log, "merge").filter(main).length).toBeGreaterThanOrEqual(5);
    expect(callsOf(log, "freezeAt").filter(main)).toHaveLength(1);
    const frozenAt = callsOf(log, "getRangeByIndexes").filter(main).find((o) => log.indexOf(o) === log.indexOf(callsOf(log, "freezeAt").filter(main)[0]) - 1);
    expect(frozenAt?.value).toEqual([0, 0, 11, 2]);
    expect(setsOn(log, "sheet[Phụ lục].pageLayout", "orientation")[0].value).toBe("Landscape");
    expect(setsOn(log, "sheet[Phụ lục].pageLayout", "paperSize")[0].value).toBe("A4");
    expect(setsOn(log, "sheet[Phụ lục].pageLayout", "zoom")[0].value).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(callsOf(log, "setPrintTitleRows").filter(main)[0].value).toEqual(["$11:$11"]);
    expect(setsOn(log, "sheet[Phụ lục]", "centerFooter").map((o) => o.value)).toEqual(["Trang &P/&N"]);
    const rules = setsOn(log, "sheet[Phụ lục]", "rule").map((o) => (o.value as { text: string }).text);
    expect(rules).toEqual(["Không đạt", "Vượt", "Đạt", "Đúng tiến độ", "Có nguy cơ", "Chậm tiến độ"]); // "Không đạt" holds "Đạt": tried first
    expect(callsOf(log, "add").filter((o) => o.path.includes("conditionalFormats") && main(o)).map((o) => o.value)).toEqual(Array(6).fill(["ContainsText"]));
    expect(callsOf(log, "protect").filter(main)).toHaveLength(1);
    expect(setsOn(log, "sheet[Phụ lục]", "locked").every((o) => o.value === false)).toBe(true);
    expect(setsOn(log, "sheet[Phụ lục]", "locked").length).toBeGreaterThan(0);
  });

  test("a 9,000-row report is formatted by rectangles: a few thousand operations, not one set per cell", async () => {
    const big = syntheticCatalog({ agencies: 60, targetsPerAgency: 150 });
    const actuals = new Map(big.targets.map((t, i) => [t.id, { actual: 10 + i * 1.25, lastYear: 9 + i, estimateYear: 20 + i, note: `Ghi chú ${i}` }]));
    const reportOptions = { plan: "tinh-x-2024", period: "2024-Q2", generatedAt: "2024-06-20T00:00:00.000Z", actuals, kind: "consolidated", showNoData: true } as const;
    const report = buildAnnex(big, reportOptions);
    if (!report.ok) throw new Error(report.error.vi);
    const { context, log, sync } = fakeContext([]);
    await writeAnnexInContext(context, { catalog: big, options: reportOptions });
    expect(sync).toHaveBeenCalledTimes(2);
    const main = log.filter((o) => o.path.startsWith("sheet[Phụ lục]"));
    const rows = layoutAnnexWorkbook(report.annex).sheets[0].rows.length;
    expect(rows).toBeGreaterThan(9000);
    // One op per cell would be over 100,000; rectangles of like cells keep it to about one per thousand.
    expect(main.length).toBeLessThan(3000);
    // The body's names are one range per block of item rows, not one per row.
    const fonts = setsOn(main, "", "name").filter((o) => o.value === "Times New Roman");
    expect(fonts.length).toBeLessThan(200);
    // Heights: the title rows are set, the rest fitted by Excel in one call.
    expect(callsOf(main, "autofitRows")).toHaveLength(1);
    expect(setsOn(main, "", "rowHeight").length).toBeLessThanOrEqual(10);
    // What Excel receives, roughly: the values, the formats and the calls, under Excel on the web's 5 MB.
    const bytes = Buffer.byteLength(JSON.stringify(main.map((o) => [o.op, o.value])));
    console.log(`writeAnnex ${rows} rows: ${main.length} operations, about ${(bytes / 1e6).toFixed(2)} MB`);
    expect(bytes).toBeLessThan(5e6);
  });

  test("metadata goes to the very hidden sheet _kehoach, as in the .xlsx file", async () => {
    const { context, log } = fakeContext([]);
    await writeAnnexInContext(context, request);
    expect(setsOn(log, "sheet[_kehoach]", "visibility")[0].value).toBe("VeryHidden");
    const values = setsOn(log, "sheet[_kehoach]", "values")[0].value as unknown[][];
    const record = Object.fromEntries((values[0] as string[]).map((k, i) => [k, values[1][i]]));
    expect(record).toMatchObject({ sheet: "Phụ lục", plan: "tinh-x-2024", agency: "so-1", period: "2024-Q2", catalogVersion: "2024-01-01.1", generatedAt: "2024-06-10T02:00:00.000Z" });
  });

  test("a workbook that already holds an annex: new sheet names, metadata rows appended below the existing ones", async () => {
    const metaGrid = [metaHeaderRow(), ...layoutAnnexWorkbook(annex).meta.map((r) => metaRow({ ...r, period: "2024-Q1" }))];
    const { context, log, added, sync } = fakeContext(["Phụ lục", "Nhiệm vụ", "_kehoach"], { _kehoach: metaGrid });
    const result = await writeAnnexInContext(context, request);
    expect(result.sheets).toEqual(["Phụ lục (2)", "Nhiệm vụ (2)"]);
    expect(added).toEqual(["Phụ lục (2)", "Nhiệm vụ (2)"]);
    const append = setsOn(log, "existing[_kehoach].getRangeByIndexes(3,0,2,", "values")[0].value as unknown[][];
    expect(append.map((r) => r[0])).toEqual(["Phụ lục (2)", "Nhiệm vụ (2)"]);
    expect(sync).toHaveBeenCalledTimes(2);
  });

  test("the annex already in the workbook gives its typed figures to the new one, by target id, in two syncs whatever its size", async () => {
    const big = syntheticCatalog({ agencies: 2, targetsPerAgency: 400 });
    const bigRequest = { catalog: big, options: { plan: "tinh-x-2024", agency: "so-1", period: "2024-Q2", generatedAt: "2024-06-10T02:00:00.000Z" } };
    const old = buildAnnex(big, bigRequest.options);
    if (!old.ok) throw new Error(old.error.vi);
    const [meta, targets, tasks] = annexGrids(old.annex);
    shuffleBody(targets);
    const ids = ["tinh-x-2024.t0001", "tinh-x-2024.t0200", "tinh-x-2024.t0400"];
    ids.forEach((id, i) => typeInto(targets, id, "Thực hiện kỳ báo cáo", 1000 + i));
    typeInto(targets, "tinh-x-2024.t0200", "Ghi chú", "=1+1 không phải công thức");
    const { context, log, sync, asked } = fakeContext(["Phụ lục", "Nhiệm vụ", "_kehoach"], { _kehoach: meta.rows, "Phụ lục": targets.rows, "Nhiệm vụ": tasks.rows });
    const result = await writeAnnexInContext(context, bigRequest);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(asked).toEqual(expect.arrayContaining(["_kehoach", "Phụ lục", "Nhiệm vụ"]));
    expect(result.sheets).toEqual(["Phụ lục (2)", "Nhiệm vụ (2)"]);
    expect(result.carried.count).toBe(4);
    const values = setsOn(log, "sheet[Phụ lục (2)].getRangeByIndexes(0,0,", "values")[0].value as unknown[][];
    const header = values.find((r) => r[0] === "STT")!;
    const actualAt = header.indexOf("Thực hiện kỳ báo cáo");
    ids.forEach((id, i) => expect(values.find((r) => r.includes(id))![actualAt]).toBe(1000 + i));
    // Text that looks like a formula stays text in the new sheet.
    expect(values.find((r) => r.includes("tinh-x-2024.t0200"))![header.indexOf("Ghi chú")]).toMatch(/^'=1\+1/);
    // The old sheets are left as they were: nothing is written to them but the metadata's new rows.
    expect(log.filter((o) => o.op === "set" && o.path.startsWith("existing[Phụ lục]"))).toEqual([]);
  });

  test("the download reads the workbook's annex sheets in one sync", async () => {
    const [meta, targets] = annexGrids(annex);
    const { context, sync } = fakeContext(["Phụ lục", "_kehoach"], { _kehoach: meta.rows, "Phụ lục": targets.rows });
    const grids = await readAnnexSheetsInContext(context);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(grids.map((g) => g.name)).toEqual(["_kehoach", "Phụ lục"]);
    expect(grids[1].rows).toEqual(targets.rows);
  });

  test("an annex its user renamed is found when it is the sheet in front: by its target ids and its title's period", async () => {
    const [targets] = annexGrids(annex, { meta: false });
    typeInto(targets, T1, "Thực hiện kỳ báo cáo", 321);
    const { context, log, sync } = fakeContext(["PL quý II", "Sheet1"], { "PL quý II": targets.rows }, "PL quý II");
    const result = await writeAnnexInContext(context, { catalog, options: { ...request.options, actuals: undefined } });
    expect(sync).toHaveBeenCalledTimes(2);
    expect(result.carried.from).toEqual(["PL quý II"]);
    const values = setsOn(log, "sheet[Phụ lục].getRangeByIndexes(0,0,", "values")[0].value as unknown[][];
    const header = values.find((r) => r[0] === "STT")!;
    expect(values.find((r) => r.includes(T1))![header.indexOf("Thực hiện kỳ báo cáo")]).toBe(321);
  });
});
