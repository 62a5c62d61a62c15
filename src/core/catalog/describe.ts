/** A target as a person writes it: "khoảng 15–16%", "trên 90%", "giảm 1–1,5%/năm". */
import type { Plan, Target } from "./schema";
import { fold, lowerFirst } from "../text/normalize";
import { formatNumber, formatRange } from "../numbers/format";
import { say, type Lang } from "../messages";
import { planTypeInTitle } from "./plan-type";

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

/** "Kế hoạch thực hiện …": the plan's type before its title, unless the title already names it ("Chỉ tiêu kế hoạch năm 2026"). */
export function planTitle(plan: Pick<Plan, "type" | "title"> & { titleEn?: string }, lang: Lang = "vi"): string {
  const named = fold(plan.title).startsWith(fold(plan.type)) || planTypeInTitle(plan.title, plan.type) !== undefined;
  const vi = named ? plan.title : `${plan.type} ${lowerFirst(plan.title)}`;
  return say({ vi, en: plan.titleEn || vi }, lang);
}
