/**
 * The kinds of document a plan is (Kế hoạch, Nghị quyết, Chương trình hành động, …): the type a
 * title begins with, and whether a title already names its type near its head ("Chỉ tiêu kế hoạch
 * năm 2026"), so that it is not given a second one ("Kế hoạch chỉ tiêu kế hoạch …").
 */
import { titleNamesType } from "./describe";

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

/** The type a folded text begins with: "ke hoach phat trien …" → "Kế hoạch". */
export function planTypeAtStart(folded: string): string | undefined {
  return PLAN_TYPES.find(([re]) => re.test(folded))?.[1];
}

/** The type a title names in its head ("Chỉ tiêu kế hoạch năm 2026" → "Kế hoạch"), as planTitle reads it; else undefined. */
export function planTypeInTitle(title: string): string | undefined {
  return PLAN_TYPES.find(([, type]) => titleNamesType(title, type))?.[1];
}
