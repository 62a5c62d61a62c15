/** Catalog problems read as plain sentences: what is wrong with which field, never zod's own "mong đợi string, nhận được undefined". */
import { loadCatalogs } from "../../../src/core/catalog/load";

const plan = { id: "thu", type: "Kế hoạch", title: "Kế hoạch thử", issuer: "UBND tỉnh", date: "2025", province: "Tỉnh Thử", sourceFile: "thu.txt" };
const target = { id: "thu.1", plan: "thu", name: "Tỷ lệ che phủ rừng", unit: "%", value: 40, comparator: "=", kind: "level", direction: "increase", year: 2025, group: "Môi trường", source: { file: "thu.txt", line: 1, text: "rừng" } };

function problems(data: unknown) {
  const result = loadCatalogs([{ file: "thu.json", data }]);
  if (result.ok) throw new Error("expected problems");
  return result.problems;
}

test("a missing field says it is missing, in Vietnamese and English, at its path", () => {
  const { name: _name, ...noName } = target;
  const found = problems({ version: "1", plan, agencies: [], targets: [noName], tasks: [] });
  const name = found.find((p) => p.path === "targets[0].name");
  expect(name?.message).toEqual({ vi: "thiếu (bắt buộc phải có)", en: "missing (required)" });
});

test("a wrong type, an unknown word and a stray field are named plainly", () => {
  const found = problems({ version: "1", plan, agencies: [], targets: [{ ...target, value: "bốn mươi", kind: "muc", extra: 1 }], tasks: [] });
  const all = found.map((p) => `${p.path}: ${p.message.vi} | ${p.message.en}`).join("\n");
  expect(all).not.toMatch(/mong đợi|nhận được|undefined|Đầu vào không hợp lệ|expected|received/i);
  expect(found.find((p) => p.path === "targets[0].kind")?.message.vi).toMatch(/^phải là một trong: “level”/);
  expect(found.some((p) => /phải là số/.test(p.message.vi))).toBe(true);
});
