/**
 * The evaluation words a user may configure (issue 12 §3): at year end "Vượt", "Đạt", "Không đạt";
 * within the year "Đúng tiến độ", "Có nguy cơ", "Chậm tiến độ". One check for the CLI's --words file
 * and the pane's settings, with errors that name the field in plain Vietnamese.
 */
import { z } from "zod";
import type { Bilingual } from "../messages";
import { DEFAULT_WORDS, WORD_TONES, type EvaluationWords } from "./formulas";

/** The words with a traffic light (`WORD_TONES`). */
export type ConfigurableWord = keyof typeof WORD_TONES;

/** The configurable words, in the order a user reads them, with what each one means. */
export const WORD_FIELDS: readonly { key: ConfigurableWord; meaning: Bilingual }[] = [
  { key: "exceeded", meaning: { vi: "cuối năm, vượt chỉ tiêu", en: "year end, beyond the target" } },
  { key: "achieved", meaning: { vi: "cuối năm, đạt chỉ tiêu", en: "year end, target reached" } },
  { key: "missed", meaning: { vi: "cuối năm, không đạt", en: "year end, not reached" } },
  { key: "onTrack", meaning: { vi: "trong năm, đúng tiến độ", en: "within the year, on track" } },
  { key: "atRisk", meaning: { vi: "trong năm, có nguy cơ", en: "within the year, at risk" } },
  { key: "offTrack", meaning: { vi: "trong năm, chậm tiến độ", en: "within the year, off track" } },
];

export const MAX_WORD_LENGTH = 40;


const Word = z.string().trim().min(1).max(MAX_WORD_LENGTH).regex(/^[^\r\n"]*$/);
const WordsSchema = z.strictObject(Object.fromEntries(WORD_FIELDS.map((f) => [f.key, Word.optional()])) as Record<ConfigurableWord, z.ZodOptional<typeof Word>>);

export type WordChoice = Partial<Pick<EvaluationWords, ConfigurableWord>>;
export type WordsParse = { ok: true; words: WordChoice } | { ok: false; error: Bilingual };

const fieldText = (key: string): Bilingual => {
  const f = WORD_FIELDS.find((w) => w.key === key);
  return f ? { vi: `"${key}" (${DEFAULT_WORDS[f.key]}: ${f.meaning.vi})`, en: `"${key}" (${DEFAULT_WORDS[f.key]}: ${f.meaning.en})` } : { vi: `"${key}"`, en: `"${key}"` };
};

/**
 * Check evaluation words (parsed JSON or the pane's fields). `where` names the source ("tệp words.json").
 * Words of different lights may not be the same, or the traffic light could not tell them apart.
 */
export function parseEvaluationWords(input: unknown, where: Bilingual): WordsParse {
  const fail = (vi: string, en: string): WordsParse => ({ ok: false, error: { vi: `${where.vi}: ${vi}`, en: `${where.en}: ${en}` } });
  const known = WORD_FIELDS.map((f) => f.key).join(", ");
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return fail(`phải là một đối tượng JSON dạng {"onTrack": "Đúng tiến độ", …}; các trường: ${known}`, `must be a JSON object such as {"onTrack": "Đúng tiến độ", …}; fields: ${known}`);
  }
  const parsed = WordsSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue.code === "unrecognized_keys") {
      return fail(`không có trường "${issue.keys[0]}"; các trường dùng được: ${known}`, `no field "${issue.keys[0]}"; the fields are: ${known}`);
    }
    const field = fieldText(String(issue.path[0] ?? ""));
    return fail(
      `trường ${field.vi}: phải là chữ, từ 1 đến ${MAX_WORD_LENGTH} ký tự, trên một dòng, không có dấu ngoặc kép`,
      `field ${field.en}: must be text of 1 to ${MAX_WORD_LENGTH} characters, on one line, without double quotes`,
    );
  }
  const words = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) as WordChoice;
  const all = { ...DEFAULT_WORDS, ...words };
  for (const [i, a] of WORD_FIELDS.entries()) {
    for (const b of WORD_FIELDS.slice(i + 1)) {
      if (all[a.key].toLocaleLowerCase("vi") === all[b.key].toLocaleLowerCase("vi") && WORD_TONES[a.key] !== WORD_TONES[b.key]) {
        const [fa, fb] = [fieldText(a.key), fieldText(b.key)];
        return fail(
          `trường ${fa.vi} và trường ${fb.vi} cùng là "${all[a.key]}" nhưng được tô màu khác nhau (xanh, vàng, đỏ): hãy dùng hai từ khác nhau`,
          `fields ${fa.en} and ${fb.en} are both "${all[a.key]}" but take different colours: use two different words`,
        );
      }
    }
  }
  return { ok: true, words };
}
