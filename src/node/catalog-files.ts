/** Node adapter: read catalog JSON files from disk (seeds/ by default). */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { loadCatalogs, type CatalogInput, type LoadResult } from "../core/catalog";
import type { Problem } from "../core/catalog";
import type { Bilingual } from "../core/messages";
import { decodeUnicodeText } from "../core/text";
import { decodeBytes } from "../documents/decode";

export const SEEDS_DIR = resolve(__dirname, "../../seeds");

/** The catalog files in a folder: every *.json except the JSON Schema. */
export function catalogFilesIn(dir: string = SEEDS_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json") && !name.endsWith(".schema.json"))
    .sort()
    .map((name) => join(dir, name));
}

export function readJsonFile(path: string): { ok: true; input: CatalogInput } | { ok: false; problem: Problem } {
  const file = basename(path);
  if (!existsSync(path)) {
    return { ok: false, problem: { file, path: "", message: { vi: `không tìm thấy tệp ${path}`, en: `file not found: ${path}` } } };
  }
  const text = decodeUnicodeText(readFileSync(path), decodeBytes);
  if (text === null) {
    return {
      ok: false,
      problem: {
        file,
        path: "",
        message: {
          vi: "tệp không phải văn bản UTF-8 (có thể được lưu bằng bảng mã cũ như Windows-1258, TCVN3 hay VNI): hãy mở tệp và lưu lại với mã UTF-8",
          en: "the file is not UTF-8 text (perhaps saved in a legacy encoding such as Windows-1258, TCVN3 or VNI): open it and save it again as UTF-8",
        },
      },
    };
  }
  try {
    return { ok: true, input: { file, data: JSON.parse(text) } };
  } catch (e) {
    return { ok: false, problem: { file, path: "", message: jsonSyntaxMessage(text, e) } };
  }
}

/** Where the JSON breaks, in words (line and column when the parser says where), never the parser's text. */
function jsonSyntaxMessage(text: string, error: unknown): Bilingual {
  const message = String((error as Error)?.message ?? "");
  const position = /position (\d+)/.exec(message);
  if (/end of JSON input/i.test(message) || (position && Number(position[1]) >= text.trimEnd().length)) {
    return { vi: "JSON bị cắt ngang: tệp kết thúc giữa chừng (thiếu dấu đóng ] hoặc })", en: "truncated JSON: the file ends midway (a closing ] or } is missing)" };
  }
  if (!position) {
    const token = /Unexpected token '(.)'/.exec(message)?.[1];
    const what = token ? { vi: ` ở ký tự '${token}'`, en: ` at the character '${token}'` } : { vi: "", en: "" };
    return { vi: `JSON sai cú pháp${what.vi} (thiếu dấu phẩy, ngoặc hoặc ngoặc kép?)`, en: `JSON syntax error${what.en} (a missing comma, bracket or quote?)` };
  }
  const before = text.slice(0, Number(position[1])).split("\n");
  const line = before.length;
  const column = before[before.length - 1].length + 1;
  return { vi: `JSON sai cú pháp ở dòng ${line}, cột ${column}`, en: `JSON syntax error at line ${line}, column ${column}` };
}

export function loadCatalogFiles(paths: string[] = catalogFilesIn()): LoadResult {
  const inputs: CatalogInput[] = [];
  const problems: Problem[] = [];
  for (const path of paths) {
    const read = readJsonFile(path);
    if (read.ok) inputs.push(read.input);
    else problems.push(read.problem);
  }
  const result = loadCatalogs(inputs);
  if (problems.length === 0) return result;
  return { ok: false, problems: [...problems, ...(result.ok ? [] : result.problems)] };
}
