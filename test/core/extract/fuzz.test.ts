/** The extractor never throws, whatever text it is given, and what it returns always validates. */
import fc from "fast-check";
import { parseTargetRecords } from "../../../src/core/catalog/load";
import { extractTargets } from "../../../src/core/extract";

const pieces = ["Tỷ lệ", " hộ nghèo", " đạt ", " khoảng ", " trên ", "15-16", "%/năm", "%", " (trong đó ", ")", "; ", ", ", ". ", "\n", "(1) ", "- ", "II. MỤC TIÊU\n", "năm 2030", " 8/9 huyện", " 640 nghìn tỷ đồng", "03 ", "¹", "<sup>2</sup>", "Ty 1é", " giảm ", "tăng bình quân", "Phần thứ nhất\nĐÁNH GIÁ\n", "1.1. Sở Y tế: ", " từ 90% trở lên", "(", ":", "0,85", "1.234,5"];

test("random text never makes the extractor throw", () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 400 }), (text) => {
      const result = extractTargets(text, { file: "fuzz.txt", plan: "fuzz" });
      expect(parseTargetRecords("fuzz.txt", JSON.parse(JSON.stringify(result.targets))).ok).toBe(true);
    }),
    { numRuns: 300, seed: 20241122 },
  );
});

test("plan-like random text yields only valid records", () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.string({ maxLength: 40 }), (parts, noise) => {
      const text = `KẾ HOẠCH năm 2025\n${parts.join("")}${noise}`;
      const result = extractTargets(text, { file: "fuzz.txt", plan: "fuzz" });
      const parsed = parseTargetRecords("fuzz.txt", JSON.parse(JSON.stringify(result.targets)));
      expect(parsed.ok).toBe(true);
      const lines = text.split(/\r\n|\r|\n/);
      for (const t of result.targets) expect(lines[t.source.line - 1]).toContain(t.source.text);
    }),
    { numRuns: 400, seed: 7 },
  );
});
