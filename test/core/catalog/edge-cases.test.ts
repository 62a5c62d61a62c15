/** Catalog files that are not what they seem: characters XML forbids, deep nesting, parent cycles, legacy encodings. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import fc from "fast-check";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { forbiddenCharacter } from "../../../src/core/catalog/input-checks";
import { loadCatalogs, parseTargetRecords } from "../../../src/core/catalog/load";
import { formatProblem } from "../../../src/core/catalog/problems";
import { loadCatalogFiles, SEEDS_DIR } from "../../../src/node/catalog-files";

const seed = JSON.parse(readFileSync(join(SEEDS_DIR, "qn-cds-2024.json"), "utf8"));
const copy = () => JSON.parse(JSON.stringify(seed));
const problemsOf = (data: unknown) => {
  const r = loadCatalogs([{ file: "tinh.json", data }]);
  return r.ok ? [] : r.problems.map((p) => formatProblem(p));
};

describe("text that XML (and so every .xlsx) forbids is refused when the catalog loads", () => {
  test.each([
    ["U+FFFE", "\uFFFE"],
    ["U+FFFF", "\uFFFF"],
    ["U+0007", "\u0007"],
    ["U+D800", "\uD800"],
  ])("%s in a target name is named with its file, path and position", (code, ch) => {
    const data = copy();
    data.targets[1].name = `Tỷ lệ${ch} hộ`;
    const problems = problemsOf(data);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toBe(`tinh.json › targets[1].name: có ký tự ${code} không được phép trong Excel (XML) ở vị trí 6 sau "Tỷ lệ": hãy xoá ký tự đó`);
  });

  test("tab, line breaks and real emoji (surrogate pairs) are fine", () => {
    const data = copy();
    data.targets[0].name = "Tỷ lệ\thộ\r\ndùng 📱 điện thoại";
    expect(problemsOf(data)).toEqual([]);
  });

  test("a bare array of targets (evaluate --targets) is checked the same way", () => {
    const r = parseTargetRecords("t.json", [{ ...seed.targets[0], unit: "%\uFFFF" }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatProblem(r.problems[0])).toContain("t.json › [0].unit: có ký tự U+FFFF");
  });
});

describe("structure", () => {
  test("deeply nested JSON is a listed problem, not a stack overflow", () => {
    let deep: unknown = "x";
    for (let i = 0; i < 200000; i++) deep = [deep];
    const data = copy();
    data.targets[0].source = { text: deep };
    const problems = problemsOf(data);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^tinh\.json › targets\[0\]\.source\.text(\[0\])+: dữ liệu lồng nhau quá sâu \(hơn 32 cấp\)/);
  });

  test("a parent cycle A → B → A is refused once, naming the loop", () => {
    const data = copy();
    const [a, b] = data.targets;
    a.parent = b.id;
    b.parent = a.id;
    const problems = problemsOf(data);
    expect(problems).toEqual([`tinh.json › targets[0].parent: chỉ tiêu cha lặp vòng: ${a.id} → ${b.id} → ${a.id}`]);
  });
});

describe("encodings and syntax (files on disk)", () => {
  const dir = mkdtempSync(join(tmpdir(), "kehoach-catalog-edge-"));

  test("a catalog saved in Windows-1258 is refused with what to do, not loaded as 'B�o c�o'", () => {
    const path = join(dir, "cp1258.json");
    const text = JSON.stringify(seed);
    // A legacy code page writes each letter as one byte ("á" as 0xE1), which is not valid UTF-8.
    writeFileSync(path, Buffer.from(text, "latin1"));
    const r = loadCatalogFiles([path]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatProblem(r.problems[0])).toBe("cp1258.json: tệp không phải văn bản UTF-8 (có thể được lưu bằng bảng mã cũ như Windows-1258, TCVN3 hay VNI): hãy mở tệp và lưu lại với mã UTF-8");
  });

  test("UTF-8 with a BOM, and UTF-16 with its BOM, load", () => {
    const bom = join(dir, "bom.json");
    writeFileSync(bom, `\uFEFF${JSON.stringify(seed)}`);
    expect(loadCatalogFiles([bom]).ok).toBe(true);
    const utf16 = join(dir, "utf16.json");
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(seed), "utf16le")]));
    expect(loadCatalogFiles([utf16]).ok).toBe(true);
  });

  test("broken JSON says where, in words, not the parser's text", () => {
    const path = join(dir, "broken.json");
    writeFileSync(path, '{\n  "version": "1",\n  "plan": {"id" "x"}\n}');
    const r = loadCatalogFiles([path]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(formatProblem(r.problems[0])).toBe("broken.json: JSON sai cú pháp ở dòng 3, cột 17");
      expect(formatProblem(r.problems[0], "en")).toBe("broken.json: JSON syntax error at line 3, column 17");
    }
    writeFileSync(path, '{"version": "1", "plan": {');
    const cut = loadCatalogFiles([path]);
    if (!cut.ok) expect(cut.problems[0].message.vi).toMatch(/^JSON bị cắt ngang/);
  });
});

describe("text typed in decomposed form (NFD)", () => {
  test("loads as composed text (NFC), leaving the caller's data as it was", () => {
    const data = copy();
    const decomposed = "Tỷ lệ hộ nghèo".normalize("NFD");
    data.targets[2].name = decomposed;
    const r = loadCatalogs([{ file: "tinh.json", data }]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.catalog.targets.find((t) => t.id === data.targets[2].id)?.name).toBe("Tỷ lệ hộ nghèo".normalize("NFC"));
    expect(data.targets[2].name).toBe(decomposed);
  });

  test("a bare list of target records loads as composed text too", () => {
    const target = { ...copy().targets[2], name: "Tỷ lệ hộ nghèo".normalize("NFD"), unit: "%" };
    const r = parseTargetRecords("t.json", [target]);
    expect(r.ok && r.targets[0].name).toBe("Tỷ lệ hộ nghèo".normalize("NFC"));
  });
});

describe("the check for characters XML forbids", () => {
  // The rule as first written (a regular expression); the check now looks at most text with a plain loop first.
  // eslint-disable-next-line no-control-regex
  const RULE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
  const character = fc.constantFrom("a", " ", "ạ", "Đ", "\t", "\n", "\r", "\u0000", "\u0007", "\u000b", "\u001f", "\ud83d", "\ude00", "\ud7ff", "\ue000", "\ufffd", "\ufffe", "\uffff");

  test("finds, on any text, the character the rule finds, at the same place", () => {
    fc.assert(
      fc.property(fc.array(character, { maxLength: 12 }), (chars) => {
        const text = chars.join("");
        const m = RULE.exec(text);
        expect(forbiddenCharacter(text)?.index ?? null).toBe(m ? m.index : null);
      }),
      { numRuns: 5_000, seed: 15 },
    );
  });
});
