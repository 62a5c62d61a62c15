/** `kehoach catalog export|import`: a plan to a review workbook and back, as a user runs it. */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { kehoach } from "./run-cli";
import { CatalogSchema } from "../../src/core/catalog/schema";

describe("kehoach catalog export / import", () => {
  const dir = mkdtempSync(join(tmpdir(), "kehoach-catalog-"));

  test("export then import gives back the seed catalog (schema defaults filled in)", () => {
    const xlsx = join(dir, "bg-nq96.xlsx");
    const json = join(dir, "bg-nq96.json");
    const exported = kehoach(["catalog", "export", "--plan", "bg-nq96", "--out", xlsx]);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toMatch(/35 chỉ tiêu, 29 cơ quan, 88 nhiệm vụ/);
    const imported = kehoach(["catalog", "import", xlsx, "--out", json]);
    expect(imported.code).toBe(0);
    expect(JSON.parse(readFileSync(json, "utf8"))).toEqual(CatalogSchema.parse(JSON.parse(readFileSync(join(__dirname, "../../seeds/bg-nq96.json"), "utf8"))));
  });

  test("an unknown plan names the plans there are; import refuses to write over its input", () => {
    const unknown = kehoach(["catalog", "export", "--plan", "khong-co", "--out", join(dir, "x.xlsx")]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("bg-nq96");
    const same = kehoach(["catalog", "import", join(dir, "x.json"), "--out", join(dir, "x.json")]);
    expect(same.code).not.toBe(0);
  });
});
