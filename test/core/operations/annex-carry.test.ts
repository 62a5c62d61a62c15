/**
 * The pane's annex takes the figures already typed in the workbook: rebuilt for the same plan and
 * period, the new annex carries them row by target id; what has no row in it is listed, never dropped.
 */
import { annexRows, buildAnnex, type BuildAnnexOptions } from "../../../src/core/annex";
import { carriedReport, prepareAnnex } from "../../../src/core/operations";
import { syntheticCatalog } from "../annex/synthetic";
import { annexGrids, shuffleBody, typeInto } from "./annex-sheet";

const catalog = syntheticCatalog({ agencies: 2, targetsPerAgency: 4 });
const options: BuildAnnexOptions = { plan: "tinh-x-2024", agency: "so-1", period: "2024-Q2", generatedAt: "2024-06-10T02:00:00.000Z" };
const T1 = "tinh-x-2024.t0001";
const T2 = "tinh-x-2024.t0002";

function oldWorkbook(opts: BuildAnnexOptions = options, meta = true) {
  const built = buildAnnex(catalog, opts);
  if (!built.ok) throw new Error(built.error.vi);
  return annexGrids(built.annex, { meta });
}

const rowOf = (annex: Parameters<typeof annexRows>[0], id: string) => annexRows(annex).find((r) => r.targetId === id)!;

test("figures typed in the workbook's annex carry into the rebuilt one by target id, even after the rows were reordered", () => {
  const sheets = oldWorkbook();
  const sheet = sheets[1];
  shuffleBody(sheet);
  typeInto(sheet, T1, "Thực hiện kỳ báo cáo", "15.295,5");
  typeInto(sheet, T1, "Thực hiện cùng kỳ năm trước", 14000);
  typeInto(sheet, T2, "Ước thực hiện cả năm", 88);
  typeInto(sheet, T2, "Ghi chú", "Số liệu của Cục Thống kê");
  const prepared = prepareAnnex({ catalog, options }, sheets);
  if (!prepared.ok) throw new Error(prepared.error.vi);
  expect(rowOf(prepared.annex, T1)).toMatchObject({ actual: 15295.5, lastYear: 14000 });
  expect(rowOf(prepared.annex, T2)).toMatchObject({ actual: null, estimateYear: 88, note: "Số liệu của Cục Thống kê" });
  expect(prepared.carried).toMatchObject({ from: ["Phụ lục", "Nhiệm vụ"], count: 4, notCarried: [] });
  expect(carriedReport(prepared.carried).summary?.vi).toBe('Đã chép 4 ô số liệu đã nhập từ trang "Phụ lục", "Nhiệm vụ" sang phụ lục mới (theo mã chỉ tiêu).');
});

test("a target that left the annex keeps its figure listed with where it was and why, and text that is no number is not guessed", () => {
  const sheets = oldWorkbook();
  // The plan changed: so-1 now leads three targets; t0004 went to so-2.
  const smaller = syntheticCatalog({ agencies: 2, targetsPerAgency: 3 });
  typeInto(sheets[1], "tinh-x-2024.t0004", "Thực hiện kỳ báo cáo", 3.1);
  typeInto(sheets[1], T1, "Thực hiện kỳ báo cáo", "khoảng 15 nghìn");
  const prepared = prepareAnnex({ catalog: smaller, options }, sheets);
  if (!prepared.ok) throw new Error(prepared.error.vi);
  expect(annexRows(prepared.annex).map((r) => r.targetId)).not.toContain("tinh-x-2024.t0004");
  expect(prepared.carried.count).toBe(0);
  const left = prepared.carried.notCarried;
  expect(left.map((n) => [n.item, n.field, n.value])).toEqual([
    [T1, "actual", "khoảng 15 nghìn"],
    ["tinh-x-2024.t0004", "actual", "3.1"],
  ]);
  const lines = carriedReport(prepared.carried).notCarried.map((m) => m.vi);
  expect(lines[1]).toMatch(/^Trang "Phụ lục", dòng \d+, tinh-x-2024\.t0004, Thực hiện kỳ báo cáo = "3\.1": chỉ tiêu không còn trong phụ lục mới/);
});

test("an annex of another period or another agency gives nothing: its figures are not this annex's", () => {
  const q1 = oldWorkbook({ ...options, period: "2024-Q1" });
  typeInto(q1[1], T1, "Thực hiện kỳ báo cáo", 100);
  const other = oldWorkbook({ ...options, agency: "so-2" });
  typeInto(other[1], "tinh-x-2024.t0005", "Thực hiện kỳ báo cáo", 100);
  for (const sheets of [q1, other]) {
    const prepared = prepareAnnex({ catalog, options }, sheets);
    if (!prepared.ok) throw new Error(prepared.error.vi);
    expect(prepared.carried).toMatchObject({ from: [], count: 0, notCarried: [] });
  }
});

test("without its metadata, the sheet whose title names the period is still found by its target-id column", () => {
  const sheets = oldWorkbook(options, false);
  typeInto(sheets[0], T1, "Thực hiện kỳ báo cáo", 42);
  const same = prepareAnnex({ catalog, options }, sheets);
  if (!same.ok) throw new Error(same.error.vi);
  expect(rowOf(same.annex, T1).actual).toBe(42);
  const q3 = prepareAnnex({ catalog, options: { ...options, period: "2024-Q3" } }, sheets);
  if (!q3.ok) throw new Error(q3.error.vi);
  expect(rowOf(q3.annex, T1).actual).toBeNull();
});

test("tasks carry their state and note; a whole-plan annex gives one agency's annex its rows; the newest annex wins", () => {
  const whole = buildAnnex(catalog, { ...options, agency: undefined, generatedAt: "2024-06-01T00:00:00.000Z" });
  const newer = buildAnnex(catalog, options);
  if (!whole.ok || !newer.ok) throw new Error("build");
  const first = annexGrids(whole.annex);
  const second = annexGrids(newer.annex, { sheetNames: { targets: "Phụ lục (2)", tasks: "Nhiệm vụ (2)" } });
  typeInto(first[1], T1, "Thực hiện kỳ báo cáo", 1);
  typeInto(second[1], T1, "Thực hiện kỳ báo cáo", 2);
  typeInto(second[2], "tinh-x-2024.nv1", "Tình trạng", "Đang thực hiện");
  const meta = { ...first[0], rows: [...first[0].rows, ...second[0].rows.slice(1)] };
  const prepared = prepareAnnex({ catalog, options }, [meta, first[1], first[2], second[1], second[2]]);
  if (!prepared.ok) throw new Error(prepared.error.vi);
  expect(prepared.carried.from).toEqual(["Phụ lục (2)", "Nhiệm vụ (2)"]);
  expect(rowOf(prepared.annex, T1).actual).toBe(2);
  expect(prepared.annex.tasks.find((t) => t.taskId === "tinh-x-2024.nv1")?.state).toBe("Đang thực hiện");
});

test("without metadata, another agency's annex of the same period shares no target with this one and gives nothing", () => {
  const other = oldWorkbook({ ...options, agency: "so-2" }, false);
  typeInto(other[0], "tinh-x-2024.t0005", "Thực hiện kỳ báo cáo", 100);
  const prepared = prepareAnnex({ catalog, options }, other);
  if (!prepared.ok) throw new Error(prepared.error.vi);
  expect(prepared.carried).toMatchObject({ from: [], count: 0, notCarried: [] });
});

test("a sheet the metadata names but whose header row was deleted carries nothing, and the annex is still built", () => {
  const sheets = oldWorkbook();
  const sheet = sheets[1];
  const headerRow = sheet.rows.findIndex((cells) => cells.includes("Thực hiện kỳ báo cáo"));
  sheet.rows.splice(0, headerRow + 1);
  const prepared = prepareAnnex({ catalog, options }, sheets);
  if (!prepared.ok) throw new Error(prepared.error.vi);
  expect(prepared.carried.from).not.toContain(sheet.name);
  expect(annexRows(prepared.annex).map((r) => r.targetId)).toContain(T1);
});
