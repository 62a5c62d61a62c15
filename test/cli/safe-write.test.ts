/** Every command's --out: never over an input, never over a file without --force, never half written. */
import { mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { annexCommand } from "../../src/cli/annex";
import { consolidateCommand } from "../../src/cli/consolidate";
import { extractCommand } from "../../src/cli/extract";
import { writeAtomically } from "../../src/node/safe-write";
import { runCommand } from "./run-cli";

const PLAN = "qn-cds-2024";
const AGENCY = "qn.so-thong-tin-va-truyen-thong";
const dir = mkdtempSync(join(tmpdir(), "kehoach-safe-write-"));

const run = runCommand;

const annexArgs = (out: string, ...more: string[]) => ["--plan", PLAN, "--agency", AGENCY, "--period", "2024-Q2", "--out", out, ...more];

describe("--out never replaces a file silently", () => {
  test("annex refuses an existing file without --force, and replaces it with --force", async () => {
    const out = join(dir, "filled.xlsx");
    writeFileSync(out, "an agency's filled annex");
    const refused = await run(annexCommand, annexArgs(out));
    expect(refused.code).not.toBe(0);
    expect(refused.err).toContain("đã có");
    expect(refused.err).toContain("--force");
    expect(readFileSync(out, "utf8")).toBe("an agency's filled annex");

    const forced = await run(annexCommand, annexArgs(out, "--force"));
    expect(forced.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString("latin1")).toBe("PK");
  });

  test("consolidate refuses to write its report over one of the annexes it reads, even with --force", async () => {
    const annex = join(dir, "so-tttt.xlsx");
    expect((await run(annexCommand, annexArgs(annex))).code).toBe(0);
    const before = readFileSync(annex);
    const r = await run(consolidateCommand, [annex, "--period", "2024-Q2", "--out", annex, "--force"]);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain("cũng là tệp đầu vào");
    expect(readFileSync(annex).equals(before)).toBe(true);

    // The same file reached through a link is the same input.
    const link = join(dir, "link.xlsx");
    symlinkSync(annex, link);
    const viaLink = await run(consolidateCommand, [annex, "--period", "2024-Q2", "--out", link, "--force"]);
    expect(viaLink.err).toContain("cũng là tệp đầu vào");
    expect(readFileSync(annex).equals(before)).toBe(true);
  });

  test("extract --out never overwrites the source document", async () => {
    const source = join(dir, "plan.txt");
    const text = "MỤC TIÊU\n1. Tỷ lệ che phủ rừng đạt 42% vào năm 2026.\n";
    writeFileSync(source, text);
    const r = await run(extractCommand, [source, "--out", source, "--force"]);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain("cũng là tệp đầu vào");
    expect(readFileSync(source, "utf8")).toBe(text);
  });

  test("a missing output folder is one line saying what to do, not a stack trace", async () => {
    const r = await run(annexCommand, annexArgs(join(dir, "khong-co", "x.xlsx")));
    expect(r.code).not.toBe(0);
    expect(r.err).toContain("không tồn tại");
    expect(r.err).toContain("mkdir");
    expect(r.err).not.toMatch(/ENOENT|at .*\(/);
  });
});

describe("writes are atomic", () => {
  test("a disk that fills up mid-write leaves the previous file whole and no partial file", () => {
    const path = join(dir, "report.xlsx");
    writeFileSync(path, "previous report");
    let calls = 0;
    const fullDisk = {
      write(fd: number, data: Uint8Array, offset: number) {
        if (++calls > 1) throw Object.assign(new Error("no space"), { code: "ENOSPC" });
        return require("node:fs").writeSync(fd, data, offset, 10);
      },
    };
    const r = writeAtomically(path, "x".repeat(1000), fullDisk);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.vi).toContain("Ổ đĩa đã đầy");
    expect(readFileSync(path, "utf8")).toBe("previous report");
    expect(readdirSync(dir).filter((f) => f.includes("report.xlsx"))).toEqual(["report.xlsx"]);
  });

  test("a successful write replaces the file in one step", () => {
    const path = join(dir, "catalog.json");
    writeFileSync(path, "old");
    expect(writeAtomically(path, "new").ok).toBe(true);
    expect(readFileSync(path, "utf8")).toBe("new");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
