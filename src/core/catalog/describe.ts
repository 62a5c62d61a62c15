/** A target as a person writes it: "khoảng 15–16%", "trên 90%", "giảm 1–1,5%/năm". */
import type { Plan, Target } from "./schema";
import { fold, lowerFirst } from "../text/normalize";
import { formatNumber, formatRange } from "../numbers/format";
import { say, type Lang } from "../messages";

const COMPARATOR_WORDS: Record<Target["comparator"], { vi: string; en: string }> = {
  "=": { vi: "", en: "" },
  "~": { vi: "khoảng", en: "about" },
  ">": { vi: "trên", en: "over" },
  ">=": { vi: "ít nhất", en: "at least" },
  "<": { vi: "dưới", en: "under" },
  "<=": { vi: "tối đa", en: "at most" },
};

/** The comparator in words, for a label of its own ("So sánh: ít nhất"); "=" reads "bằng". */
export function comparatorInWords(comparator: Target["comparator"], lang: Lang = "vi"): string {
  return COMPARATOR_WORDS[comparator][lang] || say({ vi: "bằng", en: "equal to" }, lang);
}

export function targetAmount(t: Pick<Target, "value" | "min" | "max">, lang: Lang = "vi"): string {
  return t.value !== undefined ? formatNumber(t.value, lang) : formatRange(t.min ?? NaN, t.max ?? NaN, lang);
}

export function describeTarget(t: Target, lang: Lang = "vi"): string {
  const amount = targetAmount(t, lang);
  const unit = t.unit === "%" ? "%" : ` ${t.unit}`;
  const yearly = t.kind === "rate" || t.kind === "change";
  const perYear = yearly ? say({ vi: "/năm", en: "/year" }, lang) : "";
  const verb = !yearly ? "" : t.direction === "decrease" ? say({ vi: "giảm ", en: "down " }, lang) : say({ vi: "tăng ", en: "up " }, lang);
  const word = COMPARATOR_WORDS[t.comparator][lang];
  return `${verb}${word ? `${word} ` : ""}${amount}${unit}${perYear}`.trim();
}

/** A target's or agency's name in the user's language: the English one where the catalog has it. */
export function nameIn(item: { name: string; nameEn?: string }, lang: Lang = "vi"): string {
  return say({ vi: item.name, en: item.nameEn || item.name }, lang);
}

/** Words of a title's head in which its type word names the document ("Biểu giao chỉ tiêu kế hoạch …"). */
const HEAD_WORDS = 8;

/**
 * Whether a title names its plan's type in its head: "Chỉ tiêu kế hoạch năm 2026" names "Kế hoạch";
 * "Thực hiện Nghị quyết số 01" only cites a resolution, it is no "Nghị quyết" itself.
 */
export function titleNamesType(title: string, type: string): boolean {
  const words = fold(title).replace(/^[^a-z]+/, "").split(" ");
  const wanted = `${fold(type)} `;
  for (let i = 0; i < Math.min(HEAD_WORDS, words.length); i++) {
    if (i > 0 && /^(?:hien|khai|ve|voi|tai|va)$/.test(words[i - 1])) continue;
    if (`${words.slice(i).join(" ")} `.startsWith(wanted)) return true;
  }
  return false;
}

/** "Kế hoạch thực hiện …": the plan's type before its title, unless the title already names it ("Chỉ tiêu kế hoạch năm 2026"). */
export function planTitle(plan: Pick<Plan, "type" | "title"> & { titleEn?: string }, lang: Lang = "vi"): string {
  const vi = titleNamesType(plan.title, plan.type) ? plan.title : `${plan.type} ${lowerFirst(plan.title)}`;
  return say({ vi, en: plan.titleEn || vi }, lang);
}
