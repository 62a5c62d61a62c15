/**
 * The fast reader inflates with fflate everywhere and with zlib in Node (installed by the CLI's
 * file adapter): both must read an annex to the same grids, and both must refuse an entry that
 * inflates to more or fewer bytes than the zip declares (a lying zip, possibly a bomb).
 */
import { strToU8, zipSync } from "fflate";
import { buildAnnex } from "../../src/core/annex/build";
import { annexToXlsx } from "../../src/xlsx/annex-xlsx";
import { readWorkbookFile } from "../../src/xlsx/read";
import { useRawInflater } from "../../src/xlsx/read-zip";
import { zlibInflater as zlib } from "../../src/node/read-annexes";
import { syntheticCatalog } from "../core/annex/synthetic";
import { declare } from "../support/zip";

const parts = (workbook: Uint8Array) => ({ "[Content_Types].xml": strToU8("<Types/>"), "xl/workbook.xml": workbook });

async function annex(): Promise<Uint8Array> {
  const catalog = syntheticCatalog({ agencies: 2, targetsPerAgency: 20 });
  const built = buildAnnex(catalog, { plan: "tinh-x-2024", agency: "so-1", period: "2024-Q2", generatedAt: "2024-06-10T02:00:00.000Z", actuals: new Map([["tinh-x-2024.t0001", { actual: 15295.5 }]]) });
  if (!built.ok) throw new Error(built.error.vi);
  return annexToXlsx(built.annex);
}

afterAll(() => useRawInflater(null));

test("an annex reads to the same grids with fflate and with zlib", async () => {
  const bytes = await annex();
  useRawInflater(null);
  const viaFflate = await readWorkbookFile({ name: "so-1.xlsx", data: bytes });
  useRawInflater(zlib);
  const viaZlib = await readWorkbookFile({ name: "so-1.xlsx", data: bytes });
  expect(viaFflate.ok).toBe(true);
  expect(viaZlib).toEqual(viaFflate);
});

describe.each([
  ["fflate", null],
  ["zlib", zlib],
])("with %s, an entry that is not the size its zip declares is refused", (_name, inflater) => {
  beforeAll(() => useRawInflater(inflater));
  // The workbook part is the first the reader inflates.
  const workbook = strToU8(`<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><!--${"lời chú ".repeat(40_000)}--></workbook>`);

  test.each([
    ["more bytes than declared (a bomb declaring little)", 100],
    ["fewer bytes than declared", workbook.length + 5],
    ["one byte more than declared", workbook.length - 1],
  ])("%s", async (_what, declared) => {
    const zip = declare(zipSync(parts(workbook)), "xl/workbook.xml", declared);
    const read = await readWorkbookFile({ name: "x.xlsx", data: zip });
    expect(!read.ok && read.reason.vi).toContain("khai sai kích thước");
  });
});
