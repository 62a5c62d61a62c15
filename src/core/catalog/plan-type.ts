/**
 * The kinds of document a plan is (Kế hoạch, Nghị quyết, Chương trình hành động, …): the type a
 * title begins with, and whether a title already names its type near its head ("Chỉ tiêu kế hoạch
 * năm 2026"), so that it is not given a second one ("Kế hoạch chỉ tiêu kế hoạch …").
 */
import { titleNamesType } from "./describe";

/** Folded head words and the type as written; longer first ("chương trình hành động" before "chương trình"). */
const TYPES: readonly [head: string, type: string][] = [
  ["chuong trinh hanh dong", "Chương trình hành động"],
  ["ke hoach", "Kế hoạch"],
  ["bao cao", "Báo cáo"],
  ["chuong trinh", "Chương trình"],
  ["nghi quyet", "Nghị quyết"],
  ["de an", "Đề án"],
  ["quyet dinh", "Quyết định"],
  ["chi thi", "Chỉ thị"],
];

/** Any type's head words, for a regex: "(?:chuong trinh hanh dong|ke hoach|…)". Folded. */
export const PLAN_TYPE_WORDS = `(?:${TYPES.map(([head]) => head).join("|")})`;

export const PLAN_TYPES: readonly [RegExp, string][] = TYPES.map(([head, type]) => [new RegExp(`^${head}\\b`), type]);

/** The type a folded text begins with: "ke hoach phat trien …" → "Kế hoạch". */
export function planTypeAtStart(folded: string): string | undefined {
  return PLAN_TYPES.find(([re]) => re.test(folded))?.[1];
}

/** The type a title names in its head ("Chỉ tiêu kế hoạch năm 2026" → "Kế hoạch"), as planTitle reads it; else undefined. */
export function planTypeInTitle(title: string): string | undefined {
  return PLAN_TYPES.find(([, type]) => titleNamesType(title, type))?.[1];
}
