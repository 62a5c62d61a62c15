/**
 * The body of an imported table, row by row: groups from Roman numerals (and A, B sections), the
 * hierarchy from STT (1, 1.1, a, -, +), self-contained names for sub-targets, and the kind and
 * direction of each target from its name and unit.
 */
import type { Comparator, Direction, TargetKind } from "../catalog/schema";
import { isRateName } from "../catalog/points";
import { isIndicatorName, lowerFirst, vocabularyHint } from "../extract/names";
import { foldKeepingOffsets } from "../extract/ocr";
import { DECREASE_WORDS } from "../extract/vocabulary";
import { fold } from "../text/normalize";
import { upperFirst } from "../text/case";
import { readAmount } from "./cells";
import { sttMark, type Marker } from "./stt";

/** What an STT cell (or a name's leading mark) says about the row's place: any other text in the STT cell is a first level. */
export function markerOf(stt: string, name: string): Marker | null {
  if (stt.replace(/[.)]+$/, "").trim()) return sttMark(stt) ?? { kind: "level", rank: 1 };
  const lead = /^\s*([-–—•+*])\s/.exec(name)?.[1];
  return lead ? sttMark(lead) : null;
}

/** "- Thành thị" → "Thành thị"; "Trong đó: xuất khẩu" → "xuất khẩu". */
export function cleanName(name: string): string {
  return name
    .replace(/^\s*(?:[-–—•+*]|\(?\d+(?:\.\d+)*[.)]|[a-zđ][.)])\s+/u, "")
    .replace(/^\s*trong\s+đó\s*[:,]?\s*/iu, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Units tables write in a name's brackets that the quantity reader does not know as units. */
const BRACKET_UNITS = /^(?:%|‰|tấn|tr\.?\s?đ(?:ồng)?|m2|m²|m3|kwh|lần|tuổi|năm)$/iu;

/** "Tỷ lệ hộ nghèo (%)" → name "Tỷ lệ hộ nghèo", unit "%": a unit written in brackets at the end of the name. */
export function unitInName(name: string): { name: string; unit?: string } {
  const m = /^(.{3,}?)\s*\(([^()]{1,30})\)\s*[:.]?$/u.exec(name);
  if (!m) return { name };
  const inside = m[2].trim();
  const read = BRACKET_UNITS.test(inside) ? null : readAmount(`1 ${inside}`);
  const isUnit = BRACKET_UNITS.test(inside) || (read !== null && read !== "unreadable" && read.min === 1 && read.max === 1 && fold(read.unit ?? "") === fold(inside));
  return isUnit ? { name: m[1].trim(), unit: inside } : { name };
}

/** The parent's name as a head for its parts: "Tỷ lệ hộ nghèo, trong đó:" → "Tỷ lệ hộ nghèo". */
export function headOf(name: string): string {
  return name.replace(/[\s,;:–-]*(?:\(?\s*trong\s+đó\s*\)?|chia ra|bao gồm|gồm)?[\s,;:.–-]*$/iu, "").trim();
}

const AREA = /^(?:khu vực\s+|ở\s+|tại\s+)?(thành thị|nông thôn|miền núi|đô thị|đồng bằng|vùng cao|vùng đồng bào dân tộc thiểu số)$/iu;

/** A sub-target's self-contained name: the parent's words kept ("… trong đó: thành thị" → "… ở khu vực thành thị"). */
export function partName(parent: string, part: string): string {
  const head = headOf(parent);
  const area = AREA.exec(part);
  if (area) return `${head} ở khu vực ${area[1].toLowerCase()}`;
  if (isIndicatorName(part) && part.split(" ").length > 3) return part;
  return `${head} – ${lowerFirst(part)}`;
}

/** "CÁC CHỈ TIÊU VỀ KINH TẾ" → "Kinh tế". */
export function groupName(name: string): string {
  let text = cleanName(name).replace(/^(?:các\s+)?chỉ\s+tiêu\s+(?:chủ\s+yếu\s+)?/iu, "").replace(/^(?:về|lĩnh\s+vực)\s+/iu, "").replace(/[:.]+$/, "");
  if (text === text.toUpperCase()) text = text.toLowerCase();
  return upperFirst(text) || cleanName(name);
}

const DECREASE = new RegExp(DECREASE_WORDS.map((w) => w.replace(/ /g, "\\s+")).join("|"));

/** Kind and direction of a target named and measured so. */
export function kindOf(name: string, unit: string, comparator: Comparator, change?: "increase" | "decrease"): { kind: TargetKind; direction: Direction } {
  const n = foldKeepingOffsets(name).toLowerCase();
  const u = fold(unit);
  const percent = u.includes("%");
  // The cell says "Giảm 1-1,5" / "Tăng 0,5": the size of a change per year; "Tăng 8%" of a quantity is its growth rate.
  if (change === "decrease") return { kind: "change", direction: "decrease" };
  if (change === "increase") return { kind: percent && !isRateName(n) ? "rate" : "change", direction: "increase" };
  if (percent && /^(?:muc )?giam\b|\bmuc giam\b|\bgiam$/.test(n)) return { kind: "change", direction: "decrease" };
  let kind: TargetKind = "level";
  // As the extractor reads a plan's words: what the year adds ("thành lập mới", "Thu ngân sách") is a flow, a running total is not.
  const hint = vocabularyHint(n);
  if (percent && /toc do|tang truong|^tang\b/.test(n)) kind = "rate";
  else if (/luot/.test(u) || (/(?:^|\s)(?:dong|usd)$/.test(u) && !/\/|binh quan|dau nguoi|thu nhap|nang suat|quy mo/.test(`${u} ${n}`))) kind = "flow";
  else if (!percent && (hint.kind === "flow" || /\b(?:moi|thanh lap|trien khai)\b/.test(n)) && !/luy ke|dat chuan/.test(n)) kind = "flow";
  const decrease = comparator === "<" || comparator === "<=" || (DECREASE.test(n) && !/duoc (?:xu ly|khac phuc|giai quyet)/.test(n));
  return { kind, direction: decrease ? "decrease" : "increase" };
}
