/**
 * Indicator names from the words around a number: strip the verbs and cue words that link
 * a name to its value, and build self-contained names ("Tỷ lệ xã …", "Số huyện …",
 * "Tỷ lệ chất thải rắn được xử lý – nông thôn").
 */
import type { Direction, TargetKind } from "../catalog/schema";
import { foldKeepingOffsets, foldedCharCode } from "./ocr";
import { COMPARATOR_WORDS, INDICATOR_HEADS, INDICATORS, LEADING_NOISE, LINK_VERBS, PLACE_KINDS } from "./vocabulary";

export interface Trimmed {
  /** The name words left, as written. */
  text: string;
  /** Folded link verbs and comparators stripped from the end ("tang", "binh quan", "khoang"). */
  verbs: string[];
}

const TRAILING_WORDS = [...LINK_VERBS, ...COMPARATOR_WORDS.map((c) => c.written), "từ", "vào năm", "đến năm", "điều chỉnh thành", "điều chỉnh", "dự kiến", "đặt mục tiêu", "đề ra mục tiêu", "phấn đấu"].sort((a, b) => b.length - a.length);
const LEADING_WORDS = [...LEADING_NOISE].sort((a, b) => b.length - a.length);
const TRAILING_FOLDED = byEdgeCode(TRAILING_WORDS, true);
const LEADING_FOLDED = byEdgeCode(LEADING_WORDS, false);

/** Words with their folded form, longest first, filed by the folded code they end (or start) with. */
function byEdgeCode(words: readonly string[], atEnd: boolean): Map<number, (readonly [string, string])[]> {
  const out = new Map<number, (readonly [string, string])[]>();
  for (const w of words) {
    const fw = foldKeepingOffsets(w);
    const code = fw.charCodeAt(atEnd ? fw.length - 1 : 0);
    out.set(code, [...(out.get(code) ?? []), [w, fw] as const]);
  }
  return out;
}

const NONE: readonly (readonly [string, string])[] = [];
const MARKER = /^\s*(?:\(\s*\d{1,2}\s*\)|\d{1,2}(?:\.\d{1,2}){0,3}[.)]|\d{1,2}\s?[-–](?=\s+\p{L})|[a-zđ][.)]|[-–+•*▪●])\s+/u;
// "+" and "•" mark list items run into a line ("trong đó: + Nông nghiệp tăng 3%; + …"); no name starts with one.
const LEADING_PUNCT = new Set([..." \t\n\r\f\v\u00a0,;:.()]–-+•"]);
const TRAILING_PUNCT = new Set([..." \t\n\r\f\v\u00a0,;:.([–-"]);
const DIACRITIC = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/**
 * Does `words` (proper Vietnamese) match `text` at its start or end? Text written without
 * diacritics (OCR) matches on folded form; text with diacritics must match exactly, so that
 * "Cơ cấu" is not taken for "có" nor "đất" for "đạt".
 */
function matchEdge(text: string, words: string, atEnd: boolean): boolean {
  const piece = atEnd ? text.slice(text.length - words.length) : text.slice(0, words.length);
  if (piece.length !== words.length) return false;
  const boundary = atEnd ? text.charAt(text.length - words.length - 1) : text.charAt(words.length);
  if (boundary && !/[\s,;:()]/.test(boundary)) return false;
  if (piece.toLowerCase() === words) return true;
  // Without diacritics a leading "co" may be "có" or "Cơ (cấu)": only longer phrases match.
  if (!atEnd && !words.includes(" ")) return false;
  return !DIACRITIC.test(piece) && foldKeepingOffsets(piece) === foldKeepingOffsets(words);
}

/**
 * Words before the indicator that only lead in to it: a group ("Về xã hội, …") or who sets the
 * target and how ("UBND tỉnh xác định …", "Tỉnh phấn đấu …"). Folded.
 */
const LEAD_IN = new RegExp(String.raw`^(?:ve\s+[^,:;()]{1,40}[,:]\s*|(?:(?:(?:ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan|ban thuong vu)\s+)?(?:${PLACE_KINDS})(?:\s+uy)?(?:\s+[a-z]+){0,3}?|toan (?:tinh|xa|phuong|huyen))\s+(?:xac dinh|dat muc tieu|de ra|dat ra|giao chi tieu|quyet tam|phan dau|chu truong|du kien)\s+)`);

/**
 * The plan's figure set beside an actual names its plan, not the indicator: "kế hoạch cả năm (là)", "chỉ tiêu
 * giao", "Kế hoạch đặt ra cho năm 2026 về (tổng vốn …)". Cut when qualified or when nothing else is left. Folded.
 */
const PLAN_HEAD = /^(?:ke hoach|chi tieu|muc tieu|kh)((?:\s+(?:ke hoach|ca nam|dat ra|de ra|duoc giao|giao|nam \d{4}|cho nam \d{4}))+(?:\s+(?:ve|doi voi|cua))?|\s+(?:ve|doi voi|cua))?(?:\s+|$)/;

/** When a result was reported, before what it is of: "Theo Thống kê tỉnh, 6 tháng đầu năm 2026 (GRDP …)", "Nhiệm kỳ qua, …". Folded. */
const LEAD_PERIOD = /^(?:theo [^,;:]{1,40},\s*)?(?:(?:tinh chung|trong|sau)\s+)?(?:\d{1,2} thang (?:dau |cuoi )?nam(?: \d{4})?|(?:nhiem ky|nam|giai doan|thoi gian)(?: vua)? qua|(?:tinh )?den nay|quy [ivx]{1,3}(?:\/\d{4})?)(?:\s*,\s*|\s+)/;

/** "(Mục tiêu kế hoạch năm 2026 đề ra) cho ngành nông nghiệp là …": the sector (group 1, with its kind) the plan's figure is for. Folded. */
const PLAN_FOR = /^(?:(?:ke hoach|chi tieu|muc tieu)(?: ke hoach)?(?: nam \d{4})?(?: (?:de ra|dat ra))? )?cho ((?:nganh|linh vuc|khu vuc) [a-z -]{3,40}?) la /;

/** "So với năm 2025, …", "So với cùng kỳ, …": a base opening the sentence. Folded. */
const BASE_HEAD = /^so (?:voi )?(?:nam \d{4}|cung ky(?: nam \d{4})?)\s*,\s*/;

/** Who chooses a growth scenario, up to the growth it names: "Tỉnh lựa chọn kịch bản (tăng trưởng GRDP)". Folded. */
const SCENARIO = /^(?:[^,;:()]*?\s)?(?:kich ban|phuong an)(?:\s+(?:cao|co so|thap|[1-3]))?\s+(?=tang truong\b)/;

/** A named place opening a clause: "xã Hòa An", "Phường Nam Thành", "tỉnh Lâm Đồng" (its name capitalised). */
const PLACE_SUBJECT = /^(?:[Xx]ã|[Pp]hường|[Tt]ỉnh|[Tt]hành phố|[Hh]uyện|[Tt]hị xã|[Tt]hị trấn|[Đđ]ặc khu)\s+(?:\p{Lu}\p{Ll}*\s+){1,3}(?=\p{Ll})/u;

/** Longest name candidate looked at: indicator names are a few dozen words at most. */
export const NAME_WINDOW = 400;

/** The last `NAME_WINDOW` characters of a candidate, cut at a word boundary. */
export function nameWindow(text: string): string {
  if (text.length <= NAME_WINDOW) return text;
  const tail = text.slice(text.length - NAME_WINDOW);
  const space = tail.search(/\s/);
  return space < 0 ? tail : tail.slice(space + 1);
}

/**
 * Strip leading cue words and trailing link verbs/comparators from a name candidate. Works on
 * the candidate's last NAME_WINDOW characters, so its cost does not grow with the sentence.
 */
/** Where the words after the last purpose with a deadline ("để đến năm 2030", "nhằm đến năm 2030") inside a name begin, or -1. Folded. */
function lastDeadline(folded: string): number {
  let end = -1;
  for (const m of folded.matchAll(/\b(?:de|nham) (?:den|vao) n\S{1,2}m \d{4}\b\s*,?\s*/g)) end = m.index + m[0].length;
  return end;
}

export function trimName(text: string, textFolded?: string): Trimmed {
  let t = nameWindow(text);
  // The folded text keeps every offset of `t`, so both are cut alike; a caller holding the
  // folded copy (a slice of its block's) passes it, and nothing is folded again.
  let folded = textFolded === undefined ? foldKeepingOffsets(t) : textFolded.slice(textFolded.length - t.length);
  if (/[^\S ]|\s\s/.test(t)) {
    t = t.replace(/\s+/g, " ");
    folded = folded.replace(/\s+/g, " ");
  }
  const marker = MARKER.exec(t);
  const cut = (from: number, to: number) => {
    t = t.slice(from, to);
    folded = folded.slice(from, to);
  };
  if (marker) cut(marker[0].length, t.length);
  const verbs: string[] = [];
  for (let changed = true; changed; ) {
    changed = false;
    let from = 0;
    let to = t.length;
    while (from < to && LEADING_PUNCT.has(t[from])) from++;
    while (to > from && TRAILING_PUNCT.has(t[to - 1])) to--;
    if (from > 0 || to < t.length) cut(from, to);
    // "năm 2030", "đến năm 2030", "thời kỳ 2021-2030" at either end say when, not what.
    const yearTail = /\d{4}$/.test(folded) ? /(?:,\s*)?(?:(?:den|vao|cuoi|dau|het)\s+){0,2}(?:n\S{1,2}m|thoi ky|giai doan)\s+\d{4}(?:\s*-\s*\d{4})?$/.exec(folded) : null;
    if (yearTail && yearTail.index > 0) {
      cut(0, yearTail.index);
      changed = true;
      continue;
    }
    // "… tạo nền tảng để đến năm 2030 thu nhập bình quân đầu người": the words up to a purpose's deadline say why; the indicator follows it.
    const deadline = folded.includes(" den n") || folded.includes(" vao n") ? lastDeadline(folded) : -1;
    if (deadline > 0 && deadline < t.length && isIndicatorName(t.slice(deadline))) {
      cut(deadline, t.length);
      changed = true;
      continue;
    }
    const yearHead = /^(?:(?:den|vao|trong|cuoi|dau|het|ke hoach)\s+)?n\S{1,2}m\s+\d{4}\s*,?\s*/.exec(folded);
    if (yearHead && yearHead[0].length < t.length) {
      cut(yearHead[0].length, t.length);
      changed = true;
      continue;
    }
    for (const [w, fw] of TRAILING_FOLDED.get(folded.charCodeAt(folded.length - 1)) ?? NONE) {
      // "cây hằng năm" is a crop, not how often.
      if (folded.endsWith(fw) && matchEdge(t, w, true) && !(fw === "hang nam" && folded.endsWith(" cay hang nam"))) {
        cut(0, t.length - w.length);
        verbs.push(fw);
        changed = true;
        break;
      }
    }
    if (changed) continue;
    const leadIn = LEAD_IN.exec(folded);
    if (leadIn && leadIn[0].length < t.length && (!DIACRITIC.test(t) || /^(?:về|ủy|uỷ|ubnd|hđnd|hội|tỉnh|toàn|thành|ban|xã|phường|huyện|thị xã|đặc khu)/iu.test(t))) {
      cut(leadIn[0].length, t.length);
      changed = true;
      continue;
    }
    // "Năm 2026, xã Hòa An tổng thu ngân sách … 52 tỷ đồng": the place the sentence is about is its subject, not the indicator's words.
    const place = PLACE_SUBJECT.exec(t);
    if (place && place[0].length < t.length && isIndicatorName(t.slice(place[0].length))) {
      cut(place[0].length, t.length);
      changed = true;
      continue;
    }
    // "UBND tỉnh chọn kịch bản tăng trưởng GRDP năm 2026 là 9,6%": the scenario chosen names the growth, not who chose it.
    const scenario = (folded.includes("kich ban") || folded.includes("phuong an")) && folded.includes("tang truong") ? SCENARIO.exec(folded) : null;
    if (scenario && scenario[0].length < t.length) {
      cut(scenario[0].length, t.length);
      changed = true;
      continue;
    }
    const period = LEAD_PERIOD.exec(folded);
    if (period && period[0].length < t.length) {
      cut(period[0].length, t.length);
      changed = true;
      continue;
    }
    // "Kế hoạch năm 2026 đặt ra cho lĩnh vực du lịch là đón 2 triệu lượt khách": what is set, then for which sector.
    const planFor = PLAN_FOR.exec(folded);
    if (planFor && planFor[0].length < t.length) {
      const sector = t.slice(planFor.index + planFor[0].length - planFor[1].length - 4, planFor[0].length - 4).trim();
      t = `${t.slice(planFor[0].length)} ${sector}`;
      folded = foldKeepingOffsets(t);
      changed = true;
      continue;
    }
    // "So với năm 2025, năm 2026 tổng vốn đầu tư …": the base a sentence measures against opens no name.
    const base = BASE_HEAD.exec(folded);
    if (base && base[0].length < t.length) {
      cut(base[0].length, t.length);
      changed = true;
      continue;
    }
    const planHead = PLAN_HEAD.exec(folded);
    if (planHead && (planHead[1] || planHead[0].length === t.length)) {
      cut(planHead[0].length, t.length);
      changed = true;
      continue;
    }
    for (const [w, fw] of LEADING_FOLDED.get(folded.charCodeAt(0)) ?? NONE) {
      // "(trong đó) đạt chuẩn 85%": "đạt chuẩn" is what is counted, not a link verb.
      if (folded.startsWith(fw) && matchEdge(t, w, false) && !(fw === "dat" && folded.startsWith("dat chuan"))) {
        cut(w.length, t.length);
        changed = true;
        break;
      }
    }
  }
  return { text: balance(t.trim()), verbs };
}

/** Drop a parenthesis left open or closed by cutting a clause. */
function balance(text: string): string {
  let t = text;
  let opens = 0;
  let closes = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 40) opens++;
    else if (c === 41) closes++;
  }
  if (closes > opens) t = t.replace(/\)(?=[^)]*$)/, "").trim();
  else if (opens > closes) t = t.replace(/\((?=[^(]*$)/, "").trim();
  return /[^\S ]|\s\s/.test(t) ? t.replace(/\s+/g, " ") : t;
}

const STOP_WORDS = new Set(["ty", "le", "so", "cac", "va", "cua", "trong", "duoc", "dat", "co", "nam", "the", "tren", "theo", "nhung", "voi", "muc", "binh", "quan", "khu", "vuc", "nganh"]);

/** The words of a name that say what it measures (folded; no link words, no numbers). */
export function nameKeywords(name: string): Set<string> {
  return new Set(foldKeepingOffsets(name).split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !STOP_WORDS.has(w) && !/^\d+$/.test(w)));
}

/** Heads a part may share with the whole it belongs to: "Tỷ lệ …, trong đó tỷ lệ có bằng cấp …", "Diện tích cây ăn quả (gồm … ha cam …)". */
const SHARED_HEAD = /^(?:tỷ lệ|tỷ trọng|tốc độ tăng(?: trưởng)?|số lượng|số|tổng số|diện tích|sản lượng|chiều dài)\s+/iu;

/**
 * The self-contained name of a part ("trong đó …", "(…)") of the target named `whole`. A part that
 * restates most of the whole's words is already whole ("Tỷ lệ lao động nữ qua đào tạo"); one that
 * carries on the whole's last words extends it ("Tỷ lệ hộ nghèo" + "hộ nghèo dân tộc thiểu số");
 * any other part is named after the whole: "Tổng thu ngân sách – thu nội địa".
 */
export function partName(whole: string, part: string): string {
  const wholeWords = nameKeywords(whole);
  const partWords = nameKeywords(part);
  let shared = 0;
  for (const w of wholeWords) if (partWords.has(w)) shared++;
  if (isIndicatorName(part) && wholeWords.size > 0 && shared / wholeWords.size >= 0.5) return part;
  const wholeFolded = foldKeepingOffsets(whole);
  const words = foldKeepingOffsets(part).split(" ");
  for (let k = Math.min(words.length - 1, 6); k >= 2; k--) {
    const phrase = ` ${words.slice(0, k).join(" ")}`;
    if (wholeFolded.endsWith(phrase)) return `${whole.slice(0, wholeFolded.length - phrase.length)} ${part}`;
  }
  // "Tỷ lệ thôn có nhà văn hóa" + "đạt chuẩn": a predicate narrows the whole.
  if (/^(?:đạt|được)\s/u.test(part)) return `${whole} ${part}`;
  const head = SHARED_HEAD.exec(part);
  const ownHead = head && wholeFolded.startsWith(foldKeepingOffsets(head[0]).trimEnd()) ? part.slice(head[0].length) : part;
  return `${whole} – ${lowerFirst(ownHead)}`;
}

/** Whether a name stands on its own as an indicator ("Tỷ lệ …", "Số …", "GRDP …"). */
export function isIndicatorName(name: string): boolean {
  return INDICATOR_HEADS.some((h) => foldedStartsWith(name, h));
}

/** The first `length` characters of `text` after its leading spaces, folded: enough for "^…" tests. */
export function foldedHead(text: string, length: number): string {
  return foldKeepingOffsets(text.trimStart().slice(0, length));
}

/**
 * Whether `text` folded, followed by a space, starts with `head` (folded): the fold of the
 * few characters compared, without building a folded copy.
 */
function foldedStartsWith(text: string, head: string): boolean {
  for (let i = 0; i < head.length; i++) {
    const code = i < text.length ? foldedCharCode(text.charCodeAt(i)) : i === text.length ? 32 : -1;
    if (code !== head.charCodeAt(i)) return false;
  }
  return true;
}

export function lowerFirst(text: string): string {
  if (/^\p{Lu}{2,}/u.test(text) || /^\p{Lu}[\p{Lu}\d&]/u.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}


/** Drop a leading "số"/"các"/"tổng số" from the noun after a percentage ("95% số xã" → "xã"). */
export function nounAfterPercent(text: string): string {
  return text.replace(/^(?:tổng số|số lượng|số|các|những)\s+/iu, "").trim();
}

/** Whether a UTF-16 code is white space as `\s` and `trim()` see it. */
function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether tidy would leave `name` as it is: single plain spaces, none before ",;:)" or after "(", clean ends. */
function isTidy(name: string): boolean {
  const n = name.length;
  if (n === 0) return true;
  if (isSpaceCode(name.charCodeAt(0))) return false;
  const last = name.charCodeAt(n - 1);
  if (isSpaceCode(last) || last === 44 || last === 59 || last === 58 || last === 0x2013 || last === 45) return false; // , ; : – -
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if (c === 40 && i + 1 < n && isSpaceCode(name.charCodeAt(i + 1))) return false; // "( "
    if (c !== 32 && isSpaceCode(c)) return false;
    if (c === 32 && i + 1 < n) {
      const next = name.charCodeAt(i + 1);
      if (isSpaceCode(next) || next === 44 || next === 59 || next === 58 || next === 41) return false; // "  ", " ,", " ;", " :", " )"
    }
  }
  return true;
}

export function tidy(name: string): string {
  if (isTidy(name)) return name;
  return name
    .replace(/\s+/g, " ")
    .replace(/\s+([,;:)])/g, "$1")
    .replace(/\(\s+/g, "(")
    .replace(/[\s,;:–-]+$/u, "")
    .trim();
}

const HINTS = INDICATORS.filter((i) => i.kind || i.direction).map((i) => ({ folded: foldKeepingOffsets(i.phrase).toLowerCase(), kind: i.kind, direction: i.direction }));

/** The kind and direction the vocabulary gives an indicator named in a folded text ("so doanh nghiep thanh lap moi" → flow). */
export function vocabularyHint(folded: string): { kind?: TargetKind; direction?: Direction } {
  for (const h of HINTS) if (folded.includes(h.folded)) return { kind: h.kind, direction: h.direction };
  return {};
}
