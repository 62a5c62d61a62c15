/**
 * Headings and what they say about the text under them: results or targets, the target year,
 * the group ("Về kinh tế"), the agency in charge ("3.1. Sở Khoa học và Công nghệ:").
 */
import { isPlanYear } from "../periods/codes";
import type { AgencyLevel } from "./types";
import { isUpperLine, type Block } from "./document";
import { AGENCY_HEADS, GROUP_KEYWORDS, ZONE_WORDS } from "./vocabulary";
import { foldKeepingOffsets } from "./ocr";

/**
 * What a section holds. "open": no heading has said yet (a bare list of targets, a news report):
 * numbers stated as targets are read without a cue word, and results are still recognised.
 */
export type Zone = "result" | "target" | "task" | "open";

export interface AgencyMention {
  name: string;
  level: AgencyLevel;
}

export interface Heading {
  level: number;
  label: string;
  zone?: Zone;
  year?: number;
  /** First year of a period the heading names ("giai đoạn 2021-2025"). */
  fromYear?: number;
  group?: string;
  agencies?: AgencyMention[];
  /** The list marker the heading was written with ("1.", "a)"), if any. */
  marker?: string;
}

export interface HeadingRead {
  heading: Heading;
  /** Offset in the block where body text starts (a heading followed by ":" and prose), or -1. */
  bodyStart: number;
}

const ROMAN = /^([IVXl|1]{1,4})[.\-–]\s+/;
const ARABIC = /^(\d{1,2}(?:\.\d{1,2}){0,3})[.)]?\s+/;
const LETTER = /^[a-zđ]\)\s+/;

export function zoneOf(foldedLabel: string): Zone | undefined {
  // "Chương trình mục tiêu quốc gia" names no targets, "đáp ứng yêu cầu" no requirements section.
  const label = foldedLabel.replace(/muc ti\S{1,3} qu\S{1,3}c gia|dap \S{1,2}ng (?:cac )?yeu c\S{1,2}u/g, " ");
  for (const { zone, words } of ZONE_WORDS) if (words.some((w) => label.includes(w))) return zone;
  return undefined;
}

/** The year a heading sets: "đến năm 2030" → 2030 (a "tầm nhìn đến năm 2045" is not a target year). */
export function yearOf(foldedLabel: string): number | undefined {
  const re = /(tam nhin\s+(?:den\s+)?)?n\S{1,2}m\s+(\d{4})\b/g;
  for (let m = re.exec(foldedLabel); m; m = re.exec(foldedLabel)) {
    const year = Number(m[2]);
    if (!m[1] && isPlanYear(year)) return year;
  }
  return periodOf(foldedLabel)?.[1];
}

/** "giai đoạn 2021-2025", "thời kỳ 2021-2030", "nhiệm kỳ 2025 - 2030" → [2021, 2025], …. */
export function periodOf(foldedLabel: string): [number, number] | undefined {
  const m = /(?:giai doan|thoi ky|nhiem ky)\s+(\d{4})\s*[-–]\s*(\d{4})/.exec(foldedLabel);
  return m && Number(m[1]) <= Number(m[2]) ? [Number(m[1]), Number(m[2])] : undefined;
}

/** "Về kinh tế:" → "Kinh tế". */
export function groupOfLabel(foldedLabel: string): string | undefined {
  // "Về kinh tế", OCR "Vé kinh tế"; not "Vốn đầu tư công", "Vụ đông" (an indicator or a season, named before its figure).
  const m = /^ve\S?\s+(.{3,60}?)\s*:?\s*$/.exec(foldedLabel);
  if (!m) return undefined;
  return groupOfText(m[1]);
}

/** Each group's keywords as whole words: "rung" (forest) is not in "trung ương", "cau" (bridge) not in "cơ cấu". */
const GROUP_PATTERNS = GROUP_KEYWORDS.map(({ group, words }) => ({
  group,
  re: words.length ? new RegExp(`(?<![a-z0-9])(?:${words.map((w) => w.trim().replace(/ /g, "\\s+")).join("|")})(?![a-z0-9])`) : null,
}));

/** The group a target's (folded) name puts it in, by keywords; economy when none says otherwise. */
export function groupOfText(folded: string): string {
  for (const { group, re } of GROUP_PATTERNS) if (re?.test(folded)) return group;
  if (/kinh t/.test(folded)) return "Kinh tế";
  if (/xa h|van h/.test(folded)) return "Văn hóa – xã hội";
  return "Kinh tế";
}

/** Heads whose folded form is also a common word: written with diacritics, only this spelling is an agency. */
const HEAD_SPELLING: Readonly<Record<string, string>> = { so: "sở", bo: "bộ", dai: "đài", hoi: "hội", truong: "trường", cuc: "cục" };

function startsWithAgencyHead(folded: string, text: string): boolean {
  // A head of two words may be the whole name: "Tỉnh đoàn".
  const head = AGENCY_HEADS.find((h) => folded.startsWith(`${h} `) || (folded === h && h.includes(" ")));
  if (!head) return false;
  const written = text.slice(0, head.length).toLowerCase();
  // "Số bác sĩ …" is not "Sở …"; text without diacritics (OCR) cannot tell them apart.
  return !(head in HEAD_SPELLING) || written === HEAD_SPELLING[head] || written === head;
}

function agencyLevel(folded: string): AgencyLevel {
  if (/^(ubnd|uy ban nhan dan)\s+(cac\s+)?(huyen|thi xa|thanh pho|quan)/.test(folded)) return "district";
  if (/^(ubnd|uy ban nhan dan)\s+(cac\s+)?(xa|phuong|thi tran)/.test(folded)) return "commune";
  if (/^bo\s/.test(folded) && !/^bo chi huy/.test(folded)) return "central";
  if (/^(so|ban|cuc|chi cuc|cong an|bo chi huy|thanh tra|kho bac|ngan hang|bao hiem xa hoi|dai|van phong|ubnd tinh|uy ban nhan dan tinh|tinh doan)\s/.test(folded)) return "province";
  return "other";
}

/** "Các sở, ban, ngành", "Các cơ quan, đơn vị", "UBND các xã": agencies named together, as one. */
const COLLECTIVE = /^cac\s+(?:so|ban|co quan|don vi|dia phuong|huyen|xa|phuong)\b/;

const wordCount = (name: string) => name.split(" ").filter((w) => /\p{L}/u.test(w)).length;

/** Agencies named by a label: "Sở Công Thương, Ban Quản lý các KCN tỉnh" → two agencies. */
export function agenciesIn(label: string, maxWords = 14): AgencyMention[] {
  const text = label.replace(/[:.\s]+$/, "").trim();
  const folded = foldKeepingOffsets(text);
  if (COLLECTIVE.test(folded) && /^\p{Lu}/u.test(text) && text.length <= 80 && !/[.;]/.test(text)) return [{ name: text, level: "other" }];
  if (!startsWithAgencyHead(folded, text) || /^cac\s/.test(folded) || text.length > 120) return [];
  const parts: string[] = [];
  for (const piece of text.split(/\s*[,;]\s*/)) {
    const f = foldKeepingOffsets(piece);
    if (parts.length && !startsWithAgencyHead(f, piece)) parts[parts.length - 1] += `, ${piece}`;
    else parts.push(piece);
  }
  return parts
    .map((name) => name.replace(/\s+/g, " ").trim())
    .filter((name) => name.length >= 4 && wordCount(name) <= maxWords)
    .map((name) => ({ name, level: agencyLevel(foldKeepingOffsets(name)) }));
}

/** A line that opens with an agency but says what it does ("UBND tỉnh giao chỉ tiêu năm 2026 cho các sở") is a headline, not a name. Folded. */
const NOT_A_NAME = /\s(?:giao|ban hanh|phan dau|phe duyet)\s|\b(?:19|20)\d{2}\b/;

/**
 * Read a block as a heading, or return null. `hasQuantity` tells whether the block states a
 * number with a unit: a numbered line that does is a target item, not a heading. `opensSubList`: the
 * next block's number extends this one's ("2." then "2.1.").
 */
export function readHeading(block: Block, hasQuantity: boolean, open = false, opensSubList = false): HeadingRead | null {
  const { text, folded } = block;
  const upper = isUpperLine(text.slice(0, 200));
  let level = -1;
  let labelStart = 0;
  if (/^[^\p{L}]*ph\S{1,2}n\s+th\S{1,3}\s/u.test(folded)) level = 0;
  else {
    const roman = ROMAN.exec(text);
    if (roman && /[IVXl|]/.test(roman[1]) && (upper || text.length < 160)) {
      level = 1;
      labelStart = roman[0].length;
    } else if (upper && !block.marker.startsWith("(") && text.length < 250) level = 1;
    else {
      const arabic = ARABIC.exec(text);
      const letter = LETTER.exec(text);
      const numbered = arabic ?? letter;
      if (numbered) {
        labelStart = numbered[0].length;
        const depth = arabic ? arabic[1].split(".").length : 4;
        const colon = text.indexOf(":", labelStart);
        const labelEnd = colon > 0 && colon - labelStart < 130 ? colon : -1;
        // A label closed by its colon may be as long as "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh".
        if (labelEnd > 0 && agenciesIn(text.slice(labelStart, labelEnd), LABELLED_MAX_WORDS).length) {
          return finish({ level: 1 + depth, labelStart, labelEnd, text, folded, bodyStart: labelEnd + 1 });
        }
        // An item followed by its own sub-items ("2." over "2.1.") heads them however long it is.
        if (!hasQuantity && (text.length < 170 || opensSubList) && !/;\s*$/.test(text)) level = 1 + depth;
      } else if (!hasQuantity && /^v\S{0,2}\s+[^:]{3,60}:\s*$/.test(folded) && groupOfLabel(folded)) {
        level = 6;
      } else if (!hasQuantity && text.length < 100 && /:\s*$/.test(text) && (zoneOf(folded) || yearOf(folded))) {
        // "Mục tiêu năm 2026:", "Đến năm 2030:" open a new run of targets: above the "Về kinh tế:" lead-ins
        // (level 6) that divide it, so a later one closes the group lead-in before it instead of inheriting it.
        level = 5.5;
      } else if (!hasQuantity && text.length < 130 && agenciesIn(text).length && !/[.;]$/.test(text) && !NOT_A_NAME.test(folded)) {
        level = 5;
      } else if (open && !hasQuantity && text.length < 200 && zoneOf(folded) === "target" && yearOf(folded) && !REPORTS_TARGETS.test(folded)) {
        level = 5.5; // "Thành phố đặt ra các chỉ tiêu năm 2019" leading a list that has no heading
      }
    }
  }
  if (level < 0) return null;
  return finish({ level, labelStart, labelEnd: text.length, text, folded, bodyStart: -1 });
}

/** "Năm 2025, … các chỉ tiêu cơ bản đều đạt và vượt kế hoạch.": a sentence reporting on targets leads no list of them. Folded. */
const REPORTS_TARGETS = /\b(?:dat va vuot|vuot ke hoach|da (?:dat|hoan thanh|thuc hien)|uoc (?:dat|thuc hien)|tong ket)\b/;

/** A council's session or the enacting words after the issuer's name: "khóa I, kỳ họp thứ 5", "quyết nghị:". Folded. */
const ISSUER_SESSION = /\bky hop (?:thu|chuyen de|bat thuong)\b|\bquyet nghi\s*:?\s*$|\bkhoa [ivxl]+\b/;

/** Words an agency's name may have in a heading closed by a colon ("3.7. Ban Quản lý dự án …:"). */
const LABELLED_MAX_WORDS = 18;

function finish(p: { level: number; labelStart: number; labelEnd: number; text: string; folded: string; bodyStart: number }): HeadingRead {
  const label = p.text.slice(p.labelStart, p.labelEnd).trim();
  const foldedLabel = p.folded.slice(p.labelStart, p.labelEnd).trim();
  // "HỘI ĐỒNG NHÂN DÂN TỈNH … KHÓA I, KỲ HỌP THỨ 5 QUYẾT NGHỊ:": the issuer's own heading, which leads nothing.
  const agencies = ISSUER_SESSION.test(foldedLabel) ? [] : agenciesIn(label, p.bodyStart > 0 ? LABELLED_MAX_WORDS : undefined);
  const heading: Heading = {
    level: p.level,
    label,
    zone: agencies.length ? "task" : zoneOf(foldedLabel),
    year: yearOf(foldedLabel),
    fromYear: periodOf(foldedLabel)?.[0],
    group: groupOfLabel(foldedLabel),
  };
  if (agencies.length) heading.agencies = agencies;
  return { heading, bodyStart: p.bodyStart };
}

/** "1." "(2)" "3)" are one kind of list marker, "a)" another, each symbol ("-", "+", "•") its own. */
export function markerKind(marker: string): string {
  if (/\d/.test(marker)) return "number";
  if (/^[a-zđ][.)]$/.test(marker)) return "letter";
  return marker;
}

/** "2." and "3." are items of one list; "2." and "a)", or "2." and "2.1.", are not. */
export function sameListLevel(a: string, b: string): boolean {
  return markerKind(a) === markerKind(b) && (a.match(/\d+/g)?.length ?? 0) === (b.match(/\d+/g)?.length ?? 0);
}

/**
 * "… nhiệm kỳ qua đạt 9,1%/năm. Đại hội đề ra 12 chỉ tiêu đến năm 2030: 1. …", "… Theo đó, đến năm 2030:" over a
 * dash list: the last sentence of a paragraph that a list follows names the list's year, as a heading would. It
 * holds for the items of that list only; null when that sentence names no year.
 */
export function leadInOf(block: { text: string; folded: string }): Heading | null {
  let start = 0;
  for (const m of block.folded.matchAll(/[.;!?]\s+(?=\S)/g)) start = m.index + m[0].length;
  const sentence = block.folded.slice(start);
  if (sentence.length > 200 || !/\b(?:chi tieu|muc tieu|phan dau|de ra|dat ra|xac dinh)\b|^(?:den|theo do)\b/.test(sentence)) return null;
  const year = yearOf(sentence);
  return year === undefined ? null : { level: 5.5, label: block.text.slice(start).trim(), year, fromYear: periodOf(sentence)?.[0] };
}

/** The headings in force, innermost last. */
export class HeadingStack {
  private stack: Heading[] = [];
  private zoned = false;

  push(heading: Heading): void {
    if (heading.zone) this.zoned = true;
    while (this.stack.length && this.stack[this.stack.length - 1].level >= heading.level) this.stack.pop();
    this.stack.push(heading);
  }

  /** Puts `heading` inside every heading in force, closing none of them (a list's lead-in). */
  pushInner(heading: Heading): void {
    heading.level = Math.max(heading.level, (this.stack[this.stack.length - 1]?.level ?? 0) + 0.5);
    this.stack.push(heading);
  }

  /** Takes `heading` off the stack if it is still there (a list's lead-in, once its list ends). */
  remove(heading: Heading): void {
    const at = this.stack.indexOf(heading);
    if (at >= 0) this.stack.splice(at, 1);
  }

  private innermost<K extends keyof Heading>(key: K): Heading[K] | undefined {
    for (let i = this.stack.length - 1; i >= 0; i--) if (this.stack[i][key] !== undefined) return this.stack[i][key];
    return undefined;
  }

  /** A part or section reporting results ("Phần thứ nhất: Đánh giá …") covers its sub-headings too. */
  get zone(): Zone {
    if (this.stack.some((h) => h.level <= 1 && h.zone === "result")) return "result";
    return this.innermost("zone") ?? (this.zoned ? "task" : "open");
  }
  /** No heading has named a zone so far. */
  get open(): boolean {
    return !this.zoned;
  }
  get year(): number | undefined {
    return this.innermost("year");
  }
  get fromYear(): number | undefined {
    return this.innermost("fromYear");
  }
  get group(): string | undefined {
    return this.innermost("group");
  }
  get agencies(): AgencyMention[] | undefined {
    return this.innermost("agencies");
  }
  /**
   * The agencies in force for a block written with list marker `marker`: none when the block is the next
   * item of the list whose item named them ("3. Đề nghị …" after "1. Giám đốc các Sở …:").
   */
  agenciesFor(marker: string): AgencyMention[] | undefined {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const { agencies, marker: own } = this.stack[i];
      if (agencies) return own && marker && sameListLevel(marker, own) ? undefined : agencies;
    }
    return undefined;
  }
  /** The section in force is the plan's tasks and solutions ("III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"). */
  get tasksSection(): boolean {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const { zone, label } = this.stack[i];
      if (zone) return zone === "task" && /nhiem vu|giai phap/.test(foldKeepingOffsets(label));
    }
    return false;
  }
}

const NAMED_LEAD = /(?:^|[\s(,;:])((?:so|ban|ubnd|uy ban nhan dan|cong an|bo chi huy|thanh tra|van phong|ngan hang|bao hiem xa hoi|kho bac|cuc|chi cuc|tinh doan|dai)\s[^,;:()]{2,90}?)\s+(?:la co quan\s+)?(?:chu tri|phu trach|lam dau moi)\b|(?:co quan\s+|don vi\s+)?chu tri\s*:\s*([^;()]{4,90}?)\s*(?:[;)]|\.(?:\s|$)|,\s*(?:co quan\s+)?phoi hop|$)/g;

/**
 * An agency a sentence names as lead: "(Sở Y tế chủ trì)", "giao Sở Công Thương chủ trì, phối hợp …",
 * "Cơ quan chủ trì: Sở Tài chính", "Chủ trì: Sở Nội vụ". Only names that read as agencies count.
 */
export function leadNamedIn(text: string, folded: string): AgencyMention | undefined {
  NAMED_LEAD.lastIndex = 0;
  for (let m = NAMED_LEAD.exec(folded); m; m = NAMED_LEAD.exec(folded)) {
    const group = m[1] !== undefined ? 1 : 2;
    const at = m.index + m[0].indexOf(m[group]);
    // Agencies are written with a capital: "trên cơ sở đề xuất của cơ quan chủ trì" names no one.
    // The words it took may hold a lead of the other form ("bán hàng …. Chủ trì: Sở …"): look again just after.
    if (group === 1 && !/^\p{Lu}/u.test(text.charAt(at))) {
      NAMED_LEAD.lastIndex = m.index + 1;
      continue;
    }
    const found = agenciesIn(text.slice(at, at + m[group].length))[0];
    if (found) return found;
  }
  return undefined;
}
