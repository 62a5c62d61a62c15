/**
 * Targets stated in one block of text. A sentence may hold several: "A đạt x%, trong đó B y%;
 * C z%". For each number with a unit we find its name (the words before it, or after it in
 * "95% số xã đạt chuẩn"), whether it is part of an earlier target (parentheses, "trong đó"),
 * its comparator, kind, direction and year — and whether it is a target at all.
 */
import { PERCENTAGE_POINTS, unitOfChange } from "../catalog/points";
import type { Comparator, Direction, TargetKind } from "../catalog/schema";
import type { Block } from "./document";
import { groupOfLabel, groupOfText, type Zone } from "./headings";
import { NAME_WINDOW, foldedHead, isIndicatorName, lowerFirst, nounAfterPercent, partName, tidy, trimName, vocabularyHint, type Trimmed } from "./names";
import { upperFirst } from "../text/case";
import { isPlanYear } from "../periods/codes";
import { expandAbbreviations, foldKeepingOffsets, repairOcrName } from "./ocr";
import { findQuantities, type Quantity } from "./quantities";
import { findRespectively, hasRespectively } from "./respectively";
import { secondFigure, splitSlashName } from "./slash-pairs";
import { PLAN_FIGURE_CLAUSE, RESULT_AFTER, Tense, tenseAt, tenseMarks, type TenseMarks } from "./tense";
import { DECREASE_WORDS, SIBLING_QUALIFIERS } from "./vocabulary";

export interface Context {
  zone: Zone;
  year: number;
  /** First year of the period the headings name, for averages ("giai đoạn 2021-2025"). */
  fromYear?: number;
  group?: string;
  ocr: boolean;
  /** The target an earlier block opened with "…, trong đó:" whose parts this block lists. */
  partsOf?: string;
  /** First year of the latest term the text names ("nhiệm kỳ 2025 - 2030"): an earlier term ending then is looked back on. */
  termStart?: number;
  /** The structure a heading above names ("Cơ cấu kinh tế:") whose shares this block gives. */
  structure?: string;
  /** The paragraph before opened on a past year and only reported; this one, naming no tense of its own, reports too. */
  reportCarried?: boolean;
  /** The plan's own year where a sentence before holds a later period (`year`): a year from it on is no past. */
  planYear?: number;
  /** First year of the period the document's title names ("Kế hoạch … giai đoạn 2026 - 2030"): a year from it on is no past. */
  firstPlanYear?: number;
}

/** The first year a figure may be for without being looked back on: the plan's, or the first of the period its title names. */
function firstYearAhead(context: Context): number {
  const planYear = context.planYear ?? context.year;
  return context.firstPlanYear !== undefined && context.firstPlanYear < planYear ? context.firstPlanYear : planYear;
}

export interface Draft {
  name: string;
  unit: string;
  min: number;
  max: number;
  of?: number;
  comparator: Comparator;
  kind: TargetKind;
  direction: Direction;
  year: number;
  fromYear?: number;
  group: string;
  note?: string;
  /** Index (within the block's drafts) of the target this one is part of. */
  parent?: number;
  /** Part of the target an earlier block opened ("…, trong đó:"). */
  partOfEarlier?: boolean;
  zone: Zone;
  /** Offsets in the block: the clause cited, and where the number sits. */
  from: number;
  to: number;
  at: number;
  /** The sentence, for tasks. */
  sentence: [number, number];
}

interface Slot {
  q: Quantity;
  preFrom: number;
  pre: string;
  /** `pre` folded: a slice of the block's folded text. */
  preFolded: string;
  post: string;
  depth: number;
  subScope: boolean;
  skip: boolean;
  name?: string;
  /** `name` folded. */
  nameFolded?: string;
  /** The name parts of this target hang from ("Tốc độ tăng trưởng kinh tế"). */
  root?: string;
  verbs: string[];
  draft?: number;
  /** Name words this number carries for the next one ("bằng 78,6%, đạt 10.760 tỷ đồng"). */
  carried?: string;
  /** The passage reports this figure as done (tense.ts), not as a goal. */
  reported?: boolean;
  /** A cue word ("phấn đấu", "mục tiêu") has set the passage's figures as goals. */
  cued?: boolean;
  /** The indicator a figure written "ở thành thị" holds for, which the next "… ở nông thôn" shares. */
  placeOf?: string;
  /** The figure is part of the name of the share before it ("100% số xã đạt từ 15 tiêu chí trở lên"). */
  inName?: boolean;
}

/** A dash right after a share, before the next share's name (not a verb): "15% - công nghiệp, xây dựng 40%". Folded. */
const DASH_AFTER_SHARE = /^\s*[-–—](?=\s+(?!(?:tuong duong|bang|chiem|gap|tang|giam|dat|dua|nang|phan dau)\b)[a-z])/;

/** Words that open a list of the parts of the target before them: "bao gồm", "gồm", "chia ra" (and "trong đó"). Folded. */
const PARTS_OPEN = String.raw`bao gom|gom|chia ra`;
/** Words that open the parts of the target before them: "trong đó", "riêng", "bao gồm", "gồm", "cụ thể", "chia ra". */
const SUB_SCOPE = new RegExp(String.raw`^[\s,;:().]*(?:trong d\S|rieng|cu the|${PARTS_OPEN})\b`);
/** A sentence that opens on "Trong đó," / "Trong đó:": the parts of the sentence before it. Folded, after the full stop. */
const PARTS_SENTENCE = /^\s+trong do\s*[,:]/;
/** The same words but "riêng" before ":", listing the parts through ";". */
export const PARTS_LISTED = new RegExp(String.raw`(?:trong d\S{0,2}|cu the|${PARTS_OPEN})\s*:`);
const SENTENCE_END = /[.!?](?=\s+[\p{Lu}\d(“"]|\s*$)/gu;
const CUE = /\b(?:phan dau|muc tieu(?! quoc gia)(?: (?:nay|do|tren))?|dam bao|bao dam|huong toi|nham dat|gop phan)\b/g;
const SOFT_CONNECTORS = /,\s*(?:qua do|nham|gop phan|tu do|dong thoi|trong do|de tao|tao)\b/;
const TIME_WORDS = new Set(["nam", "thang", "ngay", "quy", "tuan", "lan", "gio", "phut", "buoi", "ky"]);
const DECREASE_RE = new RegExp(DECREASE_WORDS.map((w) => w.replace(/ /g, "\\s+")).join("|"));

function sentencesOf(block: Block, from: number): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  SENTENCE_END.lastIndex = from;
  for (let m = SENTENCE_END.exec(block.text); m; m = SENTENCE_END.exec(block.text)) {
    const before = block.text.slice(Math.max(start, m.index - 3), m.index);
    const word = block.text.slice(Math.max(start, m.index - 6), m.index);
    if (/(?:^|\s)(?:\p{Lu}{1,2}|TP|Tp|v\.v)$/u.test(before) && !/\p{Lu}{3}$/u.test(word)) continue; // "QL." "TP." abbreviations; "… USD.", "… vốn FDI." end a sentence
    // "… đạt 4.500 tỷ đồng. Trong đó, vốn ngoài ngân sách chiếm trên 70%": a sentence opened by "Trong đó" lists the parts of
    // the one before; the two are read as one.
    if (PARTS_SENTENCE.test(block.folded.slice(m.index + 1, m.index + 16))) continue;
    out.push([start, m.index + 1]);
    start = m.index + 1;
  }
  if (start < block.text.length) out.push([start, block.text.length]);
  return out.filter(([a, b]) => block.text.slice(a, b).trim().length > 0);
}

function depthAt(text: string, from: number, at: number): number {
  let depth = 0;
  for (let i = from; i < at; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")") depth = Math.max(0, depth - 1);
  }
  return depth;
}

/** Parenthesis depth at every offset of [from, to] in one pass (depthAt for many points). */
function depthsFrom(text: string, from: number, to: number): (at: number) => number {
  const depths = new Int32Array(to - from + 1);
  let depth = 0;
  for (let i = from; i < to; i++) {
    depths[i - from] = depth;
    if (text[i] === "(") depth++;
    else if (text[i] === ")") depth = Math.max(0, depth - 1);
  }
  depths[to - from] = depth;
  return (at) => depths[Math.min(Math.max(at, from), to) - from];
}

/** How far back a name, a cue or a year is looked for: names are short, sentences may not be. */
const LOOK_BACK = 400;

/** The first place in [from, to) where one clause ends and the next starts. */
function firstBoundary(folded: string, from: number, to: number): number {
  const slice = folded.slice(from, to);
  // A ";" at the same depth ends the clause: "100% số trạm y tế xã, phường, thị trấn …; duy trì …".
  const semi = slice.indexOf(";");
  if (semi >= 0 && depthAt(slice, 0, semi) === 0 && !slice.slice(0, semi).includes(")")) return from + semi;
  // "100% xã, phường có trạm y tế đạt chuẩn, trong đó 60% …": the words up to "trong đó" are the figure's, commas and all.
  const scope = slice.includes("trong d") ? /[,:]\s*trong d\S{0,2}\b/.exec(slice) : null;
  if (scope && !/[()]/.test(slice.slice(0, scope.index))) return from + scope.index;
  // "58.000 tỷ đồng – đưa tỷ trọng … lên 70%": a dash before a verb opens the next clause ("công nghiệp – xây dựng" is one name).
  const m = /[,;()]|\.(?=\s)|\s(?:va|trong do)\s|\s[-–—]\s+(?=(?:dua|nang|phan dau|tang|giam|dat)\s)/.exec(slice);
  return m ? from + m.index : to;
}

/** The last "," or "và" in [from, to): where a list item named after its figure ("8.200 ha cam, quýt và …") ends. */
function lastBoundary(folded: string, from: number, to: number): number {
  const slice = folded.slice(from, to);
  let at = -1;
  for (const m of slice.matchAll(/,|\sva\s/g)) at = m.index;
  return at >= 0 ? from + at : firstBoundary(folded, from, to);
}

/** What ends a list of parts between two figures, and what opens one before its first figure ("(gồm", "trong đó:"). Folded. */
const PARTS_LIST_BREAK = new RegExp(String.raw`[;()]|\b(?:${PARTS_OPEN}|trong do)\b`);
const PARTS_OPEN_IN_PARENTHESIS = new RegExp(String.raw`\(\s*(?:(?:${PARTS_OPEN}|trong do)\s*[:,]?\s*)?$`);
const PARTS_OPEN_BEFORE = new RegExp(String.raw`\b(?:${PARTS_OPEN}|trong do)\s*[:,]?\s*$`);

/**
 * "(gồm 8.200 ha cam, quýt và 6.300 ha nhãn, vải)", "trong đó 8.200 ha cam, quýt và …": parts listed right after
 * "(", "gồm" or "trong đó" with the figure first are named by the words after each figure, so the name of one runs to
 * the last "," or "và" before the next figure of the list (same depth and unit, no ";" or parenthesis between).
 */
function partsNamedAfter(folded: string, slots: Slot[], i: number): boolean {
  const inList = (k: number) => slots[k].q.unit !== "%" && slots[k].depth === slots[k + 1].depth && slots[k].q.unit === slots[k + 1].q.unit && !PARTS_LIST_BREAK.test(folded.slice(slots[k].q.end, slots[k + 1].q.comparatorStart));
  let first = i - 1;
  if (!inList(first)) return false;
  while (first > 0 && inList(first - 1)) first--;
  const before = folded.slice(Math.max(0, slots[first].q.comparatorStart - 24), slots[first].q.comparatorStart);
  return (slots[first].depth > 0 ? PARTS_OPEN_IN_PARENTHESIS : PARTS_OPEN_BEFORE).test(before);
}

function lastCueEnd(folded: string, from: number, to: number): number {
  let end = from;
  CUE.lastIndex = 0;
  const slice = folded.slice(from, to);
  for (let m = CUE.exec(slice); m; m = CUE.exec(slice)) end = from + m.index + m[0].length;
  return end;
}

interface YearBefore {
  year?: number;
  fromYear?: number;
  /** The year is a deadline ("đến năm 2025", "vào năm 2025"), not the year a figure belongs to. */
  deadline?: boolean;
  /** Where the year's mention ends, in the block. */
  end?: number;
}

/** "… theo Bộ tiêu chí", "theo chuẩn nghèo" right before a period: the period names a standard, not the figures' years. Folded. */
function namesStandard(before: string): boolean {
  return /\btheo\s+(?:(?:bo|he thong)\s+)?(?:tieu chi|chuan|chi so)\b[^,;:]{0,30}$/.test(before);
}

/** yearBefore's look-back with what stands in parentheses blanked out. */
const outsideParentheses = new Uint16Array(LOOK_BACK);

function yearBefore(block: Block, sentenceFrom: number, at: number): YearBefore {
  // Only words outside parentheses: "(theo chuẩn giai đoạn 2021-2026)" qualifies a name.
  const from = Math.max(sentenceFrom, at - LOOK_BACK);
  if (!/\d{4}/.test(block.folded.slice(from, at))) return {};
  let length = 0;
  let depth = 0;
  for (let i = from; i < at; i++) {
    const c = block.folded.charCodeAt(i);
    if (c === 40) depth++; // (
    else if (c === 41) depth = Math.max(0, depth - 1); // )
    else outsideParentheses[length++] = depth === 0 ? c : 32;
  }
  const text = String.fromCharCode.apply(null, outsideParentheses.subarray(0, length) as unknown as number[]);
  let result: YearBefore = {};
  const re = /(?:(thoi ky|giai doan|nhiem ky)\s+(\d{4})\s*-\s*(\d{4}))|(?:(tam nhin\s+(?:den\s+)?)?n\S{1,2}m\s+(\d{4})(?!\s*-))/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // "bằng 83,4% năm 2023", "gấp 2 lần năm 2025", "so với ước thực hiện năm 2025" compare with a year; they do not set one.
    const comparison = /(?:%|\d|\blan)\s*$/.test(text.slice(Math.max(0, m.index - 5), m.index)) || /(?:so voi|cung ky)(?:\s+uoc(?:\s+(?:thuc hien|tinh))?)?\s*$/.test(text.slice(Math.max(0, m.index - 30), m.index));
    // "tỷ lệ xã đạt chuẩn theo Bộ tiêu chí giai đoạn 2026 - 2030", "theo chuẩn nghèo giai đoạn 2022-2025": the period names a standard.
    const standard = m[1] !== undefined && namesStandard(text.slice(Math.max(0, m.index - 45), m.index));
    if (comparison || standard) continue;
    const end = from + m.index + m[0].length;
    if (m[1]) result = { fromYear: Number(m[2]), year: Number(m[3]), deadline: true, end };
    else if (!m[4]) result = { year: Number(m[5]), deadline: /(?:den|vao|truoc)\s*$/.test(text.slice(Math.max(0, m.index - 6), m.index)), end };
  }
  return result;
}

/** Words that set a goal for the year or period named with them. Folded. */
const GOAL_WORD = /\b(?:phan dau|muc tieu|ke hoach|chi tieu)\b/;

/** A figure the text gives for an earlier year: "năm 2023 đạt 7,2%, năm 2024 đạt 7,8%; năm 2026 phấn đấu 10%". */
function isPastYearFigure(block: Block, slot: Slot, context: Context, s0: number): boolean {
  const when = yearBefore(block, s0, slot.q.start);
  const planYear = context.planYear ?? context.year;
  // "Giai đoạn 2021-2025, tăng trưởng bình quân đạt 7,3%/năm" in a 2026 plan: the period before.
  if (when.fromYear !== undefined && when.year !== undefined && when.year < planYear && context.zone !== "target" && when.end !== undefined) {
    return !GOAL_WORD.test(block.folded.slice(when.end, slot.q.start));
  }
  if (when.year === undefined || when.deadline || when.end === undefined) return false;
  if (/\b(?:phan dau|muc tieu|ke hoach|du toan|chi tieu|du kien|giao)\b/.test(block.folded.slice(when.end, slot.q.start))) return false;
  // A target section's years are milestones, unless a later year follows in the sentence with the
  // cue this one lacks: "thu ngân sách năm 2025 đạt 18.500 tỷ đồng; năm 2026 phấn đấu thu 20.000 tỷ đồng".
  if (context.zone === "target") {
    const later = /n\S{1,2}m\s+(\d{4})\s*,?\s*(?:\S+\s+){0,3}?(?:phan dau|ke hoach|muc tieu|chi tieu)\b/.exec(block.folded.slice(slot.q.end, slot.q.end + 300));
    return when.year < planYear && later !== null && Number(later[1]) > when.year;
  }
  // A year inside the period the title names ("Kế hoạch … giai đoạn 2026 - 2030": "năm 2026 đạt 40%, đến năm 2030 đạt 45%") is a milestone.
  if (when.year < firstYearAhead(context)) return true;
  if (context.firstPlanYear !== undefined && when.year >= context.firstPlanYear) return false;
  // "Tỉnh phấn đấu … năm 2026 giảm còn 2%, năm 2027 còn 1,5%" in a report of 2025: goals set for years after the
  // text's own, one after another; the later one does not make the earlier a result.
  if (when.year > planYear && GOAL_WORD.test(block.folded.slice(s0, slot.q.start))) return false;
  // A later year named after the figure in the same paragraph is the plan year.
  for (const m of block.folded.slice(slot.q.end, slot.q.end + 2000).matchAll(/n\S{1,2}m\s+(\d{4})\b/g)) if (Number(m[1]) > when.year) return true;
  return false;
}

function hasAny(verbs: string[], ...words: string[]): boolean {
  return verbs.some((v) => words.some((w) => v === w || (v.startsWith(w) && v.charCodeAt(w.length) === 32)));
}

/** Units folded, kept: a document writes few units many times. */
const unitsFolded = new Map<string, string>();

function foldedUnit(unit: string): string {
  let folded = unitsFolded.get(unit);
  if (folded === undefined) {
    folded = foldKeepingOffsets(unit);
    if (unitsFolded.size < 4096) unitsFolded.set(unit, folded);
  }
  return folded;
}

function unitForName(unit: string, folded: string): string {
  if (/dong$/.test(foldedUnit(unit)) && !unit.includes("/")) {
    if (/(\/\s*0?1\s*ha|tren\s+0?1\s+ha|\/ha\b)/.test(folded)) return `${unit}/ha`;
    if (/(binh quan dau nguoi|\/nguoi|binh quan\/nguoi)/.test(folded)) return `${unit}/người`;
    if (/nang suat lao dong/.test(folded)) return `${unit}/lao động`;
  }
  if (/^giường( bệnh)?$/.test(unit) && /(\/|tren)\s*(?:0?1\s+)?(10\.000|van)\s+dan/.test(folded)) return "giường bệnh/vạn dân";
  if (unit === "bác sĩ" && /(\/|tren)\s*(?:0?1\s+)?(10\.000|van)\s+dan/.test(folded)) return "bác sĩ/vạn dân";
  return unit;
}

/** Rank targets: "nằm trong nhóm 10 tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số". */
const RANK = /(?:(?:dung|nam)\s+)?(?:trong|thuoc)?\s*nhom\s+(\d{1,2})\s+tinh(?:\s*,\s*thanh pho)?\s+(?:d\S{1,3}g|dan)\s+dau(?:\s+(?:cua\s+)?ca\s+n\S{2,3}c)?(?:\s+ve\s+([^;.]+))?/g;

export function analyseBlock(block: Block, bodyFrom: number, context: Context, quantities?: Quantity[]): Draft[] {
  const drafts: Draft[] = [];
  if (block.footnote || context.zone === "result") return drafts;
  const allQuantities = quantities ?? findQuantities(block.text, block.folded, context.ocr);
  const own = allQuantities.length ? tenseMarks(block, bodyFrom, allQuantities[allQuantities.length - 1].start, firstYearAhead(context), context.zone !== "target", context.termStart) : NO_MARKS;
  const marks = context.reportCarried && allQuantities.length && !own.ends.length ? { ends: [bodyFrom], kind: [Tense.Result as Tense] } : own;
  // Quantities come in order and sentences follow on: one walk hands each sentence its own,
  // so a block of many sentences costs no more than its quantities.
  let next = 0;
  const respectively = hasRespectively(block.folded);
  let carried: Context | undefined;
  for (const [s0, s1] of sentencesOf(block, bodyFrom)) {
    while (next < allQuantities.length && allQuantities[next].start < s0) next++;
    const inSentence: Quantity[] = [];
    for (let k = next; k < allQuantities.length && allQuantities[k].start < s1; k++) if (allQuantities[k].end <= s1) inSentence.push(allQuantities[k]);
    const sentence = block.folded.slice(s0, s1);
    const ownYear = namesOwnYear(sentence);
    // "…; trong đó năm 2026 đạt trên 7%": a year that only opens a part leaves the figures before it in the period held.
    const heldBeforePart = ownYear && carried !== undefined && yearOpensPart(sentence);
    if (ownYear && !heldBeforePart && !(carried && restatesYear(sentence, carried.year))) carried = horizonOf(sentence, context);
    analyseSentence(block, s0, s1, inSentence, carried && (!ownYear || heldBeforePart) ? carried : context, drafts, marks, respectively);
  }
  return drafts;
}

/** The first year a sentence names opens a part of a figure before it: "… 8%/năm, trong đó năm 2026 đạt …". Folded. */
function yearOpensPart(folded: string): boolean {
  const first = YEAR_NAMED.exec(folded);
  return first !== null && /(?:trong do|rieng)\s*,?\s*$/.test(folded.slice(Math.max(0, first.index - 12), first.index)) && /\d/.test(folded.slice(0, first.index));
}

/**
 * "Theo đó, tốc độ tăng trưởng GRDP bình quân giai đoạn 2026-2030 đạt …": a sentence naming only the year or period
 * already held (its last year), comparison bases aside, restates it and does not end the hold. Folded.
 */
function restatesYear(folded: string, year: number): boolean {
  let named = false;
  for (const m of withoutComparisonBases(folded).matchAll(/\b\d{4}\s*[-–]\s*(\d{4})\b|\bn\S{1,2}m (\d{4})\b(?!\s*[-–]\s*\d)/g)) {
    if (Number(m[1] ?? m[2]) !== year) return false;
    named = true;
  }
  return named;
}

/** A year or period a sentence names: "năm 2026", "giai đoạn 2026 - 2030", "nhiệm kỳ 2025-2030". Folded. */
/** Whether a text names a year of its own, not only a base it compares with ("tăng 10% so với năm 2025"). Folded. */
export function namesOwnYear(folded: string): boolean {
  return YEAR_NAMED.test(withoutComparisonBases(folded));
}

/** "tăng 10% so với năm 2025", "gấp 2 lần năm 2025": a base compared with, blanked out. Folded. */
function withoutComparisonBases(folded: string): string {
  return folded.replace(/\b(?:so voi|gap \S+ lan|bang \S+ so voi)(?: [a-z]+){0,2}? n\S{1,2}m \d{4}\b/g, " ");
}

const YEAR_NAMED = /\bn\S{1,2}m \d{4}\b|\b(?:giai doan|nhiem ky|thoi ky) \d{4}|\b\d{4}\s*[-–]\s*\d{4}\b/;

/**
 * "Theo Nghị quyết về kế hoạch 5 năm 2026-2030, tỉnh đặt ra 31 chỉ tiêu … . GRDP bình quân đầu người đạt khoảng …":
 * a sentence that sets goals for a later period holds the sentences after it in its paragraph that name no year of
 * their own. The context those sentences are read in, or undefined when the sentence names no later period.
 */
export function horizonOf(sentence: string, context: Context): Context | undefined {
  let period: RegExpExecArray | null = null;
  for (const m of sentence.matchAll(/\b(?:giai doan|nhiem ky|thoi ky|ke hoach 5 nam|5 nam)\s+(\d{4})\s*[-–]\s*(\d{4})\b/g)) {
    if (!namesStandard(sentence.slice(Math.max(0, m.index - 45), m.index))) period ??= m;
  }
  const deadline = /\bden nam (\d{4})\b/.exec(sentence);
  const year = period ? Number(period[2]) : deadline ? Number(deadline[1]) : undefined;
  if (year === undefined || year <= context.year || !isPlanYear(year)) return undefined;
  // "đến năm 2030" after the plan's year is a deadline, a goal by itself; a period needs a word that sets goals for it.
  if (period && !/\b(?:chi tieu|muc tieu|phan dau|ke hoach|dat ra|de ra|dinh huong)\b/.test(sentence)) return undefined;
  return { ...context, year, fromYear: period ? Number(period[1]) : context.fromYear, planYear: context.planYear ?? context.year };
}

/**
 * "Cơ cấu kinh tế (nông nghiệp – công nghiệp, xây dựng – dịch vụ) tương ứng là 20% – 38% – 42%": each share a target of
 * its own. Returns the sentence's other quantities (the figures read here are not read again).
 */
function addRespectively(block: Block, s0: number, s1: number, found: Quantity[], context: Context, drafts: Draft[], marks: TenseMarks): Quantity[] {
  const statements = findRespectively(block.text, block.folded, s0, s1);
  if (!statements.length) return found;
  for (const { shares, from, to } of statements) {
    for (const share of shares) {
      const when = yearBefore(block, s0, share.start);
      if (tenseAt(marks, share.start) === Tense.Result || (context.zone === "task" && tenseAt(marks, share.start) !== Tense.Goal)) continue;
      if (when.year !== undefined && !when.deadline && when.year < context.year && context.zone !== "target") continue;
      const name = finishName(share.name);
      const nameFolded = foldKeepingOffsets(name);
      drafts.push({
        name,
        unit: "%",
        min: share.value,
        max: share.value,
        comparator: "=",
        kind: "level",
        direction: vocabularyHint(nameFolded).direction === "decrease" || DECREASE_RE.test(nameFolded) ? "decrease" : "increase",
        year: when.year ?? context.year,
        group: context.group ?? groupOfText(nameFolded),
        zone: context.zone,
        from,
        to: share.end,
        at: share.start,
        sentence: [s0, s1],
      });
    }
    found = found.filter((q) => q.end <= shares[0].start || q.start >= to);
  }
  return found;
}

function addAllOf(block: Block, s0: number, s1: number, quantities: Quantity[]): Quantity[] {
  const re = /(?:phan dau|dam bao|bao dam)\s+(tat ca|toan bo)\s/g;
  const slice = block.folded.slice(s0, s1);
  const extra: Quantity[] = [];
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const start = s0 + m.index + m[0].length - m[1].length - 1;
    extra.push({ start, end: start + m[1].length, min: 100, max: 100, unit: "%", money: false, perYear: false, looseCount: false, padded: false, comparator: "=", comparatorStart: start });
  }
  return [...quantities, ...extra].sort((a, b) => a.start - b.start);
}

function analyseSentence(block: Block, s0: number, s1: number, found: Quantity[], context: Context, drafts: Draft[], marks: TenseMarks, respectively: boolean): void {
  const { text, folded } = block;
  addRanks(block, s0, s1, context, drafts);
  const quantities = addAllOf(block, s0, s1, respectively ? addRespectively(block, s0, s1, found, context, drafts, marks) : found);
  if (quantities.length === 0) return;

  // A short label before ":" names what follows ("Cơ cấu kinh tế năm 2030: …").
  let clauseStart = s0;
  let label = "";
  const depthAtOffset = depthsFrom(folded, s0, s1);
  const firstAt = quantities[0].comparatorStart;
  const colonAt = folded.slice(s0, firstAt).indexOf(":");
  const colon = colonAt < 0 ? -1 : s0 + colonAt;
  if (colon > 0 && colon < firstAt && depthAtOffset(colon) === 0) {
    const candidate = trimName(text.slice(s0, colon).replace(/^\s*(?:\(\s*\d+\s*\)|\d+(?:\.\d+)*[.)]|\d{1,2}\s?[-–](?=\s)|[a-z][.)]|[-+•*])\s*/u, ""));
    // "Về kinh tế: (1) …; (4) Có thêm 1.900 doanh nghiệp …": a group's lead-in says where the targets belong, not what they are.
    const candidateFolded = foldKeepingOffsets(candidate.text);
    // "Đại hội xác định mục tiêu đến năm 2030: …" says that goals follow, not which.
    const leadIn = groupOfLabel(candidateFolded) !== undefined || /\b(?:muc tieu|phan dau|xac dinh|de ra|dat ra|nhu sau)\b/.test(candidateFolded);
    if (!leadIn && !/^trong do$/.test(foldKeepingOffsets(text.slice(s0, colon).trim()).replace(/^.*\s(?=trong do$)/, "")) && candidate.text.split(" ").length <= 14) {
      label = context.ocr ? repairOcrName(candidate.text) : candidate.text;
    }
    clauseStart = colon + 1;
  }
  const semiAt = folded.slice(clauseStart, firstAt).lastIndexOf(";");
  const semi = semiAt < 0 ? -1 : clauseStart + semiAt;
  if (semi >= clauseStart && depthAtOffset(semi) === 0) clauseStart = semi + 1;
  // In prose, a cue ("phấn đấu", "đảm bảo") opens the target: "…, đảm bảo hoàn thành trên 80% …".
  const clauseText = text.slice(clauseStart, quantities[0].comparatorStart).replace(/^[\s(]*(?:\(\s*\d+\s*\)|\d+(?:\.\d+)*[.)]|\d{1,2}\s?[-–](?=\s)|[-+•])?\s*/u, "");
  const prose = context.zone === "task" || context.zone === "open";
  const firstFrom = (prose || context.zone === "target") && !isIndicatorName(clauseText) ? lastCueEnd(folded, clauseStart, quantities[0].comparatorStart) : clauseStart;

  const slots: Slot[] = quantities.map((q) => ({ q, preFrom: 0, pre: "", preFolded: "", post: "", depth: depthAtOffset(q.start), subScope: false, skip: false, verbs: [] }));
  slots.forEach((slot, i) => {
    if (i === 0) slot.preFrom = firstFrom;
    else {
      const prev = slots[i - 1];
      // "nông nghiệp 15% - công nghiệp, xây dựng 40% - dịch vụ 45%": shares listed with dashes, each dash opening the next name.
      const dash = prev.q.unit === "%" && slot.q.unit === "%" ? DASH_AFTER_SHARE.exec(folded.slice(prev.q.end, slot.q.comparatorStart)) : null;
      const boundary = dash ? prev.q.end + dash[0].length - 1 : partsNamedAfter(folded, slots, i) ? lastBoundary(folded, prev.q.end, slot.q.comparatorStart) : firstBoundary(folded, prev.q.end, slot.q.comparatorStart);
      prev.post = text.slice(prev.q.end, Math.min(boundary, prev.q.end + NAME_WINDOW));
      slot.preFrom = boundary;
      const between = folded.slice(boundary, slot.q.comparatorStart);
      const semiAt = between.lastIndexOf(";");
      if (semiAt >= 0 && depthAt(folded, boundary, boundary + semiAt) === 0 && slot.depth === 0) slot.preFrom = boundary + semiAt + 1;
    }
    let pre = text.slice(slot.preFrom, slot.q.comparatorStart);
    let preFolded = folded.slice(slot.preFrom, slot.q.comparatorStart);
    // Prose before a number may run long: keep the clause nearest to it.
    if (prose && pre.split(/\s+/).length > 16) {
      const comma = pre.lastIndexOf(",");
      if (comma > 0) {
        pre = pre.slice(comma + 1);
        preFolded = preFolded.slice(comma + 1);
      }
    }
    slot.pre = pre;
    slot.preFolded = preFolded;
    if (SUB_SCOPE.test(preFolded)) slot.subScope = true;
  });
  const last = slots[slots.length - 1];
  {
    const after = folded.slice(last.q.end, s1);
    const hard = /[;()]|\.(?=\s|$)/.exec(after);
    let stop = hard ? hard.index : after.length;
    const soft = SOFT_CONNECTORS.exec(after.slice(0, stop));
    if (soft) stop = soft.index;
    last.post = text.slice(last.q.end, last.q.end + Math.min(stop, NAME_WINDOW));
  }
  nameAfterParenthesisedShare(block, slots, s1);
  thresholdsInShareNames(block, slots);

  // Which earlier number each one belongs to.
  const parents: (number | undefined)[] = [];
  let scopeParent: number | undefined;
  /** "trong đó:" lists its parts through ";"; a bare "trong đó" ends at the next ";". */
  let scopeListed = false;
  /** The parts of a "trong đó:" list are separated by ",": a ";" then ends the list ("…: dịch vụ 8,9%, công nghiệp 13,2%; quy mô GRDP …"). */
  let listedByComma = false;
  const shallower = nearestShallower(slots.map((slot) => slot.depth));
  slots.forEach((slot, i) => {
    let parent = shallower[i];
    if (scopeParent !== undefined && i > 0 && slot.depth === 0) {
      const between = folded.slice(slots[i - 1].q.end, slot.q.comparatorStart);
      const separator = /^[\s)]*([,;])/.exec(between)?.[1];
      if ((!scopeListed || listedByComma) && between.includes(";")) scopeParent = undefined;
      else if (scopeListed && separator === "," && parents[i - 1] !== undefined) listedByComma = true;
    }
    if (parent === undefined && slot.subScope && i > 0) {
      let top = i - 1;
      while (parents[top] !== undefined) top = parents[top]!;
      parent = top;
      scopeParent = top;
      parent = wholeOfSameMeasure(slots, parents, i, top);
      scopeListed = PARTS_LISTED.test(folded.slice(Math.max(slots[i - 1].q.end, slot.q.comparatorStart - 160), slot.q.comparatorStart));
      listedByComma = false;
    } else if (parent === undefined && scopeParent !== undefined && slot.depth === slots[scopeParent].depth) parent = wholeOfSameMeasure(slots, parents, i, scopeParent);
    // "tăng trưởng GRDP 9%, trong đó dịch vụ tăng 8%, kim ngạch xuất khẩu đạt 2 tỷ USD": an amount is no part of a
    // percentage; the parts have ended and the amount is a target of its own.
    if (parent !== undefined && slot.depth === 0 && slots[parent].depth === 0 && slots[parent].q.unit === "%" && slot.q.unit !== "%" && (slot.q.money || slot.q.unit !== "")) {
      parent = undefined;
      scopeParent = undefined;
    }
    parents.push(parent);
  });

  markReported(block, slots, marks, s1, context.year);
  slots.forEach((slot, i) => decide(block, context, slot, i, slots, parents, label, s0, s1, drafts));
  sharePredicates(slots, drafts, context);
  ellipticalShares(block, s1, slots, drafts);
  sharePerPopulation(block, slots, drafts);
  slashPairs(block, slots, drafts);
}

/**
 * "Tỷ lệ hộ dân sử dụng nước sạch đô thị/nông thôn đạt 100%/95%": a figure followed by "/y" under a name written
 * "A/B" gives two targets, the first figure A's and the second B's; a unit that names B ("giường bệnh/vạn dân" after
 * "bác sĩ/giường bệnh") is A's own for the first.
 */
function slashPairs(block: Block, slots: Slot[], drafts: Draft[]): void {
  for (const slot of slots) {
    if (slot.draft === undefined || slot.q.min !== slot.q.max) continue;
    const second = secondFigure(block.folded, slot.q.end, slot.q.unit === "%");
    const draft = drafts[slot.draft];
    const names = second && splitSlashName(draft.name);
    if (!second || !names) continue;
    const [nameA, nameB] = names;
    const qualifierB = foldKeepingOffsets(nameB.slice(commonPrefix(nameA, nameB))).split(" ").slice(0, 2).join(" ");
    const unitA = draft.unit && qualifierB && foldKeepingOffsets(draft.unit).startsWith(qualifierB) ? unitOfSibling(draft.unit, nameA, nameB) : draft.unit;
    drafts.push({ ...draft, name: finishName(nameB), min: second.value, max: second.value, at: second.end - 1, to: Math.max(draft.to, second.end) });
    Object.assign(draft, { name: finishName(nameA), unit: unitA });
  }
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** "giường bệnh/vạn dân" for "Số giường bệnh trên 1 vạn dân" → "bác sĩ/vạn dân" for "Số bác sĩ trên 1 vạn dân". */
function unitOfSibling(unit: string, nameA: string, nameB: string): string {
  const from = commonPrefix(nameA, nameB);
  let endA = nameA.length;
  let endB = nameB.length;
  while (endA > from && endB > from && nameA.charCodeAt(endA - 1) === nameB.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  const own = nameA.slice(from, endA).trim();
  const other = nameB.slice(from, endB).trim();
  return own && unit.toLowerCase().startsWith(other.toLowerCase()) ? `${own}${unit.slice(other.length)}` : unit;
}

/**
 * Figures the passage reports as done: under a result mark (tense.ts), or an actual followed in its clause by
 * what says so ("đạt 6.120 tỷ đồng, bằng 54,2% dự toán", "đạt 8,9%, vượt kế hoạch", "1,14 tỷ USD (kế hoạch 2,3 tỷ
 * USD)"). A clause opening on the plan's figure ("trong khi kế hoạch cả năm là …") is a goal whatever the mark.
 */
function markReported(block: Block, slots: Slot[], marks: TenseMarks, s1: number, year: number): void {
  const { folded } = block;
  slots.forEach((slot, i) => {
    if (PLAN_FIGURE_CLAUSE.test(slot.preFolded)) {
      // "16.500 tỷ đồng (kế hoạch năm 2025 là 14.800 tỷ đồng)": last year's plan is context, and the figure before it the goal.
      const planned = /\bn\S{1,2}m\s+(\d{4})\b/.exec(slot.preFolded);
      if (planned && Number(planned[1]) < year) {
        slot.reported = true;
        return;
      }
      const actual = slots[i - 1];
      if (actual && !/[;.]/.test(folded.slice(actual.q.end, slot.q.comparatorStart))) actual.reported = true;
      return;
    }
    const tense = tenseAt(marks, slot.q.comparatorStart);
    if (tense === Tense.Result) slot.reported = true;
    slot.cued = tense === Tense.Goal;
    const next = slots[i + 1];
    const end = next ? next.q.comparatorStart : s1;
    const between = folded.slice(slot.q.end, end);
    const clauseEnd = between.search(/[;]|\.(?=\s|$)/);
    const clause = clauseEnd < 0 ? between : between.slice(0, clauseEnd);
    if (tense !== Tense.Goal && RESULT_AFTER.test(clause)) slot.reported = true;
    else if (next && clauseEnd < 0 && tense !== Tense.Goal && tense !== Tense.PlanYear && comparesWithPlan(folded, next)) slot.reported = true;
  });
}

/** "bằng 54,2% dự toán", "tăng 11% so với cùng kỳ", "đạt 48% kế hoạch": a figure measured against the plan or last year. */
function comparesWithPlan(folded: string, slot: Slot): boolean {
  const after = folded.slice(slot.q.end, slot.q.end + 24).replace(/^[\s,]+/, "");
  if (/^(?:ke hoach|kh\b|du toan|chi tieu|so voi (?:cung ky|ke hoach|du toan|chi tieu)|so cung ky|cung ky)/.test(after)) return !disbursesPlan(slot, after);
  return slot.q.unit === "%" && /\bbang\s*$/.test(slot.preFolded);
}

const NO_MARKS: TenseMarks = { ends: [], kind: [] };
const PER_POPULATION = "/vạn dân";
/** "3,5 triệu lượt khách du lịch" counts "lượt khách": the scale belongs to the value, not the name. */
const countedNoun = (unit: string): string => unit.replace(/^(?:triệu tỷ|nghìn tỷ|triệu|nghìn|tỷ)\s+/u, "");
/** Verbs that open a count's sentence: "Thành lập mới 1.900 doanh nghiệp", "Kết nạp 500 đảng viên". */
const ACTION_VERBS = "đón|thành lập|xây dựng|kết nạp|đào tạo|tuyển sinh|tuyển dụng|hỗ trợ|cấp mới|cấp|trồng mới|sửa chữa|nâng cấp|cải tạo|thu hút|tập huấn|bồi dưỡng|di dời|giải quyết|xóa|xoá|khởi công|hoàn thành|đưa vào|phát triển(?: mới)?";
const ACTION_FIRST = new RegExp(`^(?:${ACTION_VERBS})(?:\\s|$)`, "iu");
/** A part that only says what is done, its count named after it: "trong đó đưa 2.500 lao động đi làm việc ở nước ngoài". */
const BARE_ACTION = new RegExp(`^(?:đưa|${ACTION_VERBS})(?:\\s+(?:mới|thêm))?$`, "iu");
/** A unit that counts things (doanh nghiệp, xã, trường, đảng viên), not one that measures (ha, km, tấn, MW, %, lần). */
const COUNTED_THINGS = (unit: string): boolean =>
  !!unit && !/^(?:%|điểm %|ha|km|m|m2|m3|m²|m³|tấn|kg|kw|kwh|mw|mwh|lít|lần|tuổi|năm|ngày|tháng|giờ|điểm|bậc|hạng|chỉ số)$|\/|^(?:triệu|nghìn|tỷ)?\s*(?:ha|km|tấn|kwh|mw|m2|m3|lít)$/iu.test(unit.trim());

/** What a measure after its figure is of: "2.000 ha rừng" is an area, "15 km đường" a length, "5.000 tỷ đồng vốn" the money itself. */
function measuredName(unit: string, noun: string, money: boolean): string {
  if (money) return upperFirst(noun);
  const base = countedNoun(unit).toLocaleLowerCase("vi");
  if (base === "ha" || base === "m2" || base === "m²") return `Diện tích ${noun}`;
  if (base === "km" || base === "m") return `Chiều dài ${noun}`;
  if (/^(?:tấn|kg)$/u.test(base)) return `Sản lượng ${noun}`;
  return `Số ${countedNoun(unit)} ${noun}`;
}

/** Words that already say a name is a growth rate; "tăng thêm" (value added) is not one. */
const RATE_WORDS = /\b(?:toc do|tang truong|tang(?! them))\b/;
/** "… tăng thêm": what a count adds, dropped where the name is of the whole. */
const ADDED = /\s+(?:được\s+)?(?:tăng\s+)?thêm$/u;

/** "12 bác sĩ và 33,5 giường bệnh/vạn dân": the "per vạn dân" written once holds for both. */
function sharePerPopulation(block: Block, slots: Slot[], drafts: Draft[]): void {
  for (let i = 0; i + 1 < slots.length; i++) {
    const [a, b] = [slots[i], slots[i + 1]];
    if (a.draft === undefined || b.draft === undefined) continue;
    const [da, db] = [drafts[a.draft], drafts[b.draft]];
    if (!db.unit.endsWith(PER_POPULATION) || da.unit.includes("/") || !/^(?:bác sĩ|giường bệnh|giường|dược sĩ|điều dưỡng)$/u.test(da.unit)) continue;
    if (!/^\s*(?:và|,)\s*$/u.test(block.text.slice(a.q.end, b.q.comparatorStart))) continue;
    da.unit = `${da.unit}${PER_POPULATION}`;
    for (const d of [da, db]) d.name = `${d.name.replace(/\s*(?:\/|trên)\s*(?:1\s+)?(?:vạn|10\.000)\s+dân$/u, "")} trên vạn dân`;
  }
}

/**
 * "52 xã (41,3%) đạt chuẩn nông thôn mới nâng cao và 15 xã …": the words after the parenthesised share
 * name the count before it (the share then names itself after the count), and the next number's
 * name starts after them.
 */
function nameAfterParenthesisedShare(block: Block, slots: Slot[], s1: number): void {
  const { text, folded } = block;
  for (let i = 0; i + 1 < slots.length; i++) {
    const [count, share, next] = [slots[i], slots[i + 1], slots[i + 2]];
    if (count.q.unit === "%" || share.q.unit !== "%" || !/^\s*\(\s*$/.test(text.slice(count.q.end, share.q.comparatorStart))) continue;
    const close = /^\s*\)\s*/.exec(text.slice(share.q.end, share.q.end + 8));
    if (!close) continue;
    const from = share.q.end + close[0].length;
    let to = firstBoundary(folded, from, next ? next.q.comparatorStart : s1);
    const stop = /\.(?=\s|$)/.exec(folded.slice(from, to));
    if (stop) to = from + stop.index;
    const tail = text.slice(from, Math.min(to, from + NAME_WINDOW));
    if (!/\p{L}{2}/u.test(tail)) continue;
    count.post = tail;
    share.post = "";
    if (next && next.preFrom < to) {
      next.preFrom = to;
      next.pre = text.slice(to, next.q.comparatorStart);
    }
  }
}

/**
 * "100% số xã còn lại đạt từ 15 tiêu chí trở lên": a count bounded by "trở lên" / "trở xuống" inside the words after a
 * share says which things the share counts; it belongs to the share's name and is no target of its own.
 */
function thresholdsInShareNames(block: Block, slots: Slot[]): void {
  const { text, folded } = block;
  for (let i = 1; i < slots.length; i++) {
    const [share, bound] = [slots[i - 1], slots[i]];
    if (share.q.unit !== "%" || bound.q.unit === "%" || share.depth !== bound.depth || /[,;()]/.test(folded.slice(share.q.end, bound.q.comparatorStart))) continue;
    // "từ 15 tiêu chí trở lên" may be read whole as the figure (comparator "≥").
    const tail = /^\s*tro (?:len|xuong)\b/.exec(folded.slice(bound.q.end, bound.q.end + 16));
    if (!tail && !/\btro (?:len|xuong)\b/.test(folded.slice(bound.q.start, bound.q.end))) continue;
    share.post = text.slice(share.q.end, bound.q.end + (tail ? tail[0].length : 0));
    bound.inName = true;
  }
}

/** The head of a name that says what a figure measures, which a sibling written as a bare noun shares. */
const MEASURE_HEAD = /^(?:diện tích|sản lượng|năng suất)\s+/iu;

/** "ha" and "ha", "tấn" and "nghìn tấn": figures that measure the same kind of thing. */
const sameMeasure = (a: Quantity, b: Quantity): boolean => a.money === b.money && countedNoun(a.unit) === countedNoun(b.unit);

/**
 * "Diện tích … 52.000 ha, sản lượng 640.000 tấn; trong đó, diện tích … chủ lực 38.000 ha, sản lượng 450-500 nghìn tấn":
 * a part in a measure other than its nearest whole's belongs to the earlier whole of its own measure, if there is one.
 */
function wholeOfSameMeasure(slots: Slot[], parents: (number | undefined)[], i: number, nearest: number): number {
  const part = slots[i].q;
  if (part.unit === "%" || sameMeasure(part, slots[nearest].q)) return nearest;
  for (let k = nearest - 1; k >= 0; k--) if (parents[k] === undefined && slots[k].depth === slots[nearest].depth && sameMeasure(part, slots[k].q)) return k;
  return nearest;
}

/**
 * For each number, the nearest earlier one less deep in parentheses (the one it is part of).
 * Earlier numbers are kept by rising depth, so a sentence of many numbers is read once.
 */
export function nearestShallower(depths: readonly number[]): (number | undefined)[] {
  const rising: number[] = [];
  const out: (number | undefined)[] = [];
  for (let i = 0; i < depths.length; i++) {
    const depth = depths[i];
    while (rising.length && depths[rising[rising.length - 1]] >= depth) rising.pop();
    out.push(rising.length ? rising[rising.length - 1] : undefined);
    rising.push(i);
  }
  return out;
}

/** "96% ở thành thị và 88% ở nông thôn": where a figure holds, written after it. */
const PLACE_AFTER = /^(?:ở|tại)\s+((?:khu vực\s+)?(?:thành thị|nông thôn|đô thị|miền núi|đồng bằng|vùng cao))$/iu;

/** The previous name with its sibling qualifier swapped for this one ("… nam có việc làm" + "nữ"), if it has one. */
const LETTER = /\p{L}/u;

/** Where `word` first stands as a whole word in `text` (no letter either side), or -1. */
function wholeWordAt(text: string, word: string): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || !LETTER.test(text[at - 1])) && (end >= text.length || !LETTER.test(text[end]))) return at;
  }
  return -1;
}

function siblingQualifier(previous: string, qualifier: string): string | undefined {
  const own = qualifier.replace(/^khu vực\s+/iu, "").toLowerCase();
  const set = SIBLING_QUALIFIERS.find((s) => s.includes(own));
  if (!set) return undefined;
  for (const other of set) {
    if (other === own) continue;
    const at = wholeWordAt(previous, other);
    if (at > 0) return `${previous.slice(0, at)}${own}${previous.slice(at + other.length)}`;
  }
  return undefined;
}

/** "mức độ 2" after "… mức độ 1", "loại II" after "… loại I": a grade in place of another of its kind. */
const GRADE = /^(mức độ|mức|cấp độ|loại|hạng)\s+(\S+)$/iu;

/**
 * "Tỷ lệ hộ nghèo khu vực thành thị dưới 1%, trong đó nông thôn dưới 3%", "… mức độ 1 đạt 90%, trong đó mức độ 2 đạt 30%": a
 * part that is only a sibling of the whole's qualifier is the whole's indicator with that qualifier swapped, not "… – nông thôn".
 */
function qualifierSwapped(whole: string, part: string): string | undefined {
  if (part.split(" ").length > 4) return undefined;
  const sibling = siblingQualifier(whole, part);
  if (sibling) return sibling;
  const grade = GRADE.exec(part.trim());
  if (!grade) return undefined;
  const at = ` ${whole} `.toLowerCase().lastIndexOf(` ${grade[1].toLowerCase()} `);
  if (at <= 0) return undefined;
  const rest = whole.slice(at + grade[1].length).trimStart();
  const own = /^\S+/.exec(rest)?.[0];
  return own && own !== grade[2] ? `${whole.slice(0, at)}${grade[1].toLowerCase()} ${grade[2]}${rest.slice(own.length)}` : undefined;
}

/** A clause or name that starts with what its subject does: "đạt chỉ tiêu 9.2 …", "được xử lý …". */
const PREDICATE = /^(?:đạt|được)\s/u;

/**
 * The subject of a share's name, before the last use of the verb the next clause goes on with: "Tỷ lệ xã đạt chuẩn
 * nông thôn mới đạt tiêu chí số 17" and "đạt chỉ tiêu 18.1" → "Tỷ lệ xã đạt chuẩn nông thôn mới".
 */
function subjectOf(name: string, predicate: string): string | undefined {
  const verb = predicate.split(/\s/, 1)[0];
  const at = name.lastIndexOf(` ${verb} `);
  return at > 0 && /^tỷ lệ\s\S/iu.test(name.slice(0, at)) ? name.slice(0, at) : undefined;
}

/**
 * "100% số xã … đạt chuẩn tiêu chí số 8; đạt chỉ tiêu 15.1, 15.2 của tiêu chí số 15": a clause with no figure
 * that goes on with only a predicate holds the share before it for that predicate too, once per criterion it lists.
 */
function ellipticalShares(block: Block, s1: number, slots: Slot[], drafts: Draft[]): void {
  const { text, folded } = block;
  slots.forEach((slot, i) => {
    if (slot.draft === undefined || slot.q.unit !== "%" || slot.depth > 0) return;
    const semi = folded.indexOf(";", slot.q.end);
    if (semi < 0 || semi >= s1) return;
    let end = folded.indexOf(";", semi + 1);
    if (end < 0 || end > s1) end = s1;
    if (slots[i + 1] && slots[i + 1].q.comparatorStart < end) return;
    const clause = tidy(text.slice(semi + 1, end).replace(/[.\s]+$/u, ""));
    const source = drafts[slot.draft];
    const subject = subjectOf(source.name, clause);
    if (!PREDICATE.test(clause) || !subject || clause.length > NAME_WINDOW) return;
    const listed = /^(.*?\bchỉ tiêu\s+)(\d{1,2}\.\d{1,2}(?:\s*(?:,|và)\s*\d{1,2}\.\d{1,2})+)(.*)$/u.exec(clause);
    const predicates = listed ? listed[2].split(/\s*(?:,|và)\s*/u).map((code) => `${listed[1]}${code}${listed[3]}`) : [clause];
    const at = semi + 1 + (text.slice(semi + 1).length - text.slice(semi + 1).trimStart().length);
    for (const predicate of predicates) drafts.push({ ...source, name: finishName(`${subject} ${predicate}`), from: at, to: end, at, parent: undefined, partOfEarlier: undefined });
  });
}

/** "90% hồ sơ cấp tỉnh, 80% … cấp huyện và 60% … cấp xã được xử lý trên môi trường mạng". */
function sharePredicates(slots: Slot[], drafts: Draft[], context: Context): void {
  const postNamed = slots.filter((s) => s.draft !== undefined && s.name?.startsWith("Tỷ lệ ") && s.q.unit === "%" && s.post.trim());
  // "100% xã … đạt chuẩn, trong đó 60% trạm y tế có bác sĩ …": a part's predicate is not its whole's.
  if (postNamed.length < 2 || postNamed.some((s) => s.subScope)) return;
  const lastSlot = postNamed[postNamed.length - 1];
  const m = /\s(được|có|đạt)\s.+$/u.exec(lastSlot.post.slice(0, NAME_WINDOW).trim());
  if (!m) return;
  const predicate = m[0].trim();
  for (const s of postNamed.slice(0, -1)) {
    const d = drafts[s.draft!];
    if (/\s(được|có|đạt)\s/u.test(d.name)) continue;
    d.name = tidy(`${d.name} ${predicate}`);
    // The whole name says what it is about ("… được xử lý trên môi trường mạng").
    if (!context.group) d.group = groupOfText(foldKeepingOffsets(d.name));
  }
}

function addRanks(block: Block, s0: number, s1: number, context: Context, drafts: Draft[]): void {
  if (context.zone === "result") return;
  const slice = block.folded.slice(s0, s1);
  RANK.lastIndex = 0;
  for (let m = RANK.exec(slice); m; m = RANK.exec(slice)) {
    const at = s0 + m.index;
    const numberAt = s0 + m.index + m[0].indexOf(m[1], m[0].indexOf("nhom"));
    let about = m[2] ? block.text.slice(s0 + m.index + m[0].length - m[2].length, s0 + m.index + m[0].length).trim() : "";
    if (!about) {
      const before = block.text.slice(s0, at);
      const part = before.split(/[,;:]/).pop() ?? "";
      about = trimName(part.replace(/^.*?\b(?:đưa|giữ vững vị trí|trở thành)\b/iu, "")).text;
      if (/^(?:Bắc|[\p{Lu}]\p{Ll}+ [\p{Lu}])/u.test(about)) about = "";
    }
    if (!m[2]) about = about.replace(/\s*(?:và|,).*$/u, "");
    about = tidy(about);
    const name = about ? `Thứ hạng ${lowerFirst(about)} của tỉnh trong cả nước` : "Thứ hạng của tỉnh trong cả nước";
    const { year } = yearBefore(block, s0, at);
    drafts.push({
      name: finishName(context.ocr ? repairOcrName(name) : name),
      unit: "hạng",
      min: Number(m[1]),
      max: Number(m[1]),
      comparator: "<=",
      kind: "level",
      direction: "decrease",
      year: year ?? context.year,
      group: context.group ?? groupOfText(foldKeepingOffsets(name)),
      zone: context.zone,
      from: s0,
      to: s1,
      at: numberAt,
      sentence: [s0, s1],
    });
  }
}

/** "X tăng 12%, đạt 62.000 tỷ đồng": the X whose growth the slot before `i` states in the same clause, if it does. */
function grownAmount(block: Block, slots: Slot[], i: number): string | undefined {
  const before = slots[i - 1];
  if (!before || before.q.unit !== "%" || before.draft === undefined || before.depth !== slots[i].depth || !before.name) return undefined;
  if (/[;.]/.test(block.folded.slice(before.q.end, slots[i].q.comparatorStart))) return undefined;
  const grown = /^tốc độ tăng(?: trưởng)?\s+(.+)$/iu.exec(before.name);
  return grown ? upperFirst(grown[1]) : undefined;
}

/** The name of the amount (money or a count) stated just before slot `i` in the same clause, if one is a target. */
function previousAmount(slots: Slot[], i: number): string | undefined {
  const before = i > 0 ? slots[i - 1] : undefined;
  return before && before.name && !before.skip && before.draft !== undefined && before.q.unit !== "%" && before.depth === slots[i].depth ? (before.root ?? before.name) : undefined;
}

/** The parts of a name are repaired (OCR) before they are put together; here only tidied. */
function finishName(name: string): string {
  // "Giảm 1% tỷ lệ trẻ em …" names its own head: "Tỷ lệ trẻ em …", not "Tỷ lệ tỷ lệ trẻ em …".
  const once = tidy(name).replace(/^(tỷ lệ|tỷ trọng|số lượng|số|tốc độ tăng|tốc độ)\s+\1\s/iu, "$1 ");
  return upperFirst(tidy(expandAbbreviations(once)));
}

/** "(tổng vốn đầu tư … 62.000 tỷ đồng,) bằng 35,1% GRDP": a share of the province's output, set beside the figure it restates. Folded. */
const OF_OUTPUT = /^(?:grdp|gdp|tong san pham)\b/;

function isResultStatement(block: Block, slot: Slot, context: Context, trimmed: Trimmed): boolean {
  const { folded, text } = block;
  const after = folded.slice(slot.q.end, slot.q.end + 24).replace(/^[\s,]+/, "");
  const pre = slot.preFolded;
  // "tăng ít nhất 1,8 lần so với năm 2025" is a goal stated against a base year, not a comparison; so is
  // whatever follows "phấn đấu" ("tăng từ 9% trở lên so với ước thực hiện năm 2025").
  // Nor is a change against the estimate of the year before the plan's: only a plan measures itself against an estimate.
  if (/^(?:ke hoach|kh\b|so voi|so cung ky|cung ky|du toan|nam truoc|so nam)/.test(after) && !(slot.q.unit === "lần" && /^so voi nam \d{4}/.test(after)) && !disbursesPlan(slot, after) && !(slot.cued && /^(?:so voi (?:uoc|nam|cung ky)|so cung ky|cung ky|nam truoc)/.test(after)) && !/^so voi uoc\b/.test(after)) return true;
  // "cao hơn 1.200 tỷ đồng so với năm 2025", "nhiều hơn 3 xã so với …": a difference from a base, never a target itself.
  if (/\b(?:cao|thap|nhieu|it|lon|nho)\s*$/.test(pre) && (slot.q.comparator === ">" || slot.q.comparator === "<") && /^(?:so voi|so cung ky|so nam)/.test(after)) return true;
  // "các dự án đã phê duyệt 48.500 tỷ đồng": what was approved is a fact, not a target.
  if (/\bda (?:duoc )?(?:phe duyet|cap phep|bo tri|giao)\b/.test(pre)) return true;
  // "bằng 1,2% tổng số …" compares; "90% dân số đô thị được …" (nothing before the number) is a target.
  // "kết nạp từ 2,5 - 3% tổng số đảng viên" sets a share of a whole; a single figure against it reports one.
  if (/^(?:tong so|dan so)/.test(after) && trimmed.text !== "" && slot.q.min === slot.q.max && !hasAny(trimmed.verbs, "tu")) return true;
  if (/\bbang\s*$/.test(pre.trim()) && slot.q.unit === "%" && !OF_OUTPUT.test(after)) return true;
  if (/^n\S{1,2}m\s+\d{4}/.test(after) && /\b(tang|giam|bang)\s*$/.test(pre.trim())) return true;
  if (/\b(uoc dat|uoc thuc hien|uoc tinh|uoc ca nam|dat duoc|thuc hien duoc)\b/.test(pre)) return true;
  // "kết nạp được 86 đảng viên", "thu hút được 12 dự án": an action already carried out, unless a cue sets it.
  if (!slot.cued && /\S\s+duoc\s*$/.test(pre)) return true;
  // "dự kiến đạt" estimates where a result is reported, and states the plan's figure where a goal is set ("phấn đấu …; thu ngân sách dự kiến đạt …").
  if (!slot.cued && /\bdu (kien|bao)\s+(dat|tang|giam|chiem|la|khoang|tren)\b/.test(pre)) return true;
  if (/(?:^|\s)(?:đã|d3)\s/u.test(text.slice(slot.preFrom, slot.q.start)) && context.zone !== "target") return true;
  return false;
}

/** "Giải ngân 100% kế hoạch vốn": carrying out a share of the plan is itself the target. */
function disbursesPlan(slot: Slot, after: string): boolean {
  return slot.q.unit === "%" && /^ke hoach/.test(after) && /\b(?:giai ngan|hoan thanh|thuc hien)\b/.test(slot.preFolded) && !/\buoc\b/.test(slot.preFolded);
}

/**
 * Figures that describe rather than set: the nation's own target quoted in a provincial plan
 * ("cùng cả nước phấn đấu tăng trưởng từ 10%"), and what there is ("toàn tỉnh có 66 xã, phường").
 */
function isReferenceFigure(block: Block, slot: Slot, s0: number): boolean {
  const before = block.folded.slice(Math.max(s0, slot.q.start - LOOK_BACK), slot.q.start);
  const national = /\b(?:cung|voi) ca nuoc\b|\bca nuoc (?:phan dau|dat|tang|muc tieu)\b|\bmuc tieu (?:chung )?cua ca nuoc\b/g;
  let last = -1;
  for (let m = national.exec(before); m; m = national.exec(before)) last = m.index + m[0].length;
  // A sentence ending after it ("… cùng cả nước tăng trưởng từ 10%. Trong đó, công nghiệp tăng …") gives the province's own.
  if (last >= 0 && !/\b(?:tinh|thanh pho|dia phuong)\b|\.\s/.test(before.slice(last))) return true;
  // "thông qua Nghị quyết với 100% đại biểu tán thành": a vote, never a target.
  if (slot.q.unit === "%" && /^\s*(?:so\s+)?(?:dai bieu|cu tri|phieu)\b[^;.]{0,30}?\b(?:tan thanh|nhat tri|dong y|bieu quyet)\b/.test(block.folded.slice(slot.q.end, slot.q.end + 60))) return true;
  // "350 đại biểu đại diện cho gần 125 nghìn đảng viên": who a congress speaks for.
  if (/\bdai dien cho\s+(?:hon|gan|tren|khoang)?\s*$/.test(slot.preFolded)) return true;
  // "Toàn tỉnh hiện có 45 xã đạt chuẩn …": what there is now, whatever it is said to have reached.
  if (/\b(?:hien(?: nay)?(?: dang)?|den nay(?: da)?)\s+co\s*$/.test(slot.preFolded) && !CUE_WORDS.test(before)) return true;
  if (slot.q.unit !== "%" && !slot.q.money && slot.q.comparator === "=" && /\b(?:toan tinh|tinh|hien nay|hien|dia ban(?: tinh)?)\s+(?:co|gom|hien co)\s*$/.test(slot.preFolded)) {
    const post = foldKeepingOffsets(slot.post);
    if (!/\b(?:dat|duoc|hoan thanh|co|tham gia|dang ky)\b/.test(post) && !CUE_WORDS.test(before)) return true;
  }
  return false;
}
const CUE_WORDS = /\b(?:phan dau|muc tieu|dam bao|bao dam|huong toi)\b/;

/** Where the parenthesis holding `at` opens, or -1 (within `reach` characters). */
function openingBefore(folded: string, at: number, reach = 200): number {
  let depth = 0;
  for (let i = at - 1; i >= Math.max(0, at - reach); i--) {
    if (folded[i] === ")") depth++;
    else if (folded[i] === "(" && depth-- === 0) return i;
  }
  return -1;
}

/**
 * "… 6 cụm công nghiệp (năm 2025 có 3 cụm)", "(hiện nay 120 nghìn tấn)", "(so với 3 cụm …)": a figure in parentheses
 * given for an earlier year or for today sets the target beside it against what is, and is no target itself.
 */
function isEarlierInParentheses(block: Block, slot: Slot, context: Context): boolean {
  if (slot.depth === 0) return false;
  const open = openingBefore(block.folded, slot.q.start);
  if (open < 0) return false;
  const inside = block.folded.slice(open + 1, slot.q.start);
  if (/\b(?:hien nay|hien co|hien dat|hien tai|so voi)\b/.test(inside)) return true;
  // "1,5 tỷ USD (gấp 1,5 lần năm 2025)": the figure before it restated against an earlier year.
  const against = /^\s*(?:so voi\s+)?(?:nam\s+)?((?:19|20)\d{2})\s*\)/.exec(block.folded.slice(slot.q.end, slot.q.end + 24));
  // "1,8% (giảm 0,9 điểm % so với năm 2025)": so is the change from an earlier year.
  if (((slot.q.unit === "lần" && /\bgap\s*$/.test(inside)) || /^\s*(?:tang|giam)(?: them)?\s*$/.test(inside)) && against && Number(against[1]) < context.year) return true;
  const year = /\b(?:nam|cuoi nam|het nam)\s+((?:19|20)\d{2})\b(?!\s*[-–])/.exec(inside);
  // "(giai đoạn 2021 - 2025 đạt 6,8%/năm)" in a plan to 2030: the period before.
  const period = /\b(?:giai doan|thoi ky|nhiem ky)\s+(?:19|20)\d{2}\s*[-–]\s*((?:19|20)\d{2})\b/.exec(inside);
  return (year !== null && Number(year[1]) < context.year) || (period !== null && Number(period[1]) < context.year);
}

function hasCue(block: Block, slot: Slot, clauseFrom: number): boolean {
  if (slot.q.looseCount || slot.q.padded) return true;
  if ([">", ">=", "<", "<="].includes(slot.q.comparator)) return true;
  if (hasAny(slot.verbs, "dat", "duy tri")) return true;
  const clause = block.folded.slice(clauseFrom, slot.q.start);
  return /\b(?:phan dau|muc tieu(?! quoc gia)|dam bao|bao dam|huong toi|nham dat|it nhat|toi thieu|tat ca|thanh lap moi)\b/.test(clause);
}

function decide(block: Block, context: Context, slot: Slot, i: number, slots: Slot[], parents: (number | undefined)[], sentenceLabel: string, s0: number, s1: number, drafts: Draft[]): void {
  let label = sentenceLabel;
  const { q } = slot;
  if (block.footnote || context.zone === "result" || slot.inName) return;
  const trimmed = trimName(slot.pre, slot.preFolded);
  slot.verbs = trimmed.verbs;
  // OCR repair is costly: only for numbers that may be targets (after the checks below).
  const ownName = () => (context.ocr ? trimName(repairOcrName(slot.pre)).text : trimmed.text);
  const parentIndex = parents[i];
  const parentSlot = parentIndex !== undefined ? slots[parentIndex] : undefined;
  const previousShare = i > 0 && slots[i - 1].q.unit === "%" ? slots[i - 1] : undefined;

  const unitFolded = foldedUnit(q.unit);
  if (q.looseCount && TIME_WORDS.has(unitFolded)) return;
  if (slot.reported || isResultStatement(block, slot, context, trimmed) || isPastYearFigure(block, slot, context, s0) || isReferenceFigure(block, slot, s0) || isEarlierInParentheses(block, slot, context)) {
    slot.skip = true;
    // What the figure is of, without its year or "ước" ("tỷ lệ … năm 2025 ước đạt 93%").
    let carried = ownName() ? trimName(ownName().replace(/\s+ước(?:\s+(?:tính|thực hiện|cả năm))?$/iu, "")).text : "";
    // "Năm 2025, tỉnh đã thu hút 1,2 tỷ USD vốn FDI": an action before an amount, the amount's noun after it.
    const after = q.money && !isIndicatorName(carried) ? tidy(slot.post).replace(/[,;.].*$/u, "") : "";
    if (after && after.split(" ").length <= 6 && isIndicatorName(after)) carried = measuredName(q.unit, after, true);
    slot.carried = carried || (i > 0 ? slots[i - 1].carried : undefined);
    return;
  }
  if (context.zone === "task" && !hasCue(block, slot, Math.max(s0, slot.preFrom - 200))) return;
  let own = ownName();
  // "đạt khoảng 78%, tăng 2%": a change against last year, restating the target before it.
  const afterResult = i > 0 && slots[i - 1].skip && slots[i - 1].carried;
  // "Tổng thu ngân sách … đạt 520 tỷ đồng, tăng bình quân 10%/năm", "đạt 2.800 tỷ đồng, tăng 9,5%": an amount's growth is a
  // rate of its own, named from the amount; one against a base ("tăng 12% so với năm 2025") restates the amount.
  const amountGrowth = !own && q.unit === "%" && hasAny(slot.verbs, "tang") && parentIndex === undefined && (q.perYear || hasAny(slot.verbs, "binh quan") || !/^[\s,]*(?:so\b|\()/.test(foldKeepingOffsets(slot.post.slice(0, 12)))) ? previousAmount(slots, i) : undefined;
  if (!own && i > 0 && hasAny(slot.verbs, "tang", "giam") && !q.perYear && parentIndex === undefined && !slot.subScope && !afterResult && !amountGrowth) return;
  if (!own && i > 0 && slots[i - 1].skip && slots[i - 1].carried) own = slots[i - 1].carried!;
  // "tổng vốn đầu tư toàn xã hội tăng 12%, đạt 62.000 tỷ đồng": the amount the growth before it reaches.
  else if (!own && q.unit !== "%" && hasAny(slot.verbs, "dat") && grownAmount(block, slots, i)) own = grownAmount(block, slots, i)!;
  // "Thu ngân sách năm 2025 đạt …; năm 2026 phấn đấu thu 20.000 tỷ đồng": the verb restates the name before.
  else if (own && afterResult && own.split(" ").length <= 2 && ` ${foldKeepingOffsets(slots[i - 1].carried!)} `.includes(` ${foldKeepingOffsets(own)} `)) own = slots[i - 1].carried!;
  // "… đã thu hút 1,2 tỷ USD vốn FDI; năm 2026 phấn đấu thu hút 1,5 tỷ USD": the same action names the same amount.
  else if (own && afterResult && q.money && !tidy(slot.post) && own.split(" ").length <= 3 && !isIndicatorName(own) && isIndicatorName(slots[i - 1].carried!)) own = slots[i - 1].carried!;
  // "tổng vốn đầu tư giai đoạn 2026–2030 khoảng 318.000 tỷ đồng, trong đó năm 2030 đạt 74.800 tỷ đồng": a part named
  // only by its year is the whole's indicator in that year; so is a clause after a figure of the same unit
  // ("100% hồ sơ … giải quyết trực tuyến; năm 2026 đạt tối thiểu 80%", "… đạt 40%, đến năm 2030 đạt 45%").
  const sameUnitBefore = i > 0 && slots[i - 1].name && !slots[i - 1].skip && slots[i - 1].q.unit === q.unit && slots[i - 1].depth === slot.depth ? slots[i - 1] : undefined;
  const yearOf = parentSlot?.name && parentSlot.q.unit === q.unit ? parentSlot : sameUnitBefore;
  const yearPart = (!own || /^(?:(?:đến|vào|cuối|hết)\s+){1,2}năm\s+\d{4}$/iu.test(own)) && yearOf ? /^[\s,;:(]*(?:(?:trong do|rieng)[\s,:]*)?(?:(?:den|vao|cuoi|het)\s+){0,2}n\S{1,2}m\s+(\d{4})\b[^,;()\d]*$/.exec(slot.preFolded) : null;
  if (yearPart) own = `${(yearOf!.root ?? yearOf!.name!).replace(/\s+(?:giai đoạn|thời kỳ|nhiệm kỳ)\s+\d{4}\s*[-–—]\s*\d{4}$/u, "").replace(/\s+năm \d{4}$/u, "")} năm ${yearPart[1]}`;
  // "450 nghìn tỷ đồng (bình quân 90 nghìn tỷ đồng/năm)": the whole's yearly average.
  else if (!own && parentSlot?.name && parentSlot.q.unit === q.unit && hasAny(slot.verbs, "binh quan")) own = `${parentSlot.root ?? parentSlot.name} bình quân${q.perYear ? " mỗi năm" : ""}`;
  else if (amountGrowth) own = amountGrowth;
  // "Kim ngạch xuất khẩu đạt 5 tỷ USD, gấp 1,5 lần năm 2025": the amount measured against that year.
  else if (!own && q.unit === "lần" && /^\s*(?:so với\s+)?năm \d{4}\s*$/u.test(slot.post) && previousAmount(slots, i)) own = previousAmount(slots, i)!;
  // "Tỷ lệ đô thị hóa: 35%": the label is the indicator itself.
  if (!own && i === 0 && label) {
    own = label;
    label = "";
  }

  let unit = q.unit;
  const post = tidy((context.ocr ? repairOcrName(slot.post) : slot.post).replace(/^\s*(?:tr\S{1,2}\s+[l1]\S{1,2}n)(?![\p{L}])/u, ""));
  // Only the first words of `post` are read folded ("so với", "kế hoạch", "năm ").
  const postFolded = foldKeepingOffsets(post.slice(0, 16));
  const isEquivalent = /^[(\s]*tuong duong\b/.test(slot.preFolded);
  // "71 xã (đạt 100%)", "298 xã (tương đương 87,6% số xã)": a share restating the count before it is that count's share.
  const sharesCount = unit === "%" && parentSlot?.name && parentSlot.depth < slot.depth && parentSlot.q.unit !== "%" && !parentSlot.q.money;
  // "đạt 100% (95/95 xã)", "80% (tương đương 120 trường)": a count restating the share before it counts the same.
  const countsShare = unit !== "%" && !q.money && parentSlot?.name && parentSlot.depth < slot.depth && parentSlot.q.unit === "%" && /^tỷ lệ\s/iu.test(parentSlot.name);
  if (countsShare && ((!own && !post) || isEquivalent)) own = parentSlot!.name!.replace(/^tỷ lệ\s+/iu, "Số ");
  if (sharesCount && ((!own && !post) || isEquivalent)) {
    const counted = parentSlot!.name!.replace(/^(?:tổng số|số lượng|số)\s+/iu, "").replace(ADDED, "");
    own = `Tỷ lệ ${lowerFirst(counted === parentSlot!.name ? parentSlot!.name! : counted)}`;
  }
  // "Có thêm 8 xã … (nâng tổng số lên 35 xã)": the running total of what the count adds to.
  const raised = /^(?:nâng|đưa)\s+(tổng số|số)\s*(.*)$/iu.exec(own);
  if (raised && unit !== "%") {
    if (raised[2]) own = `Tổng số ${raised[2]}`;
    else {
      // "có thêm 6 xã …, nâng tổng số lên 58 xã": the whole it belongs to, or else the count just before it.
      const counted = parentSlot?.name && parentSlot.q.unit === unit ? parentSlot : i > 0 && slots[i - 1].name && slots[i - 1].q.unit === unit && slots[i - 1].depth === slot.depth ? slots[i - 1] : undefined;
      if (counted) own = counted.name!.replace(/^(?:tổng số|số)\s+/iu, "Tổng số ").replace(ADDED, "");
    }
  }
  // "Diện tích trồng lúa 45.000 ha, năng suất 62 tạ/ha, sản lượng 279.000 tấn": a bare measure is of the crop before it.
  const measured = own && i > 0 && /^(?:diện tích|năng suất|sản lượng)$/iu.test(own) ? /^(?:diện tích|năng suất|sản lượng)\s+(?:(?:gieo\s+)?trồng\s+)?(.+)$/iu.exec(slots[i - 1].name ?? "") : null;
  if (measured) own = `${own} ${measured[1]}`;
  // "Chuyển dịch cơ cấu lao động, tỷ trọng lao động nông nghiệp … 38%": what is done leads in to the indicator after it.
  if (own && !isIndicatorName(own) && own.includes(", ")) {
    const clauses = own.split(", ");
    const k = clauses.findIndex((c, n) => n > 0 && isIndicatorName(c));
    if (k > 0) own = upperFirst(clauses.slice(k).join(", "));
  }
  // "Giảm tỷ lệ hộ nghèo 1,5%": the verb before the indicator says how it moves.
  const lowered = own ? /^giảm\s+(.+)$/iu.exec(own) : null;
  if (lowered && isIndicatorName(lowered[1])) {
    own = upperFirst(lowered[1]);
    // "Giảm tỷ lệ hộ nghèo xuống (còn) dưới 2%": the level it falls to, not by how much.
    slot.verbs.push(hasAny(slot.verbs, "xuong", "con", "xuong con") ? "giam xuong" : "giam");
  }
  // "Đưa tỷ lệ đô thị hóa lên 46%", "nâng tỷ lệ che phủ rừng lên 61,5%": the indicator raised is the name.
  const lifted = own ? /^(?:đưa|nâng(?: cao)?)\s+(.+)$/iu.exec(own) : null;
  if (lifted && isIndicatorName(lifted[1])) own = upperFirst(lifted[1]);
  // "…đạt 45 xã; năm 2026 có thêm 5 xã": what is added is more of the count before it.
  const before = i > 0 ? slots[i - 1] : undefined;
  if (own && !post && /^(?:có\s+|tăng\s+)?thêm$/iu.test(own) && before && before.q.unit === unit && before.depth === slot.depth) {
    // A count only stated as what is ("hiện có 45 xã đạt chuẩn …") names what it counts after its figure.
    const counted = before.name ?? (before.skip && tidy(before.post) ? measuredName(unit, nounAfterPercent(tidy(before.post)), q.money) : undefined);
    if (counted) own = `${counted.replace(ADDED, "")} tăng thêm`;
  }
  // "Tạo việc làm mới cho 21.000 lao động": the count is of those the action is for.
  if (own && !post && unit && unit !== "%" && !q.money && / cho$/u.test(own) && !isIndicatorName(own)) {
    // "Mỗi năm tạo việc làm cho 30.000 lao động": how often goes after the action.
    const action = own.replace(/\s+cho$/u, "");
    const yearly = /^(mỗi năm|hằng năm|hàng năm)\s+(.+)$/iu.exec(action);
    own = yearly ? `Số ${countedNoun(unit)} được ${lowerFirst(yearly[2])} ${yearly[1].toLocaleLowerCase("vi")}` : `Số ${countedNoun(unit)} được ${lowerFirst(action)}`;
  }
  // "Thành lập mới 1.900 doanh nghiệp": an action before a count of things names what is counted, then the action.
  // "mỗi năm kết nạp từ 20 đảng viên": how often goes after the action.
  const often = own && !post ? /^(mỗi năm|hằng năm|hàng năm)\s+(.+)$/iu.exec(own) : null;
  const action = often ? often[2] : own;
  if (own && !post && COUNTED_THINGS(unit) && !q.money && ACTION_FIRST.test(action) && !isIndicatorName(action)) {
    own = `Số ${countedNoun(unit)} ${lowerFirst(action)}${often ? ` ${often[1].toLocaleLowerCase("vi")}` : ""}`;
  }
  // "tổng vốn đầu tư … 62.000 tỷ đồng, bằng 35,1% GRDP": that figure's share of output.
  const previousNamed = i > 0 && slots[i - 1].name && !slots[i - 1].skip && !/[;.]/.test(block.folded.slice(slots[i - 1].q.end, q.comparatorStart)) ? slots[i - 1] : undefined;
  const output = !own && unit === "%" && previousNamed && previousNamed.q.unit !== "%" && /\b(?:bang|tuong duong|chiem)\s*$/.test(slot.preFolded) ? /^(?:GRDP|GDP|tổng sản phẩm(?: trên địa bàn)?)/iu.exec(post) : null;
  if (output) own = `${previousNamed!.root ?? previousNamed!.name} so với ${output[0]}`;
  // "Tỷ lệ sử dụng nước sạch đạt 96% ở thành thị và 88% ở nông thôn": the place written after each figure qualifies it.
  const place = PLACE_AFTER.exec(post);
  const placeOf = place ? (own && isIndicatorName(own) ? own : !own && i > 0 ? slots[i - 1].placeOf : undefined) : undefined;
  if (place && placeOf) {
    own = `${placeOf} – ${place[1]}`;
    slot.placeOf = placeOf;
  }
  // "các xã còn lại mỗi xã đạt tối thiểu 15 tiêu chí": a count each unit is to reach.
  const perEach = own && !post && COUNTED_THINGS(unit) && !q.money && !isIndicatorName(own) && /(?:^|\s)mỗi\s+\S+(?:\s+\S+)?$/u.test(own);
  if (perEach) own = `Số ${countedNoun(unit)} ${lowerFirst(own)} đạt`;
  let name: string;
  // "giảm 10% số vụ …", "giảm 1% tỷ lệ …": named by the words after the figure, a share of what follows.
  // Of those, only a rate ("tỷ lệ …") falls by percentage points; "10% số vụ" is a tenth fewer.
  let namedAfterCount = false;
  if (isEquivalent && parentSlot?.name && !sharesCount && !countsShare) {
    name = `${parentSlot.name} – quy đổi ${unit}`;
  } else if ((sharesCount || countsShare) && isEquivalent) {
    name = own;
  } else if (own && (isIndicatorName(own) || hasAny(slot.verbs, "chiem") || !post || (parentSlot && !isIndicatorName(post) && !BARE_ACTION.test(own)) || label)) {
    name = own;
    // "Tỷ trọng kinh tế số đạt 22% GRDP": the whole the share is of belongs to the name.
    if (unit === "%" && !hasAny(slot.verbs, "chiem") && isIndicatorName(own) && /^(?:trong\s+)?(?:GRDP|GDP|tổng sản phẩm)\b/u.test(post) && !/\b(?:grdp|gdp|tong san pham)\b/.test(foldKeepingOffsets(own))) name = `${own} trong ${post.replace(/^trong\s+/u, "")}`;
    // "Tuổi thọ bình quân trên 75,5 tuổi": "bình quân" is the indicator's word when the name is only its noun.
    if (hasAny(slot.verbs, "binh quan") && own.split(" ").length <= 3 && !/bình quân/iu.test(own)) name = `${own} bình quân`;
    // "Thu nhập … tăng ít nhất 1,8 lần so với năm 2025", "quy mô kinh tế gấp 2 lần năm 2025": the base year belongs to the name.
    if (unit === "lần" && /^(?:so với )?năm \d{4}$/u.test(post)) name = `${own} so với ${post.replace(/^so với /u, "")}`;
    if (hasAny(slot.verbs, "chiem") && post && !/^(?:so voi|ke hoach)/.test(postFolded)) {
      name = `Tỷ trọng ${lowerFirst(name.replace(/^tỷ trọng\s+/iu, ""))} trong ${lowerFirst(nounAfterPercent(post.replace(/^trong\s+/iu, "")))}`;
    }
  } else if (post && !/^(?:\/|so voi|ke hoach|nam\s)/.test(postFolded)) {
    const noun = nounAfterPercent(post);
    namedAfterCount = !/^(?:tỷ lệ|tỷ trọng)\s/iu.test(noun);
    name = unit === "%" ? `Tỷ lệ ${noun}` : measuredName(unit, noun, q.money);
    // "100% đơn vị cấp huyện đạt …; 100% đạt …": a share with no subject of its own shares the one before it.
    const subject = unit === "%" && !own && PREDICATE.test(noun) && previousShare?.name ? subjectOf(previousShare.name, noun) : undefined;
    if (subject) name = `${subject} ${noun}`;
    // "kết nạp đảng viên mới từ 3% tổng số đảng viên": the action already names what is counted.
    if (unit === "%" && own && noun !== post && foldKeepingOffsets(own).includes(foldKeepingOffsets(noun))) name = `Tỷ lệ ${lowerFirst(own)} trên ${lowerFirst(post)}`;
    else if (own && /^(?:có\s+|tăng\s+)?thêm$/iu.test(own)) name += " tăng thêm";
    else if (own && /^mỗi\s/iu.test(own)) name += ` ${lowerFirst(own)}`; // "Mỗi xã có ít nhất 01 sản phẩm OCOP"
    else if (own && own.split(" ").length <= 8) name += ` được ${lowerFirst(own)}`;
  } else if (own) {
    name = own;
    // "Giải ngân 100% kế hoạch vốn đầu tư công": the share is of the plan named after it.
    if (unit === "%" && /^kế hoạch\s/iu.test(post) && /\b(?:giai ngan|hoan thanh|thuc hien)$/.test(foldKeepingOffsets(own))) name = `${own} ${post.replace(/,?\s*năm \d{4}$/u, "")}`;
  } else if (unit && unit !== "%") {
    name = `Số ${countedNoun(unit)}`;
  } else return;
  if (!unit) {
    if (!/^chi so/.test(foldKeepingOffsets(name))) {
      // "HDI đạt 0,79": an index named by its acronym alone.
      if (!/^HDI\b/u.test(name)) return;
      name = `Chỉ số ${name}`;
    }
    unit = "chỉ số";
  }

  // "… mức độ 1 đạt 95,9%, mức độ 2 đạt 27,6%": a qualifier replacing the end of the previous name.
  const previous = i > 0 ? slots[i - 1] : undefined;
  if (name === own && own && !isIndicatorName(own) && own.split(" ").length <= 8 && previous?.name && previous.depth === slot.depth && !slot.subScope && parentIndex === undefined) {
    // The longest run of the qualifier's first words found in the previous name says where it goes
    // ("cấp trung học cơ sở" after "… cấp tiểu học"; "trẻ em trong độ tuổi mẫu giáo" after "… trẻ em trong độ tuổi nhà trẻ").
    const words = foldKeepingOffsets(own).split(" ");
    const previousFolded = foldKeepingOffsets(previous.name);
    const sibling = siblingQualifier(previous.name, own);
    if (sibling) name = sibling;
    else for (let k = Math.min(words.length - 1, 5); k >= 1; k--) {
      const phrase = ` ${words.slice(0, k).join(" ")} `;
      const at = k === 1 ? previousFolded.lastIndexOf(phrase) : previousFolded.indexOf(phrase);
      if (at > 0) {
        name = `${previous.name.slice(0, at)} ${own}`;
        break;
      }
    }
    // "Diện tích lúa 20.000 ha, ngô 5.000 ha": a bare noun measured as the figure before it takes that figure's head.
    const head = MEASURE_HEAD.exec(previous.name);
    if (name === own && head && own.split(" ").length <= 3 && sameMeasure(q, previous.q)) name = `${head[0]}${lowerFirst(own)}`;
  }

  // "Tổng vốn đầu tư 62.000 tỷ đồng, trong đó vốn ngân sách nhà nước chiếm 18%": the part's share of its whole.
  const shareOfWhole = unit === "%" && parentSlot?.name !== undefined && parentSlot.q.unit !== "%" && hasAny(slot.verbs, "chiem") && (!sharesCount || !!trimmed.text);
  // Kind and direction from the verbs and the name.
  const nameFolded = `${parentSlot?.nameFolded ?? ""} ${foldKeepingOffsets(label)} ${foldKeepingOffsets(name)}`;
  const verbs = slot.verbs;
  const averaged = hasAny(verbs, "binh quan") || /binh quan/.test(slot.preFolded);
  let kind: TargetKind = "level";
  let direction: Direction = "increase";
  const hint = vocabularyHint(nameFolded);
  if (hasAny(verbs, "giam") && !hasAny(verbs, "giam xuong con", "giam con", "giam xuong") && (q.perYear || averaged || unit === "%" || unit === PERCENTAGE_POINTS)) {
    kind = "change";
    direction = "decrease";
  } else if (unit === "%" && (q.perYear || (hasAny(verbs, "tang") && !hasAny(verbs, "tang len")) || (parentSlot?.nameFolded !== undefined ? /^\s*(toc do|tang truong)\b/.test(parentSlot.nameFolded) : /^(toc do|tang truong)\b/.test(foldedHead(name, 16))))) {
    kind = "rate";
  } else if (q.money && !/(\/|dau nguoi|quy mo|grdp|nang suat|gia tri san xuat tren|thu nhap|tren 0?1 ha)/.test(`${foldedUnit(unit)} ${nameFolded}`)) {
    kind = "flow";
  } else if (output || perEach || shareOfWhole) {
    kind = "level";
  } else if (/luot/.test(foldedUnit(unit)) || (hint.kind === "flow" && unit !== "%")) {
    kind = "flow";
  } else if (unit !== "%" && !q.money && (q.looseCount || /\b(?:thanh lap|trien khai)\b/.test(nameFolded) || /(?:^|\s)mới(?:\s|$)/iu.test(`${label} ${name}`)) && !/(luy ke|dat chuan)/.test(nameFolded)) {
    kind = "flow";
  }
  // "được xử lý" remedies what is bad; "bảo hiểm thất nghiệp" is a cover people are to have, not unemployment.
  // "… được xử lý", and help for the poor ("nhà cho hộ nghèo", "hỗ trợ hộ nghèo"), rise.
  const remedied = /duoc (xu ly|khac phuc|giai quyet|thu gom)|bao hiem that nghiep|\b(?:cho|ho tro)\b/.test(nameFolded);
  if (kind !== "change" && (hint.direction === "decrease" || (DECREASE_RE.test(nameFolded) && !remedied) || q.comparator === "<" || q.comparator === "<=" || hasAny(verbs, "giam xuong con", "giam con", "giam xuong"))) {
    direction = "decrease";
  }

  // A self-contained name.
  const partsOf = parentSlot?.name ? parentSlot.root ?? parentSlot.name : parentIndex === undefined ? context.partsOf : undefined;
  let changeSuffix = false;
  if (partsOf && !isEquivalent) {
    if (shareOfWhole) {
      name = `Tỷ trọng ${lowerFirst(name.replace(/^tỷ (?:lệ|trọng)\s+/iu, ""))} trong ${lowerFirst(partsOf)}`; // "trong đó vốn ngân sách chiếm 18%"
    } else if (sharesCount || countsShare) {
      if (!isIndicatorName(name)) name = `${partsOf} – ${lowerFirst(name)}`;
    } else if (kind === "rate" && isIndicatorName(name) && !RATE_WORDS.test(foldKeepingOffsets(name))) {
      name = `Tốc độ tăng ${lowerFirst(name)}`; // "trong đó giá trị sản xuất công nghiệp tăng 12%"
    } else name = qualifierSwapped(partsOf, name) ?? partName(partsOf, name);
    changeSuffix = kind === "change";
  } else if (context.structure && unit === "%" && !isIndicatorName(name)) {
    name = `Tỷ trọng ${lowerFirst(name)} trong ${lowerFirst(context.structure)}`; // "2. Cơ cấu kinh tế:" then "- Dịch vụ: 42%"
  } else if (label && !isIndicatorName(name)) {
    name = /^c\S{1,2} c\S{1,2}u/.test(foldKeepingOffsets(label)) ? `Tỷ trọng ${lowerFirst(name)} trong ${lowerFirst(label)}` : `${label} – ${lowerFirst(name)}`;
  } else if (kind === "rate" && !RATE_WORDS.test(foldKeepingOffsets(name))) {
    name = `Tốc độ tăng ${lowerFirst(name)}`;
  } else if (kind === "change") {
    changeSuffix = true;
  } else if (unit === "%" && kind === "level" && !isIndicatorName(name)) {
    name = `Tỷ lệ ${lowerFirst(name)}`;
  } else if (unit === "%" && kind === "level" && /^số\s(?!lượng)/iu.test(name)) {
    name = name.replace(/^số\s/iu, "Tỷ lệ "); // "số xã đạt chuẩn … trên 92%" is a share of the communes
  }
  // "bình quân đạt 18,2 tiêu chí/xã": a count per unit names itself from its unit.
  const perUnit = /^([^/]+)\/([^/]+)$/u.exec(unit);
  if (perUnit && !q.money && !unit.endsWith(PER_POPULATION) && !isIndicatorName(name) && !partsOf) name = `Số ${perUnit[1]} bình quân mỗi ${perUnit[2]}`;
  // A part of a falling target names what falls, then how: "Tỷ lệ hộ nghèo dân tộc thiểu số (mức giảm hằng năm)".
  slot.root = partsOf ?? finishName(name);
  if (changeSuffix) name = `${name} (mức giảm${averaged ? " bình quân" : ""} hằng năm)`;
  name = finishName(name);
  const finalFolded = foldKeepingOffsets(name);
  slot.name = name;
  slot.nameFolded = finalFolded;
  if (unit === "%" && kind === "level" && (q.min < 0 || q.max > 100)) return;

  const { year, fromYear } = yearBefore(block, s0, q.start);
  const draft: Draft = {
    name,
    // "Tỷ lệ hộ nghèo giảm 1,5%": the rate itself falls, by percentage points.
    unit: namedAfterCount ? unitForName(unit, finalFolded) : unitOfChange(name, unitForName(unit, finalFolded), kind),
    min: q.min,
    max: q.max,
    comparator: q.comparator === "=" && q.min !== q.max && hasAny(verbs, "khoang") ? "~" : q.comparator,
    kind,
    direction,
    year: year ?? context.year,
    group: context.group ?? groupOfText(finalFolded),
    zone: context.zone,
    from: Math.max(s0, Math.min(slot.preFrom, q.comparatorStart)),
    to: q.end,
    at: q.start,
    sentence: [s0, s1],
  };
  const periodStart = fromYear ?? (year === undefined ? context.fromYear : undefined);
  if ((kind === "rate" || kind === "change") && (averaged || q.perYear) && periodStart !== undefined && periodStart < draft.year) draft.fromYear = periodStart;
  if (q.of !== undefined) draft.note = `trên tổng số ${q.of} ${unit}`;
  if (parentSlot?.draft !== undefined) draft.parent = parentSlot.draft;
  else if (partsOf) draft.partOfEarlier = true;
  slot.draft = drafts.length;
  drafts.push(draft);
}
