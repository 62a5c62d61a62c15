/** `kehoach import-table`: a table file to a catalog that validates, a question answered with --columns. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { kehoach } from "./run-cli";
import { HEALTH_CSV } from "../fixtures/tables/shapes";

describe("kehoach import-table", () => {
  const dir = mkdtempSync(join(tmpdir(), "kehoach-table-"));

  test("a .csv list becomes a catalog that `validate` accepts", () => {
    const csv = join(dir, "y-te.csv");
    writeFileSync(csv, HEALTH_CSV);
    const out = join(dir, "y-te.json");
    const run = kehoach(["import-table", csv, "--out", out, "--issuer", "UBND tỉnh Quảng Trị"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("6 chỉ tiêu");
    expect(kehoach(["validate", out]).code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).agencies[0].name).toBe("UBND tỉnh Quảng Trị");
  });

  test("unclear columns: the question lists them and exits 3; --columns answers it", () => {
    const csv = join(dir, "hai-cot.csv");
    writeFileSync(csv, "TT;Chỉ tiêu;ĐVT;Kế hoạch 2026 tỉnh giao;Kế hoạch 2026 phấn đấu\n1;Số doanh nghiệp thành lập mới;Doanh nghiệp;500;550\n");
    const asked = kehoach(["import-table", csv, "--out", join(dir, "a.json"), "--en"]);
    expect(asked.code).toBe(3);
    expect(asked.stderr).toContain("D “Kế hoạch 2026 tỉnh giao”");
    const answered = kehoach(["import-table", csv, "--out", join(dir, "a.json"), "--columns", "plan=E"]);
    expect(answered.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "a.json"), "utf8")).targets[0].value).toBe(550);
  });

  test("a table with one column per ward: explains, suggests --columns units=…, and the answer builds a target per ward", () => {
    const csv = join(dir, "phuong.csv");
    writeFileSync(csv, "STT,Chỉ tiêu,ĐVT,KH 2026 toàn tỉnh,Phường Bắc Sơn,Phường Nam Sơn\n1,Số lao động được tạo việc làm mới,Người,2000,450,400\n");
    const out = join(dir, "phuong.json");
    const asked = kehoach(["import-table", csv, "--out", out]);
    expect(asked.code).toBe(3);
    expect(asked.stderr).toContain("từng xã, phường hoặc cơ quan");
    expect(asked.stderr).toContain("--columns units=E-F");
    const answered = kehoach(["import-table", csv, "--out", out, "--columns", "units=E-F"]);
    expect(answered.code).toBe(0);
    const targets = JSON.parse(readFileSync(out, "utf8")).targets;
    expect(targets.map((t: { name: string; value: number }) => [t.name, t.value])).toEqual([
      ["Số lao động được tạo việc làm mới", 2000],
      ["Số lao động được tạo việc làm mới – Phường Bắc Sơn", 450],
      ["Số lao động được tạo việc làm mới – Phường Nam Sơn", 400],
    ]);
    expect(kehoach(["import-table", csv, "--out", out, "--force", "--columns", "units=none"]).code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).targets).toHaveLength(1);
  });

  test("one commune per row: explains, suggests --columns rows=B, and the answer reads each row's figures as that commune's targets", () => {
    const csv = join(dir, "theo-dong.csv");
    writeFileSync(csv, "GIAO CHỈ TIÊU NĂM 2026 CHO CÁC XÃ\nSTT;Xã;Số hộ thoát nghèo (hộ);Tỷ lệ tham gia bảo hiểm y tế (%)\n1;Xã Tân Lập;85;93\n2;Xã An Bình;40;\"Trên 90\"\n");
    const out = join(dir, "theo-dong.json");
    const asked = kehoach(["import-table", csv, "--out", out]);
    expect(asked.code).toBe(3);
    expect(asked.stderr).toContain("Mỗi dòng của bảng có vẻ là một xã");
    expect(asked.stderr).toContain("--columns rows=B");
    expect(kehoach(["import-table", csv, "--out", out, "--columns", "rows=B"]).code).toBe(0);
    const targets = JSON.parse(readFileSync(out, "utf8")).targets;
    expect(targets.map((t: { name: string; value: number }) => [t.name, t.value])).toEqual([
      ["Số hộ thoát nghèo – Xã Tân Lập", 85],
      ["Tỷ lệ tham gia bảo hiểm y tế – Xã Tân Lập", 93],
      ["Số hộ thoát nghèo – Xã An Bình", 40],
      ["Tỷ lệ tham gia bảo hiểm y tế – Xã An Bình", 90],
    ]);
  });
});
