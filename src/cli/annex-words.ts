/** `--words FILE.json` of `annex` and `consolidate`: the evaluation words, read and checked by the core's rule, errors naming the field. */
import { existsSync, readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { parseEvaluationWords, WORD_FIELDS, DEFAULT_WORDS, type WordChoice } from "../core/annex";
import type { Lang } from "../core/messages";
import type { OptionDocs } from "./common";
import { tell } from "./common";

const EXAMPLE = `{${WORD_FIELDS.slice(3, 5).map((f) => `"${f.key}": "${DEFAULT_WORDS[f.key]}"`).join(", ")}}`;

export const WORDS_OPTION: OptionDocs[string] = {
  type: "string",
  value: { vi: "TỆP.json", en: "FILE.json" },
  text: {
    vi: `từ đánh giá thay cho từ mặc định, ví dụ ${EXAMPLE}; các trường: ${WORD_FIELDS.map((f) => `${f.key} (${DEFAULT_WORDS[f.key]})`).join(", ")}`,
    en: `evaluation words replacing the defaults, e.g. ${EXAMPLE}; fields: ${WORD_FIELDS.map((f) => `${f.key} (${DEFAULT_WORDS[f.key]})`).join(", ")}`,
  },
};

/** The words of the file, or null after saying what is wrong (file, field) in the user's language. */
export function readWordsFile(path: string, lang: Lang): WordChoice | null {
  const full = resolve(path);
  const name = basename(full);
  if (!existsSync(full)) {
    tell(lang, `Không tìm thấy tệp từ đánh giá: ${full}`, `Evaluation words file not found: ${full}`);
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(full, "utf8").replace(/^\uFEFF/, ""));
  } catch {
    tell(lang, `Tệp ${name} không phải JSON hợp lệ; ví dụ đúng: ${EXAMPLE}`, `File ${name} is not valid JSON; for example: ${EXAMPLE}`);
    return null;
  }
  const parsed = parseEvaluationWords(json, { vi: `Tệp ${name}`, en: `File ${name}` });
  if (!parsed.ok) {
    tell(lang, parsed.error);
    return null;
  }
  return parsed.words;
}
