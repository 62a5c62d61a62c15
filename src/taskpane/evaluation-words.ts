/** The evaluation words the user chose in the pane, kept in the browser's storage and checked by the core's rule on every read. */
import { parseEvaluationWords, type WordChoice } from "../core/annex";

const KEY = "kehoach.evaluationWords";
export const WORDS_SOURCE = { vi: "Từ đánh giá", en: "Evaluation words" } as const;

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** The saved words; none (the official defaults) when nothing valid was saved. */
export function savedWords(): WordChoice {
  const text = storage()?.getItem(KEY);
  if (!text) return {};
  try {
    const parsed = parseEvaluationWords(JSON.parse(text), WORDS_SOURCE);
    return parsed.ok ? parsed.words : {};
  } catch {
    return {};
  }
}

export function saveWords(words: WordChoice): void {
  const store = storage();
  if (!store) return;
  if (Object.keys(words).length) store.setItem(KEY, JSON.stringify(words));
  else store.removeItem(KEY);
}
