/** `--words FILE.json` of `annex` and `consolidate`: the evaluation words, read and checked by the core's rule, errors naming the field. */
import { basename, resolve } from "node:path";
import { parseEvaluationWords, WORD_FIELDS, DEFAULT_WORDS, type WordChoice } from "../core/annex";
import type { Lang } from "../core/messages";
import { readJsonFile } from "../node/catalog-files";
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
  const read = readJsonFile(full);
  if (!read.ok) {
    const { vi, en } = read.problem.message;
    tell(lang, `Tệp từ đánh giá ${name}: ${vi}. Ví dụ đúng: ${EXAMPLE}`, `Evaluation words file ${name}: ${en}. For example: ${EXAMPLE}`);
    return null;
  }
  const parsed = parseEvaluationWords(read.input.data, { vi: `Tệp ${name}`, en: `File ${name}` });
  if (!parsed.ok) {
    tell(lang, parsed.error);
    return null;
  }
  return parsed.words;
}
