/** `kehoach extract`: documents in (txt, docx, pdf), target records or a catalog out, clear refusals. */
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseTargetRecords } from "../../src/core/catalog/load";
import type { Target } from "../../src/core/catalog/schema";
import { readDocument } from "../../src/node/read-document";
import { kehoach, REPO } from "./run-cli";
import { docxBytes } from "../support/docx";


const dir = mkdtempSync(join(tmpdir(), "kehoach-extract-"));
const fixture = (name: string) => join(REPO, "test/fixtures/extract", name);
const PLAN_LINES = ["KẾ HOẠCH", "Bảo vệ và phát triển rừng năm 2026", "", "II. MỤC TIÊU", "", "- Tỷ lệ che phủ rừng đạt 42%.", "- Trồng mới ít nhất 1.500 ha rừng tập trung."];

async function writeDocx(path: string, paragraphs: string[]): Promise<void> {
  writeFileSync(path, await docxBytes(paragraphs));
}

/** A one-page PDF with a text layer (ASCII text in Helvetica), offsets computed so the xref is valid. */
function writePdf(path: string, lines: string[]): void {
  const content = ["BT", "/F1 11 Tf", "14 TL", "50 780 Td", ...lines.map((l) => `(${l.replace(/[()\\]/g, "\\$&")}) Tj T*`), "ET"].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(pdf));
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf);
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  writeFileSync(path, pdf, "latin1");
}

describe("kehoach extract", () => {
  test("--json prints exactly one JSON array of valid target records citing their source line", () => {
    const { stdout, code } = kehoach(["extract", fixture("sub-targets.txt"), "--json", "--plan", "nuoc-2030"]);
    expect(code).toBe(0);
    const targets = JSON.parse(stdout) as Target[];
    expect(parseTargetRecords("stdout", targets).ok).toBe(true);
    expect(targets.map((t) => t.id)).toEqual(["nuoc-2030.01", "nuoc-2030.01a", "nuoc-2030.01b", "nuoc-2030.02", "nuoc-2030.02a"]);
    const lines = readFileSync(fixture("sub-targets.txt"), "utf8").split("\n");
    for (const t of targets) expect(lines[t.source.line - 1]).toContain(t.source.text);
  });

  test("without --json prints a readable table, in Vietnamese or (--en) English", () => {
    const vi = kehoach(["extract", fixture("bounds.txt")]);
    expect(vi.code).toBe(0);
    expect(vi.stdout.split("\n")[0]).toMatch(/^mã\s+chỉ tiêu\s+mục tiêu\s+năm\s+dòng/);
    expect(vi.stdout).toContain("tối đa 3%");
    const en = kehoach(["extract", fixture("bounds.txt"), "--en"]);
    expect(en.stdout.split("\n")[0]).toMatch(/^id\s+target\s+value\s+year\s+line/);
    expect(en.stdout).toContain("at most 3%");
  });

  test("--out writes a full catalog file that kehoach validate accepts", () => {
    const out = join(dir, "task-prose.json");
    const r = kehoach(["extract", fixture("task-prose.txt"), "--out", out, "--plan", "gtvt-2025"]);
    expect(r.code).toBe(0);
    const catalog = JSON.parse(readFileSync(out, "utf8"));
    expect(catalog.plan.id).toBe("gtvt-2025");
    expect(catalog.targets.length).toBe(2);
    expect(catalog.agencies.map((a: { name: string }) => a.name)).toEqual(expect.arrayContaining(["Sở Giao thông vận tải", "Thanh tra tỉnh"]));
    expect(catalog.tasks[0].targets).toEqual(["gtvt-2025.01"]);
    const v = kehoach(["validate", out]);
    expect(v.stdout).toMatch(/^Hợp lệ: 1 kế hoạch, 2 chỉ tiêu/);
    expect(v.code).toBe(0);
  });

  test("reads .docx: lines are those of the converted text", async () => {
    const path = join(dir, "rung.docx");
    await writeDocx(path, PLAN_LINES.filter((l) => l));
    const { stdout, code } = kehoach(["extract", path, "--json"]);
    expect(code).toBe(0);
    const targets = JSON.parse(stdout) as Target[];
    expect(targets.map((t) => [t.name, t.value, t.unit, t.comparator, t.year])).toEqual([
      ["Tỷ lệ che phủ rừng", 42, "%", "=", 2026],
      ["Diện tích rừng tập trung được trồng mới", 1500, "ha", ">=", 2026],
    ]);
    const read = await readDocument(path);
    expect(read.ok).toBe(true);
    const lines = read.ok ? read.text.split("\n") : [];
    for (const t of targets) expect(lines[t.source.line - 1]).toContain(t.source.text);
  });

  test("reads .pdf with a text layer", () => {
    const path = join(dir, "plan.pdf");
    writePdf(path, ["KE HOACH phat trien nong thon nam 2025", "II. MUC TIEU", "- Ty le xa dat chuan nong thon moi dat 80%."]);
    // Spawned, not in-process: unpdf loads PDF.js by dynamic import, which Jest's VM refuses.
    const { stdout, code } = kehoach(["extract", path, "--json"]);
    expect(code).toBe(0);
    const targets = JSON.parse(stdout) as Target[];
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject({ name: "Tỷ lệ xã đạt chuẩn nông thôn mới", value: 80, unit: "%", year: 2025 });
  });

  test("empty, binary, huge and non-Vietnamese files get a clear message, never a crash", () => {
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    const binary = join(dir, "image.txt");
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3, 0, 0, 0, 255, 254]));
    const huge = join(dir, "huge.txt");
    writeFileSync(huge, "");
    truncateSync(huge, 21 * 1024 * 1024); // sparse: the size check must come before reading
    const cases: [string, RegExp, RegExp][] = [
      [empty, /trống/, /empty/],
      [binary, /nhị phân/, /binary/],
      [huge, /quá lớn/, /too large/],
      [fixture("error.english.txt"), /không phải tiếng Việt/, /not Vietnamese/],
    ];
    for (const [path, vi, en] of cases) {
      const r = kehoach(["extract", path, "--json"]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(vi);
      expect(r.stderr).not.toMatch(/at .+\.ts:\d+/); // no stack trace
      const e = kehoach(["extract", path, "--en"]);
      expect(e.stderr).toMatch(en);
    }
  });

  test("bad options are refused with the usage", () => {
    expect(kehoach(["extract"]).code).toBe(2);
    expect(kehoach(["extract", fixture("bounds.txt"), "--plan", "Không Hợp Lệ"]).code).toBe(2);
  });
});
