/**
 * The imported plan's title and type from the lines above a table: the line that says what the
 * table is ("BIỂU GIAO CHỈ TIÊU KẾ HOẠCH NĂM 2026"), not the issuer, the national motto, "Phụ lục I"
 * or "(Kèm theo Nghị quyết …)"; its type is the one the title names, so it is never given a second.
 */
import type { Plan } from "../catalog/schema";
import { planTypeInTitle } from "../catalog/plan-type";
import { sentenceFromCapitals } from "../text/case";
import { fold } from "../text/normalize";

/** Lines that head a page, not a table: the issuer, the motto, a number or a place and date. */
const PAGE_HEAD = /^(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd|tinh uy|cong hoa xa hoi|doc lap|so:|so \d|.{0,30}, ngay \d)/;
const LABEL_ONLY = /^(?:phụ\s+lục|biểu(?:\s+số)?|mẫu(?:\s+số)?)\s*[\p{L}\d.\-/]{0,8}$/iu;

export function planHead(titleLines: readonly string[], file: string): Pick<Plan, "type" | "title"> {
  const lines = titleLines.filter((t) => t.length >= 5 && !LABEL_ONLY.test(t) && !t.startsWith("(") && !PAGE_HEAD.test(fold(t)));
  const saying = lines.find((t) => planTypeInTitle(t) !== undefined || /chi tieu|giao/.test(fold(t))) ?? lines[0];
  const title = saying ? sentenceFromCapitals(saying).slice(0, 400) : `Chỉ tiêu từ bảng ${file}`;
  return { type: planTypeInTitle(title) ?? "Kế hoạch", title };
}
