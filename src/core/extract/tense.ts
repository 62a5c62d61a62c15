/**
 * Whether a passage reports what was done or sets what is to be done. Reports and news put results and
 * goals side by side: "6 tháng đầu năm, GRDP ước tăng 7,4%, trong khi kế hoạch cả năm là 9,5%";
 * "nhiệm kỳ qua … đạt …; nhiệm kỳ tới phấn đấu …". Marks of tense are read once per block, in order:
 * a result mark ("ước", "đã", "6 tháng đầu năm", "nhiệm kỳ qua", "đến nay", "so với cùng kỳ", "vượt kế
 * hoạch") holds until a goal mark ("phấn đấu", "mục tiêu", "đề ra", "6 tháng cuối năm", "năm tới", the
 * plan's own year), and the reverse. A plan figure set beside an actual ("(kế hoạch 2,3 tỷ USD)",
 * "trong khi chỉ tiêu cả năm là …") is a goal in its own clause only.
 */
import { isPlanYear } from "../periods/codes";
import type { Block } from "./document";
import { PLACE_KINDS } from "./vocabulary";

/** What a mark of tense says: nothing yet, a result reported, a goal set by a cue word, or only the plan's year named. */
export const Tense = { None: 0, Result: 1, Goal: 2, PlanYear: 3 } as const;
export type Tense = (typeof Tense)[keyof typeof Tense];

export interface TenseMarks {
  /** Where each mark ends, in the block, in order. */
  ends: number[];
  /** What each mark says: a result reported, a goal set by a cue word ("phấn đấu"), or only the plan's year named. */
  kind: Tense[];
}

/** What an actual is measured against: the plan, the target, the goal, the budget. Folded. */
const PLAN_MEASURE = String.raw`(?:ke hoach|chi tieu|muc tieu|du toan)`;
/**
 * An actual measured against the plan, and a period that is mostly reported on ("Quý III", "tính chung 9 tháng",
 * "sau 5 năm"): a result, unless a cue has just set a goal ("phấn đấu đạt 10%, vượt mục tiêu …", "phấn đấu … quý IV đạt 11%").
 */
const WEAK_RESULT_MARKS = [
  String.raw`(?:dat va )?(?:vuot|cao hon|thap hon)(?: so voi)? ${PLAN_MEASURE}(?: (?:de|dat) ra| giao)?`,
  String.raw`quy (?:i{1,3}|iv|[1-4])`,
  String.raw`(?:tinh chung|trong|sau) \d{1,2} thang(?! (?:cuoi|tuoi|toi))`,
  String.raw`sau \d{1,2} nam`,
  String.raw`ket qua(?: thuc hien| dat duoc)?`,
];
/** "so với cùng kỳ": a figure measured against last year's, a result wherever it stands. */
const AGAINST_LAST_YEAR = String.raw`so (?:voi )?cung ky`;
/** "đạt được", "thực hiện được", "đạt và vượt": a result, except as what a goal just set is to reach. */
const REACHED = String.raw`(?:dat|thuc hien) duoc|dat va vuot`;
const RESULT_MARKS = [
  String.raw`uoc`,
  String.raw`luy ke den (?:nay|het thang|thang)`,
  String.raw`da`, // checked as "đã" on the text: "đa", "da" fold alike
  REACHED,
  String.raw`(?:\d{1,2}|sau|chin|muoi mot) thang(?: dau)? nam(?: \d{4})?`,
  String.raw`(?:\d{1,2}|sau|chin) thang qua`,
  String.raw`thang dau nam`,
  String.raw`(?:nhiem ky|nam|giai doan|thoi gian|nhung nam|\d{1,2} nam)(?: vua)? qua`,
  String.raw`(?:tinh )?den (?:nay|thoi diem (?:nay|hien tai)|ngay \d{1,2}[/-]\d{1,2})`,
  AGAINST_LAST_YEAR,
  // What a place is, not what it aims at: "Xã … được thành lập trên cơ sở sáp nhập 3 xã, có diện tích tự nhiên 96 km²,
  // … Đảng bộ xã có 52 chi bộ với 1.340 đảng viên".
  String.raw`(?:duoc )?thanh lap tren co so`,
  String.raw`dien tich tu nhien`,
  String.raw`co \d+ (?:chi bo|dang bo co so|to chuc co so dang)`,
];
const GOAL_MARKS = [
  String.raw`phan dau`,
  String.raw`muc tieu(?! quoc gia)`,
  String.raw`(?:de|dat) ra`,
  String.raw`giao chi tieu`,
  String.raw`dinh huong`,
  String.raw`quyet tam`,
  String.raw`huong toi`,
  String.raw`\d{1,2} thang cuoi nam`,
  String.raw`(?:nam|nhiem ky|giai doan|thoi gian) (?:toi|sap toi)`,
];
/** What a figure is measured against ("so với ước thực hiện năm 2025", "48% kế hoạch năm 2026", "hoàn thành mục tiêu đề ra") says no tense. */
/** A result mark that is only last year's base, or what to reach, right after a goal mark. */
const AGAINST_LAST_YEAR_ONLY = new RegExp(`^${AGAINST_LAST_YEAR}$`);
const REACHED_ONLY = new RegExp(`^(?:${REACHED})$`);
const BASE = String.raw`(?:%\s*|\b(?:so voi|dat|hoan thanh)\s+)(?:uoc(?: thuc hien| tinh| dat)?|${PLAN_MEASURE})(?: (?:ca )?nam(?: \d{4})?| (?:de|dat) ra| giao)?`;
/** A term or period "nhiệm kỳ 2020 - 2025", "giai đoạn 2021-2025": its first and last years (two groups). Folded. */
const PERIOD = String.raw`(?:nhiem ky|giai doan) (\d{4})\s*[-–]\s*(\d{4})`;
/** A period not compared with (its years are groups 7 and 8 of TENSE). */
const TERM = String.raw`(?<!(?:so voi|gap|bang|lan|hon|cua|voi|tu) )${PERIOD}`;
const TERM_IN_TEXT = new RegExp(String.raw`\b${PERIOD}\b`, "g");

/**
 * The first year of the latest term or period a text names ("nhiệm kỳ 2025 - 2030" → 2025): a congress report looks
 * back on the term that ends then ("Nhiệm kỳ 2020 - 2025, …") before it sets the next one's goals. Folded text.
 */
export function latestTermStart(blocks: readonly { folded: string }[]): number | undefined {
  let latest: number | undefined;
  for (const { folded } of blocks) {
    if (!folded.includes("nhiem ky") && !folded.includes("giai doan")) continue;
    TERM_IN_TEXT.lastIndex = 0;
    for (let m = TERM_IN_TEXT.exec(folded); m; m = TERM_IN_TEXT.exec(folded)) {
      const [start, end] = [Number(m[1]), Number(m[2])];
      if (end > start && end - start <= 10 && (latest === undefined || start > latest)) latest = start;
    }
  }
  return latest;
}

/** One pass over a block: result marks, goal marks, a year ("năm 2026") that may be the plan's, and bases skipped. */
const TENSE = new RegExp(String.raw`\b(?:(${WEAK_RESULT_MARKS.join("|")})|(${RESULT_MARKS.join("|")})|(${GOAL_MARKS.join("|")})|(?:(?:(so voi|cung ky|bang|lan|gap|tu)|(den|vao|truoc)) )?n\S{1,2}m (\d{4})|${TERM}|ke hoach n\S{1,2}m (\d{4}))\b|${BASE}`, "g");

/**
 * The marks of tense in `block` from `from` up to `to`: for a block with figures only. Outside a target section an earlier
 * year opens a report of it ("Năm 2025, phường hoàn thành … . Thu ngân sách 86 tỷ đồng …"); inside one it is a milestone.
 */
export function tenseMarks(block: Block, from: number, to: number, planYear: number, pastYearsReport: boolean, termStart?: number): TenseMarks {
  const ends: number[] = [];
  const kind: Tense[] = [];
  let pastTermEnd = 0;
  TENSE.lastIndex = from;
  // Marks after the last figure (`to`) tell nothing.
  for (let m = TENSE.exec(block.folded); m && m.index < to; m = TENSE.exec(block.folded)) {
    if (m[1] !== undefined) {
      if (kind[kind.length - 1] === Tense.Goal) continue;
      kind.push(Tense.Result);
    } else if (m[2] !== undefined) {
      if (m[2] === "da" && !/^đã/iu.test(block.text.slice(m.index, m.index + 2))) continue;
      // "phấn đấu … kim ngạch xuất khẩu tăng 15% so với cùng kỳ": in a goal, last year's figure is the target's base.
      if (kind[kind.length - 1] === Tense.Goal && AGAINST_LAST_YEAR_ONLY.test(m[2])) continue;
      // "phấn đấu đạt và vượt 24/24 chỉ tiêu", "phấn đấu thực hiện đạt được các chỉ tiêu": what the goal is to reach.
      if (kind[kind.length - 1] === Tense.Goal && REACHED_ONLY.test(m[2]) && /^\s*(?:(?:hoan thanh|thuc hien)(?: va)?\s*)?$/.test(block.folded.slice(ends[ends.length - 1], m.index))) continue;
      kind.push(Tense.Result);
    } else if (m[3] !== undefined) kind.push(Tense.Goal);
    // A term that ends where a later one named in the text begins is the past one: its figures are results.
    else if (m[7] !== undefined) {
      if (termStart === undefined || Number(m[8]) > termStart || Number(m[8]) <= Number(m[7])) continue;
      kind.push(Tense.Result);
      pastTermEnd = Number(m[8]);
    }
    // "Kế hoạch năm 2026: … tăng 9,2% so với năm 2025": the plan of the plan's year sets goals; an earlier year's plan is its report.
    else if (m[9] !== undefined) {
      if (Number(m[9]) >= planYear) kind.push(Tense.Goal);
      else if (pastYearsReport) kind.push(Tense.Result);
      else continue;
    }
    // "Nhiệm kỳ 2020 - 2025, … thu nhập bình quân năm 2025 đạt …": the past term's last year is still looked back on.
    else if (m[6] !== undefined && Number(m[6]) <= pastTermEnd && kind[kind.length - 1] === Tense.Result) continue;
    // "Năm 2026, …" speaks of the plan's year, "Năm 2025, …" of the year before; "so với năm 2025", "gấp 2 lần
    // năm 2025" only compare, and "đến năm 2025" sets a deadline.
    else if (m[6] === undefined || m[4] !== undefined || /[%\d]\s*$/.test(block.folded.slice(Math.max(0, m.index - 3), m.index))) continue; // "bằng 83,4% năm 2023"
    else if (Number(m[6]) >= planYear) kind.push(Tense.PlanYear);
    else if (pastYearsReport && m[5] === undefined) kind.push(Tense.Result);
    else continue;
    ends.push(m.index + m[0].length);
  }
  return closeAsides(block.folded, from, to, { ends, kind });
}

/**
 * "chọn kịch bản tăng trưởng 9,6% (năm 2025 ước đạt 8,45%); trong đó …": a mark inside parentheses speaks for the
 * aside only. Where the parenthesis closes, the tense before it holds again.
 */
function closeAsides(folded: string, from: number, to: number, marks: TenseMarks): TenseMarks {
  if (!marks.ends.length || folded.indexOf("(", from) < 0) return marks;
  const ends: number[] = [];
  const kind: Tense[] = [];
  let k = 0;
  let depth = 0;
  let before: Tense = Tense.None;
  let markedInside = false;
  for (let i = from; i < to && (k < marks.ends.length || markedInside); i++) {
    while (k < marks.ends.length && marks.ends[k] <= i) {
      if (depth === 0) before = marks.kind[k];
      else markedInside = true;
      ends.push(marks.ends[k]);
      kind.push(marks.kind[k]);
      k++;
    }
    const c = folded.charCodeAt(i);
    if (c === 40) depth++; // (
    else if (c === 41 && depth > 0 && --depth === 0 && markedInside) {
      ends.push(i + 1);
      kind.push(before);
      markedInside = false;
    }
  }
  for (; k < marks.ends.length; k++) {
    ends.push(marks.ends[k]);
    kind.push(marks.kind[k]);
  }
  return { ends, kind };
}

/** "Năm 2025, …", "Trong năm 2025, …", "Tính đến hết năm 2025, …": a paragraph opening on a year. Folded. */
const OPENS_ON_YEAR = /^(?:(?:trong|ca|tinh den het|den het|cuoi)\s+)?nam (\d{4})\b/;

/**
 * Whether a paragraph only reports a past year: it opens on a year before the plan's ("Năm 2025, kinh tế … tăng trưởng
 * khá, …") and every mark of tense in it is a result. News goes on with that year's figures in the next paragraph, with
 * no year of its own ("Thu ngân sách đạt 320 tỷ đồng; …"); such a paragraph (`carried`) passes it on while it names no goal.
 */
export function onlyReportsPastYear(block: Block, planYear: number, carried: boolean, termStart?: number): boolean {
  const opening = carried ? null : OPENS_ON_YEAR.exec(block.folded.trimStart());
  if (!carried && (!opening || Number(opening[1]) >= planYear)) return false;
  const { kind } = tenseMarks(block, 0, block.text.length, planYear, true, termStart);
  return kind.every((k) => k === Tense.Result);
}

/** What the latest mark before `at` says (None where the block has none before it). */
export function tenseAt(marks: TenseMarks, at: number): Tense {
  const { ends } = marks;
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? marks.kind[lo - 1] : Tense.None;
}

/**
 * A clause that opens on the plan's figure beside an actual: "(kế hoạch 2,3 tỷ USD)", "trong khi kế hoạch
 * cả năm là tăng 9,5%", "Kế hoạch đặt ra cho năm 2026 về … là". Folded clause text before the figure.
 */
export const PLAN_FIGURE_CLAUSE = /^[\s,;(]*(?:trong khi(?: do)?\s+|con\s+)?(?:ke hoach|chi tieu|du toan|kh)\b/;

/** Words after an actual that say it is one: "vượt kế hoạch", "so với cùng kỳ", "đứng thứ 11/34". */
export const RESULT_AFTER = new RegExp(String.raw`\b(?:vuot ${PLAN_MEASURE}|${AGAINST_LAST_YEAR}|(?:dung|xep) thu \d)`);

/**
 * "kế hoạch năm 2026", "Năm 2026, tỉnh đặt mục tiêu …", a sentence opening "Năm 2026, xã Hòa An …" or "Năm 2026, tổng
 * thu ngân sách …" after the year's report: a year the text sets goals for (not a deadline "đến năm 2030"). Folded.
 */
const GOAL_YEAR = new RegExp(String.raw`\b(?:ke hoach|phan dau|muc tieu|nhiem vu|chi tieu)(?: [a-z]+){0,3}? (?<!(?:den|vao|truoc|cuoi|het) )nam (\d{4})\b|\bnam (\d{4}),?(?: [a-z]+){0,4}? (?:phan dau|dat muc tieu|muc tieu|de ra)\b|(?:^|[.;:] )nam (\d{4}), (?:${PLACE_KINDS}|tong|thu|ty le|toc do|tang truong|grdp|gia tri|kim ngach|von) `, "g");

/**
 * The plan year of a text that reports one year and plans the next ("Năm 2025, tăng trưởng đạt 8,6% … Năm 2026,
 * tỉnh đặt mục tiêu …"): the year after `year` when the text sets goals for it, else `year`. A report's own year
 * is the most named one, but its figures for that year are results.
 */
export function planYearAfter(blocks: readonly { folded: string }[], year: number): number {
  return setsGoalsFor(blocks, year + 1, true) ? year + 1 : year;
}

/** Whether the text sets goals for `year` ("kế hoạch năm 2026", "Năm 2026, tỉnh phấn đấu …"); `opening`: a sentence opening "Năm 2026, tổng thu …" counts too. */
function setsGoalsFor(blocks: readonly { folded: string }[], year: number, opening: boolean): boolean {
  for (const { folded } of blocks) {
    if (!folded.includes(String(year))) continue;
    GOAL_YEAR.lastIndex = 0;
    for (let m = GOAL_YEAR.exec(folded); m; m = GOAL_YEAR.exec(folded)) if (Number(m[1] ?? m[2] ?? (opening ? m[3] : undefined)) === year) return true;
  }
  return false;
}

/** "Đại hội đề ra 18 chỉ tiêu đến năm 2030", "mục tiêu giai đoạn 2026 - 2030": the last year a text sets its goals for. Folded. */
const HORIZON_CUES = ["chi tieu", "muc tieu", "phan dau"];
const HORIZON = new RegExp(String.raw`\b(?:${HORIZON_CUES.join("|")})\b[^.;:]{0,60}?\b(?:den nam (\d{4})\b|${PERIOD}\b)`, "g");

/**
 * The year a text with no year in its title is about: a report of `year` that sets goals only for a later horizon
 * ("Năm 2025, sản lượng lúa đạt …" then "Chương trình đặt mục tiêu đến năm 2030: …") is about the horizon, so its
 * figures for `year` read as results and its targets with no year of their own are the horizon's; a text that sets
 * goals for `year` itself stays there.
 */
export function goalHorizonAfter(blocks: readonly { folded: string }[], year: number): number {
  let horizon = year;
  for (const { folded } of blocks) {
    if (!HORIZON_CUES.some((cue) => folded.includes(cue))) continue;
    HORIZON.lastIndex = 0;
    for (let m = HORIZON.exec(folded); m; m = HORIZON.exec(folded)) horizon = Math.max(horizon, Number(m[1] ?? m[3]));
  }
  return horizon > year && isPlanYear(horizon) && !setsGoalsFor(blocks, year, false) ? horizon : year;
}
