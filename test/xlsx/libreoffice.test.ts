/**
 * A real client: LibreOffice opens the generated workbooks. Values and vi-VN number
 * formats must survive (checked on its CSV export), and a workbook LibreOffice saved
 * again must still consolidate. Skipped, with a message, where soffice is missing.
 */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildAnnex } from "../../src/core/annex/build";
import { formatViNumber } from "../../src/core/numbers/vi";
import { annexToXlsx } from "../../src/xlsx/annex-xlsx";
import { inMemoryXlsxWriter } from "../../src/xlsx/write";
import { consolidateFiles } from "../../src/xlsx/consolidate";
import { streamingXlsxWriter } from "../../src/xlsx/stream-write";
import { smlXlsxWriter } from "../../src/xlsx/sml-write";
import { annexRows } from "../../src/core/annex/model";
import { syntheticCatalog } from "../core/annex/synthetic";
import { csvRows, CSV_FILTER, hasSoffice, soffice } from "./soffice";

if (!hasSoffice) console.warn("soffice (libreoffice-calc) not found: LibreOffice round-trip tests skipped");
const d = hasSoffice ? describe : describe.skip;

const catalog = syntheticCatalog({ agencies: 2, targetsPerAgency: 5 });
const T1 = "tinh-x-2024.t0001";
const T2 = "tinh-x-2024.t0002";

d("LibreOffice opens the annex", () => {
  let dir: string;
  let csv: string[][];
  const actuals = new Map([
    [T1, { actual: 15295.5, lastYear: 14000 }],
    [T2, { actual: 85.1, lastYear: 80 }],
  ]);
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "kehoach-lo-"));
    const built = buildAnnex(catalog, { plan: "tinh-x-2024", agency: "so-1", period: "2024-Q2", generatedAt: "2024-06-10T02:00:00.000Z", actuals });
    if (!built.ok) throw new Error(built.error.vi);
    writeFileSync(join(dir, "so-1.xlsx"), await annexToXlsx(built.annex));
    soffice(dir, ["--convert-to", CSV_FILTER, "--outdir", join(dir, "csv"), "so-1.xlsx"]);
    csv = csvRows(readFileSync(join(dir, "csv", "so-1.csv"), "utf8"));
  });

  test("the title, headers and Vietnamese text come through", () => {
    expect(csv[0][0]).toBe("UBND TỈNH X");
    expect(csv[0]).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(csv[3][0]).toContain("QUÝ II/2024");
    expect(csv.some((r) => r[0] === "STT" && r[1] === "Chỉ tiêu" && r[5] === "Thực hiện kỳ báo cáo")).toBe(true);
    expect(csv.some((r) => r[0] === "I" && r[1] === "Kinh tế")).toBe(true);
  });

  test("numbers show in vi-VN formats, with the values we wrote", () => {
    const row1 = csv.find((r) => r.includes(T1))!;
    const row2 = csv.find((r) => r.includes(T2))!;
    expect(row1[5]).toBe(formatViNumber(15295.5)); // "15.295,5"
    expect(row1[3]).toBe(formatViNumber(14000)); // "14.000"
    expect(row2[5]).toBe("85,1");
    expect(row2[4]).toBe(formatViNumber(catalog.targetById.get(T2)!.value!));
    expect(row2[8]).toBe(formatViNumber(Math.round((85.1 / 80) * 1000) / 10, { decimals: 1 }));
  });

  test("a workbook saved again by LibreOffice still consolidates, metadata and figures intact", async () => {
    soffice(dir, ["--convert-to", "xlsx", "--outdir", join(dir, "resaved"), "so-1.xlsx"]);
    const path = join(dir, "resaved", "so-1.xlsx");
    expect(existsSync(path)).toBe(true);
    const out = await consolidateFiles(catalog, [{ name: "so-1.xlsx", data: new Uint8Array(readFileSync(path)) }], { period: "2024-Q2", now: "2024-06-20T00:00:00Z" });
    if (!out.ok) throw new Error(out.error.vi);
    expect(out.result.rejected).toEqual([]);
    const rows = new Map(annexRows(out.result.annex).map((r) => [r.targetId, r]));
    expect(rows.get(T1)).toMatchObject({ actual: 15295.5, lastYear: 14000 });
    expect(rows.get(T2)).toMatchObject({ actual: 85.1, lastYear: 80 });
  });

  test.each([
    ["SpreadsheetML", smlXlsxWriter],
    ["in-memory", inMemoryXlsxWriter],
    ["streaming", streamingXlsxWriter],
  ])("the consolidated workbook (%s writer) opens too", async (name, writer) => {
    const files = [{ name: "so-1.xlsx", data: new Uint8Array(readFileSync(join(dir, "so-1.xlsx"))) }];
    const out = await consolidateFiles(catalog, files, { period: "2024-Q2", now: "2024-06-20T00:00:00Z", writer });
    if (!out.ok) throw new Error(out.error.vi);
    writeFileSync(join(dir, `tong-hop-${name}.xlsx`), out.xlsx);
    soffice(dir, ["--convert-to", CSV_FILTER, "--outdir", join(dir, "csv"), `tong-hop-${name}.xlsx`]);
    const rows = csvRows(readFileSync(join(dir, "csv", `tong-hop-${name}.csv`), "utf8"));
    expect(rows[3][0]).toContain("BIỂU TỔNG HỢP");
    const row1 = rows.find((r) => r.includes(T1))!;
    expect(row1).toContain(formatViNumber(15295.5));
    expect(row1).toContain("Sở Ngành Số 1");
  });
});
