/** `--words FILE.json` of `kehoach annex` and `kehoach consolidate`: the configured words reach the formulas, the colours and the summary; bad files are refused naming the field. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { annexCommand } from "../../src/cli/annex";
import { consolidateCommand } from "../../src/cli/consolidate";
import { readWorkbookFile } from "../../src/xlsx/read";
import { syntheticCatalogFile } from "../core/annex/synthetic";
import { runCommand } from "./run-cli";

const run = runCommand;

const dir = mkdtempSync(join(tmpdir(), "kehoach-cli-words-"));
const catalogPath = join(dir, "catalog.json");
writeFileSync(catalogPath, JSON.stringify(syntheticCatalogFile({ agencies: 2, targetsPerAgency: 3 })));
const wordsFile = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const base = ["--plan", "tinh-x-2024", "--agency", "so-1", "--period", "2024-Q2", "--catalog", catalogPath];

test("the configured words are in the status formulas and the traffic-light rules of the annex", async () => {
  const words = wordsFile("words.json", JSON.stringify({ onTrack: "Bảo đảm tiến độ", atRisk: "Cần cố gắng", offTrack: "Chậm so với tiến độ" }));
  const out = join(dir, "so-1.xlsx");
  const r = await run(annexCommand, [...base, "--words", words, "--out", out]);
  expect(r.code).toBe(0);
  const zip = await JSZip.loadAsync(readFileSync(out));
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  const formulas = [...sheet.matchAll(/<f[^>]*>([^<]*)<\/f>/g)].map((m) => m[1]).join("\n");
  expect(formulas).toContain("Bảo đảm tiến độ");
  expect(formulas).toContain("Chậm so với tiến độ");
  expect(formulas).not.toContain("Đúng tiến độ");
  const rules = sheet.slice(sheet.indexOf("<conditionalFormatting"));
  expect(rules).toContain("Cần cố gắng");
  expect(rules).not.toContain("Có nguy cơ");
});

test("a words file saved by Notepad as UTF-16 with its byte-order mark is read like UTF-8", async () => {
  const path = join(dir, "utf16.json");
  const text = JSON.stringify({ atRisk: "Cần cố gắng" });
  writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
  const out = join(dir, "utf16.xlsx");
  const r = await run(annexCommand, [...base, "--words", path, "--out", out]);
  expect(r.code).toBe(0);
  const sheet = await (await JSZip.loadAsync(readFileSync(out))).file("xl/worksheets/sheet1.xml")!.async("string");
  expect(sheet).toContain("Cần cố gắng");
});

test("a words file that is not JSON, names an unknown field, or gives two lights one word is refused, naming the field", async () => {
  const cases: [string, string, RegExp][] = [
    ["broken.json", "{onTrack: Đúng", /Tệp từ đánh giá broken\.json: JSON sai cú pháp.*Ví dụ đúng: \{/],
    ["unknown.json", JSON.stringify({ onTrak: "Tốt" }), /Tệp unknown\.json: không có trường "onTrak"; các trường dùng được: exceeded, achieved, missed, onTrack, atRisk, offTrack/],
    ["long.json", JSON.stringify({ atRisk: "x".repeat(41) }), /Tệp long\.json: trường "atRisk" \(Có nguy cơ: trong năm, có nguy cơ\): phải là chữ, từ 1 đến 40 ký tự/],
    ["clash.json", JSON.stringify({ missed: "Đạt" }), /trường "achieved" .* và trường "missed" .* cùng là "Đạt"/],
  ];
  for (const [name, content, message] of cases) {
    const r = await run(annexCommand, [...base, "--words", wordsFile(name, content), "--out", join(dir, `${name}.xlsx`)]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/Unexpected token|SyntaxError|ZodError/);
  }
});

test("consolidation with --words: the summary names statuses with them, and names the plan by its title", async () => {
  const words = wordsFile("report-words.json", JSON.stringify({ achieved: "Hoàn thành", offTrack: "Chậm" }));
  const annex = join(dir, "so-1-for-report.xlsx");
  expect((await run(annexCommand, [...base, "--out", annex])).code).toBe(0);
  const out = join(dir, "report.xlsx");
  const r = await run(consolidateCommand, [annex, "--catalog", catalogPath, "--period", "2024-Q2", "--words", words, "--out", out]);
  expect(r.err).not.toMatch(/trường/);
  const read = await readWorkbookFile({ name: "report.xlsx", data: new Uint8Array(readFileSync(out)) });
  if (!read.ok) throw new Error(read.reason.vi);
  const summary = read.sheets.find((s) => s.name === "Tóm tắt")!;
  const header = summary.rows.find((row) => row[0] === "Nhóm chỉ tiêu / cơ quan chủ trì")!;
  expect(header.slice(1, 6)).toEqual(["Hoàn thành", "Đúng tiến độ", "Có nguy cơ", "Chậm", "Chưa có số liệu"]);
  const lines = summary.rows.slice(0, 4).map((row) => String(row[0] ?? ""));
  expect(lines.some((l) => l.startsWith("Kế hoạch thực hiện các chỉ tiêu phát triển kinh tế – xã hội năm 2024 — Quý II"))).toBe(true);
  expect(lines.join("\n")).not.toContain("tinh-x-2024");
});
