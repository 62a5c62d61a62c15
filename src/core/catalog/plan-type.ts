/**
 * The kinds of document a plan is (Kế hoạch, Nghị quyết, Chương trình hành động, …): the type a
 * title begins with, and whether a title already names its type near its head ("Chỉ tiêu kế hoạch
 * năm 2026"), so that it is not given a second one ("Kế hoạch chỉ tiêu kế hoạch …").
 */
import { fold } from "../text/normalize";

/** Folded head words and the type as written; longer first ("chương trình hành động" before "chương trình"). */
export const PLAN_TYPES: readonly [RegExp, string][] = [
  [/^chuong trinh hanh dong\b/, "Chương trình hành động"],
  [/^ke hoach\b/, "Kế hoạch"],
  [/^bao cao\b/, "Báo cáo"],
  [/^chuong trinh\b/, "Chương trình"],
  [/^nghi quyet\b/, "Nghị quyết"],
  [/^de an\b/, "Đề án"],
  [/^quyet dinh\b/, "Quyết định"],
  [/^chi thi\b/, "Chỉ thị"],
];

/** Words of a title's head in which a type word names the document ("Biểu giao chỉ tiêu kế hoạch …"). */
const HEAD_WORDS = 8;

/** The type a folded text begins with: "ke hoach phat trien …" → "Kế hoạch". */
export function planTypeAtStart(folded: string): string | undefined {
  return PLAN_TYPES.find(([re]) => re.test(folded))?.[1];
}

/**
 * The type a title names in its head, or undefined: "Chỉ tiêu kế hoạch năm 2026" → "Kế hoạch"; not a
 * document the plan carries out ("Thực hiện Nghị quyết số 01" names no type of its own). `only`: look for that type alone.
 */
export function planTypeInTitle(title: string, only?: string): string | undefined {
  const words = fold(title).replace(/^[^a-z]+/, "").split(" ");
  for (let i = 0; i < Math.min(HEAD_WORDS, words.length); i++) {
    if (i > 0 && /^(?:hien|khai|ve|voi|tai|va)$/.test(words[i - 1])) continue;
    const type = planTypeAtStart(words.slice(i).join(" "));
    if (type && (only === undefined || fold(only) === fold(type))) return type;
  }
  return undefined;
}
