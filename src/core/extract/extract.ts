/**
 * extractTargets: plan document text → draft catalog records (targets with their source line,
 * the agencies named in headings, tasks that carry targets) and warnings. Pure: no I/O.
 */
import { TargetSchema, type Agency, type Target, type Task } from "../catalog/schema";
import { say, type Bilingual } from "../messages";
import { isPlanYear } from "../periods/codes";
import { slugify } from "../text/normalize";
import { sentenceFromCapitals } from "../text/case";
import { planIdFromFile } from "../catalog/plan-id";
import { PLAN_TYPE_WORDS, planTypeAtStart } from "../catalog/plan-type";
import { documentProblem } from "./check";
import { isUpperLine, sourceText, splitDocument, type Block, type DocumentText } from "./document";
import { goalHorizonAfter, latestTermStart, onlyReportsPastYear, planYearAfter } from "./tense";
import { HeadingStack, agenciesIn, leadInOf, leadNamedIn, markerKind, periodOf, readHeading, sameListLevel, yearOf, type AgencyMention, type Heading } from "./headings";
import { findTextTables, tableTargets, type TextTable } from "./text-tables";
import { diacriticShare, foldKeepingOffsets, repairOcrPlace, repairOcrTitle } from "./ocr";
import { nameKeywords } from "./names";
import { findQuantities } from "./quantities";
import { reflowLines } from "./reflow";
import { PARTS_LISTED, analyseBlock, horizonOf, namesOwnYear, type Context, type Draft } from "./statements";
import { agenciesHeading, concreteSentences, deadlineIn, headsHeading, taskOfBlock, type TaskRead } from "./tasks";
import { findTableTasks } from "./task-tables";
import { assignedLead, assignmentOfRow, assignmentsIn, numberedLead, type Assignment } from "./target-leads";
import type { ExtractOptions, ExtractResult, PlanDraft } from "./types";

interface Found {
  draft: Draft;
  /** The block the target was read from; absent for a target read from a table in the text. */
  block?: Block;
  /** The cited line (1-based) and text, for a target read from a table. */
  source?: { line: number; text: string };
  agencies: AgencyMention[];
  /** Index in the found list of the parent target. */
  parent?: number;
  dropped?: boolean;
  /** For a dropped restatement: the index of the target it restates. */
  restates?: number;
  /** The number of the list item it stands in ("3." or "(3)") and that item's block, for "các chỉ tiêu số 3, 7". */
  item?: { number: number; block: number };
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size);
}

/** How many earlier targets with the same amount a target is compared with. */
const RESTATEMENT_WINDOW = 64;

/**
 * A target restated elsewhere (a task repeating it, a forecast table) is kept once. Targets are
 * compared only with earlier ones of the same amount, so the work stays linear in their number.
 */
function dropRestatements(found: Found[]): void {
  /** Per amount: the targets kept, and where in that list each folded name stands. */
  const byAmount = new Map<string, { kept: number[]; byName: Map<string, number[]> }>();
  const keywordsOf = new Map<number, Set<string>>();
  const keywords = (i: number) => {
    let k = keywordsOf.get(i);
    if (!k) keywordsOf.set(i, (k = nameKeywords(found[i].draft.name)));
    return k;
  };
  const folded = found.map((f) => foldKeepingOffsets(f.draft.name));
  const keptAs = new Int32Array(found.length);
  for (let i = 0; i < found.length; i++) keptAs[i] = i;
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    const key = `${a.draft.min}|${a.draft.max}|${a.draft.unit}|${a.draft.year}`;
    let same = byAmount.get(key);
    if (!same) byAmount.set(key, (same = { kept: [], byName: new Map() }));
    const { kept, byName } = same;
    const from = Math.max(0, kept.length - RESTATEMENT_WINDOW);
    let named = byName.get(folded[i]);
    if (a.draft.zone === "target") {
      // Only the same name restates a target's own statement: the earliest such in the window.
      let earliest = -1;
      for (let k = (named?.length ?? 0) - 1; k >= 0 && named![k] >= from; k--) earliest = named![k];
      if (earliest >= 0) {
        a.dropped = true;
        keptAs[i] = kept[earliest];
      }
    } else {
      for (let k = from; k < kept.length; k++) {
        const j = kept[k];
        // A part equal in amount to its whole ("… từ 9,5%; trong đó … dịch vụ tăng 9,5%") restates nothing.
        if (a.parent === j) continue;
        if (folded[i] === folded[j] || overlap(keywords(i), keywords(j)) >= 0.5) {
          a.dropped = true;
          keptAs[i] = j;
          break;
        }
      }
    }
    if (!a.dropped) {
      if (!named) byName.set(folded[i], (named = []));
      named.push(kept.length);
      kept.push(i);
    } else {
      // A headline's "đạt 8,3%" restated in the body as "đạt 8,3% trở lên": the restatement's comparator is the target's.
      const target = found[keptAs[i]].draft;
      if (target.comparator === "=" && a.draft.comparator !== "=" && a.draft.comparator !== "~") target.comparator = a.draft.comparator;
    }
  }
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (f.parent !== undefined) f.parent = keptAs[f.parent];
    if (f.dropped) f.restates = keptAs[i];
  }
}

interface Rejected {
  line: number;
  name: string;
  reason: Bilingual;
}

const FIELD_WORDS: Record<string, Bilingual> = {
  name: { vi: "tên", en: "name" },
  unit: { vi: "đơn vị", en: "unit" },
  value: { vi: "giá trị", en: "value" },
  min: { vi: "giá trị nhỏ nhất", en: "minimum" },
  max: { vi: "giá trị lớn nhất", en: "maximum" },
  year: { vi: "năm", en: "year" },
  fromYear: { vi: "năm bắt đầu", en: "first year" },
};

/** Why a draft would not load as a catalog target (in plain words), or null when it would. */
function schemaProblem(target: Target): Bilingual | null {
  const parsed = TargetSchema.safeParse(target);
  if (parsed.success) return null;
  const field = String(parsed.error.issues[0]?.path[0] ?? "");
  const words = FIELD_WORDS[field] ?? { vi: "dữ liệu", en: "data" };
  return { vi: `${words.vi} không hợp lệ`, en: `invalid ${words.en}` };
}

function rejectedWarning(rejected: Rejected[]): Bilingual {
  const shown = rejected.slice(0, 5);
  const more = rejected.length - shown.length;
  const list = (lang: "vi" | "en") => shown.map((r) => `${say({ vi: "dòng", en: "line" }, lang)} ${r.line} (${r.reason[lang]}: "${r.name.slice(0, 60)}")`).join("; ");
  return {
    vi: `Đã bỏ ${rejected.length} chỉ tiêu đọc không chắc chắn: ${list("vi")}${more > 0 ? `; và ${more} chỉ tiêu khác` : ""}. Các chỉ tiêu còn lại được giữ.`,
    en: `Dropped ${rejected.length} target(s) that could not be read reliably: ${list("en")}${more > 0 ? `; and ${more} more` : ""}. The other targets are kept.`,
  };
}

/** "Nơi nhận:" opens the recipients' list; "Trên đây là Kế hoạch …" closes the body. Folded. */
function isClosing(folded: string): boolean {
  return /^(?:noi nh\S{1,2}n\s*:|tren day la\s)/.test(folded);
}

/** The plan's issuer as the agency that leads targets the text assigns to no one. */
function issuerAgency(issuer: string, prefix: string): Agency {
  const name = issuer.trim() || "Cơ quan ban hành kế hoạch";
  const slug = slugify(name).slice(0, 60) || "co-quan-ban-hanh";
  return { id: prefix ? `${prefix}.${slug}` : slug, name, level: /^(ubnd|uy ban nhan dan)\s+(?:tinh|thanh pho)\b/.test(foldKeepingOffsets(name)) ? "province" : "other" };
}

/** The lines with the tables' lines emptied (line numbers kept), for the prose reader. */
function withoutTables(lines: string[], tables: TextTable[]): string[] {
  const out = [...lines];
  for (const t of tables) for (let i = t.firstLine; i <= t.lastLine; i++) out[i] = "";
  return out;
}

/** A target read from a table, as a draft like those read from prose. */
function draftOf(t: Target): Draft {
  return {
    name: t.name,
    unit: t.unit,
    min: t.value ?? t.min!,
    max: t.value ?? t.max!,
    comparator: t.comparator,
    kind: t.kind,
    direction: t.direction,
    year: t.year,
    ...(t.fromYear !== undefined ? { fromYear: t.fromYear } : {}),
    group: t.group,
    ...(t.note ? { note: t.note } : {}),
    zone: "target",
    from: 0,
    to: 0,
    at: 0,
    sentence: [0, 0],
  };
}

/** The province the plan is for: a province ("tỉnh") or a centrally run city ("thành phố", whose party committee is "Thành ủy"). */
interface Province {
  kind: "tỉnh" | "thành phố";
  name: string;
}

const PLACE_NAME = String.raw`(\p{Lu}\p{Ll}+(?:[ \u00a0]\p{Lu}\p{Ll}+){0,2})`;
const PROVINCE_IN_TEXT = new RegExp(String.raw`\b[Tt](?:ỉnh|inh)[ \u00a0]+${PLACE_NAME}`, "gu");
const CITY_IN_TEXT = new RegExp(String.raw`\b[Tt]hành[ \u00a0]+phố[ \u00a0]+${PLACE_NAME}`, "gu");
/** The letterhead names the issuer's province or city: "ỦY BAN NHÂN DÂN TỈNH GIA LAI", "THÀNH ỦY ĐÀ NẴNG". Folded. */
const LETTERHEAD_PLACE = /^(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)\s+(tinh|thanh pho)\s+(.+)$|^(tinh|thanh) uy\s+(.+)$/;

/**
 * The province from the letterhead, line by line (it may take two lines: "ỦY BAN NHÂN DÂN" over "TỈNH GIA LAI";
 * the national motto may share its line, after a wide gap), else the one the text names most. In OCR'd
 * text a name is restored from the list of provinces, so "Bic Giang" and "Bac Giang" count as one.
 */
function provinceOf(text: string, headLines: readonly string[], ocr: boolean): Province | undefined {
  const cells = headLines.map((l) => l.trim().split(/\s{3,}|\t|\|/)[0].trim()).filter(Boolean);
  for (let i = 0; i < cells.length; i++) {
    for (const candidate of [cells[i], `${cells[i]} ${cells[i + 1] ?? ""}`]) {
      const line = sentenceFromCapitals(candidate.trim());
      const m = LETTERHEAD_PLACE.exec(foldKeepingOffsets(line));
      if (!m) continue;
      const at = m[2] !== undefined ? line.length - m[2].length : line.length - m[4].length;
      const written = line.slice(at).replace(/\s*[-–]\s*[-–\s]*$/, "").replace(/\s+[-–]\s+\D*$/, "").trim();
      const name = ocr ? repairOcrPlace(written) : written;
      const kind = (m[1] ?? m[3]) === "tinh" ? "tỉnh" : "thành phố";
      if (/^\p{Lu}\p{Ll}*(?:\s(?:-\s)?\p{Lu}\p{Ll}*){0,3}$/u.test(name)) return { kind, name };
    }
  }
  return mostNamed(text, PROVINCE_IN_TEXT, "tỉnh", ocr) ?? mostNamed(text, CITY_IN_TEXT, "thành phố", ocr);
}

function mostNamed(text: string, re: RegExp, kind: Province["kind"], ocr: boolean): Province | undefined {
  const counts = new Map<string, number>();
  // Within one line of words: "của tỉnh<TAB>Sở Khoa học…" ends a table cell, not a province's name.
  for (const m of text.matchAll(re)) {
    if (/^(?:Sở|Ban|Ủy|Uy|Hội|Phòng|Trung|Cục|Chi)\s/u.test(m[1])) continue;
    const written = m[1].replace(/\s+(?:Ủy|Uy|Tỉnh|Hội|Ban|Sở)$/u, "");
    const name = ocr ? repairOcrPlace(written) : written;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [name, n] of counts) if (!best || n > counts.get(best)!) best = name;
  return best ? { kind, name: best } : undefined;
}

/**
 * A numbered sentence in which an agency leads a piece of work ("1. Sở Tài chính chủ trì, phối hợp với Thuế
 * thành phố theo dõi các khoản thu …; báo cáo trước ngày 15/12/2026.") is a task, not a heading over the items
 * below it: it ends as a sentence does and says more than who leads and helps.
 */
function sentenceTask(block: { text: string; folded: string; marker: string }): boolean {
  if (!/^\d{1,2}(?:\.\d{1,2}){0,2}[.)]?$/.test(block.marker.trim()) || !/[.;]\s*$/.test(block.text)) return false;
  const body = block.text.slice(block.marker.length).trim();
  const lead = leadNamedIn(body, foldKeepingOffsets(body));
  return lead !== undefined && body.startsWith(lead.name) && agenciesHeading(body) === undefined;
}

/** "Bắc Giang" → "bg": the province prefix of agency ids. */
function provinceCode(province: string | undefined): string {
  if (!province) return "";
  return slugify(province)
    .split("-")
    .map((w) => w[0])
    .join("");
}

/** An issuing body's name before the document's type, in a heading run together: folded. */
const LETTERHEAD = new RegExp(String.raw`^[^a-z]*(?:uy ban nhan dan|ubnd|hoi dong nhan dan|tinh uy|ban thuong vu)[a-z\s.-]{0,40}?\s(?=${PLAN_TYPE_WORDS}\b)`);

/** "Phần thứ nhất", "Phén thir hai" (OCR): a part of a report, its title after it. Folded. */
const PART = /^[^a-z]{0,3}ph\S{1,2}n\s+th\S{1,3}\s+\S+\s*[,.:]?\s*/;

/** The titles of a document's parts, in order: the words after "Phần thứ …" in its block, else the next block. */
function partTitles(blocks: readonly Block[]): string[] {
  const titles: string[] = [];
  for (let i = 0; i < blocks.length && titles.length < 3; i++) {
    const m = PART.exec(blocks[i].folded);
    if (!m) continue;
    const rest = blocks[i].text.slice(m[0].length).trim();
    const title = rest.length >= 10 ? rest : (blocks[i + 1]?.text.trim() ?? "");
    if (title.length >= 10 && isUpperLine(title)) titles.push(sentenceFromCapitals(title.replace(/\s+/g, " ")));
  }
  return titles;
}

/** "Kế hoạch …" → "kế hoạch …", joined after "và"; an abbreviation keeps its capitals. */
function lowerFirstWord(text: string): string {
  return /^\p{Lu}{2}/u.test(text) ? text : text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
}

function readPlanHead(doc: DocumentText, province: Province | undefined, ocr: boolean): PlanDraft & { year?: number } {
  const head = doc.blocks.slice(0, 20);
  let type = "Kế hoạch";
  let typeNamed = false;
  let title = "";
  let number: string | undefined;
  let date = "";
  let year: number | undefined;
  for (let i = 0; i < head.length; i++) {
    const { text, folded } = head[i];
    const num = /^s\S{0,2}\s*:\s*(\S.*)$/i.exec(folded.trim());
    // Run together with the letterhead ("ỦY BAN NHÂN DÂN TỈNH … Số: 215/KH-UBND …"), the number is the word with a slash.
    const within = num ? null : /\ss\S{0,2}\s*:\s*(\S*\/\S*)/.exec(folded);
    // "Số: 412/KH-UBND      Đà Nẵng, ngày 20 tháng 12 năm 2025": the number ends where the place and date begin.
    if (!number && num) number = text.trim().slice(text.trim().length - num[1].length).replace(/(?:\s{2,}|\t|\s+\p{Lu}[^,\d]{0,30},\s*ng\S{0,2}y\b).*$/u, "").trim();
    else if (!number && within) number = text.slice(within.index + within[0].length - within[1].length, within.index + within[0].length);
    const when = /ngay\s*(\d{0,2})\s*thang\s*(\d{0,2})\s*n\S{1,2}m\s*(\d{4})/.exec(folded);
    if (!date && when) {
      date = when[3];
      if (when[2]) date += `-${when[2].padStart(2, "0")}`;
      if (when[2] && when[1]) date += `-${when[1].padStart(2, "0")}`;
    }
    if (!title) {
      // The letterhead may run into the type when no blank line parts them: "ỦY BAN NHÂN DÂN TỈNH GIA LAI KẾ HOẠCH".
      const skip = isUpperLine(text) ? (LETTERHEAD.exec(folded)?.[0].length ?? 0) : 0;
      const match = planTypeAtStart(folded.slice(skip).replace(/^[^a-z]+/, ""));
      if (match) {
        type = match;
        typeNamed = true;
        const rest = text.slice(skip).replace(/^[^\p{L}]+/u, "").slice(match.length).trim();
        const next = head[i + 1]?.text.trim() ?? "";
        title = rest.length > 10 ? rest : next;
      }
    }
  }
  if (!title) {
    // No line names the document's type: a report in parts ("Phần thứ nhất / ĐÁNH GIÁ …", "Phần thứ hai / KẾ HOẠCH …")
    // is titled by its parts' titles.
    const parts = partTitles(doc.blocks);
    if (parts.length) {
      title = parts.map((t, k) => (k ? lowerFirstWord(t) : t)).join(" và ");
    }
  }
  if (title) year = yearOf(foldKeepingOffsets(title));
  if (!year && date) year = Number(date.slice(0, 4));
  const issuerIsParty = /ban thuong vu (?:tinh|thanh) uy\s+(xay dung|ban hanh)/.test(doc.blocks.slice(0, 12).map((b) => b.folded).join(" "));
  const where = province?.name ?? "";
  const kind = province?.kind ?? "tỉnh";
  const partyCommittee = kind === "tỉnh" ? "Tỉnh ủy" : "Thành ủy";
  const sentence = sentenceFromCapitals(title.replace(/\s+/g, " "));
  const cleanTitle = (ocr ? repairOcrTitle(sentence) : sentence).slice(0, 400);
  // A document in parts whose title opens with an assessment reports: "Đánh giá tình hình thực hiện … và kế hoạch …".
  if (!typeNamed && /^(?:đánh giá|báo cáo|tổng kết|sơ kết)\s/iu.test(cleanTitle)) type = "Báo cáo";
  return {
    type,
    number,
    title: cleanTitle.length >= 5 ? cleanTitle : `${type} (không rõ tên)`,
    issuer: issuerIsParty ? `Ban Thường vụ ${partyCommittee} ${where}`.trim() : `UBND ${kind} ${where}`.trim(),
    date: date || (year ? String(year) : ""),
    province: where || "Không rõ",
    year,
  };
}

function mostFrequentYear(text: string): number | undefined {
  const counts = new Map<number, number>();
  for (const m of text.slice(0, 200_000).matchAll(/(\bso v\S{1,2}i\s+)?\bn\S{1,2}m\s+(\d{4})\b|gia\S\s+\S{1,2}o\S{0,2}n\s+\d{4}\s*-\s*(\d{4})/giu)) {
    // "tăng 9,2% so với năm 2025": a figure measured against 2025 is one for a later year, the next at least.
    const y = m[2] !== undefined ? Number(m[2]) + (m[1] ? 1 : 0) : Number(m[3]);
    if (isPlanYear(y)) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [y, n] of counts) if (best === undefined || n > counts.get(best)!) best = y;
  return best;
}

/** "2." followed by "2.1.": the item opens a list of its own, so it heads it however long it is. */
function opensSubList(marker: string, next: string | undefined): boolean {
  const own = /^(\d{1,2}(?:\.\d{1,2}){0,2})\.?$/.exec(marker.trim());
  if (!own || !next) return false;
  const sub = next.trim();
  return sub.startsWith(`${own[1]}.`) && /\d/.test(sub.charAt(own[1].length + 1));
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function subLetter(n: number): string {
  let s = "";
  let k = n;
  do {
    s = String.fromCharCode(97 + (k % 26)) + s;
    k = Math.floor(k / 26) - 1;
  } while (k >= 0);
  return s;
}

/**
 * A news item's headline ("Thông qua 12 chỉ tiêu năm 2026", "CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2026 CỦA TỈNH …") over a
 * paragraph of prose: it says what the item is about, not that all below are targets (the item reports results first).
 * Its year still holds. The text's first block, unmarked, followed by a paragraph of sentences.
 */
function isHeadline(heading: { zone?: string }, block: Block, next: Block | undefined): boolean {
  return heading.zone === "target" && !block.marker && next !== undefined && !next.marker && next.text.length > 150 && /[.!?]\s+\p{Lu}/u.test(next.text) && !/:\s*$/.test(next.text);
}

export function extractTargets(text: string, options: ExtractOptions & { year?: number }): ExtractResult {
  const plan = options.plan ?? planIdFromFile(options.file);
  const warnings: Bilingual[] = [];
  const emptyDraft: PlanDraft = { type: "Kế hoạch", title: "(không rõ tên)", issuer: "(không rõ)", date: String(options.year ?? 2000), province: "Không rõ" };
  const problem = documentProblem(text);
  if (problem) return { plan, targets: [], agencies: [], tasks: [], warnings: [problem], planDraft: emptyDraft };

  // Lines of a document flattened to one line are cut back; `lineNumber` cites the input's own line.
  const { lines, origin } = reflowLines(text.normalize("NFC").split(/\r\n|\r|\n/));
  const lineNumber = (index: number) => (origin ? origin[index] : index) + 1;
  const tables = findTextTables(lines);
  const doc = splitDocument(tables.length ? withoutTables(lines, tables) : lines);
  const ocr = diacriticShare(text.slice(0, 200_000)) < 0.1;
  if (ocr) {
    warnings.push({
      vi: "Văn bản có vẻ được nhận dạng (OCR) và mất dấu; tên chỉ tiêu đã được sửa theo từ điển chỉ tiêu — hãy soát lại.",
      en: "The text looks like OCR output without diacritics; target names were repaired from the indicator vocabulary — please review them.",
    });
  }
  const province = provinceOf(text, lines.slice(0, 20), ocr);
  const prefix = provinceCode(province?.name);
  const head = readPlanHead(doc, province, ocr);
  let documentYear = options.year ?? head.year ?? mostFrequentYear(text);
  if (options.year === undefined && documentYear !== undefined) documentYear = planYearAfter(doc.blocks, documentYear);
  if (options.year === undefined && head.year === undefined && documentYear !== undefined) documentYear = goalHorizonAfter(doc.blocks, documentYear);
  if (documentYear === undefined) {
    documentYear = new Date().getFullYear();
    warnings.push({
      vi: `Văn bản không nêu năm nào; chỉ tiêu được gán năm ${documentYear} — hãy sửa lại.`,
      en: `The text names no year; targets were given the year ${documentYear} — please correct it.`,
    });
  }

  const termStart = latestTermStart(doc.blocks);
  // "Kế hoạch … giai đoạn 2026 - 2030": the years of the period its title names are the plan's, none looked back on.
  const titlePeriod = head.title ? periodOf(foldKeepingOffsets(head.title)) : undefined;
  const firstPlanYear = titlePeriod && titlePeriod[1] === documentYear ? titlePeriod[0] : undefined;
  const stack = new HeadingStack();
  const found: Found[] = [];
  const blockTasks: { block: Block; task: TaskRead; found: [number, number]; section: number; dropped?: boolean }[] = [];
  /** The numbered heading read as the issuer's task: paragraphs of the issuer's below it take its place. */
  let headingTask: (typeof blockTasks)[number] | undefined;
  /** The paragraph before ends mid-sentence: a block without a marker continues it (a page break, not a task). */
  let previousOpen = false;
  /** After "Nơi nhận:" come the recipients and the signature, never tasks. */
  let closed = false;
  /** Count of top-level headings so far: tasks of one section are weighed together. */
  let section = 0;
  /** A target whose item ends "…, trong đó:", and the marker of that item: items of another kind below list its parts. */
  let partsOf: { index: number; name: string; marker: string } | undefined;
  /** "2. Cơ cấu kinh tế:" over items with no figure of its own: the structure whose shares the items below give. */
  let structure: { label: string; marker: string } | undefined;
  let lastItemNumber = 0;
  /** The numbered list item the blocks stand in, until the next item or a Roman-numbered heading. */
  let listItem: Found["item"];
  /** Sentences that give agencies targets by name ("Giao Sở Y tế chịu trách nhiệm các chỉ tiêu: …"). */
  const assignments: Assignment[] = [];
  let nextTable = 0;
  const readTablesBefore = (line: number) => {
    for (; nextTable < tables.length && tables[nextTable].firstLine < line; nextTable++) {
      const table = tables[nextTable];
      const title = table.firstLine > 0 ? lines[table.firstLine - 1].trim().slice(0, 200) : "";
      const read = tableTargets(table, options.file, plan, stack.year ?? documentYear, title);
      if (!read) continue;
      const base = found.length;
      for (const t of read) {
        found.push({
          draft: draftOf(t.target),
          source: { line: t.line + 1, text: lines[t.line].trim() },
          agencies: t.agencyName ? agenciesIn(t.agencyName).slice(0, 1) : stack.agencies ?? [],
          parent: t.parent !== undefined ? base + t.parent : undefined,
        });
      }
    }
  };
  let leadIn: Heading | null = null;
  let listHorizon: Context | undefined;
  /** The paragraph before only reported a past year: an unmarked paragraph of prose after it goes on reporting. */
  let reporting = false;
  for (let b = 0; b < doc.blocks.length; b++) {
    const block = doc.blocks[b];
    const reportCarried = reporting && !block.marker;
    reporting = false;
    readTablesBefore(block.line[0]);
    if (leadIn && !block.marker) {
      stack.remove(leadIn);
      leadIn = null;
    }
    const numbered = /^\(?\s*(\d{1,2})\s*(?:[.)]|\s?[-–])?$/.exec(block.marker.trim());
    if (numbered) listItem = { number: Number(numbered[1]), block: b };
    else if (/^[IVX]{1,4}\s*[.)\-–]?$/.test(block.marker.trim())) listItem = undefined;
    if (!closed && stack.zone !== "result" && block.folded.includes("chi tieu")) assignments.push(...assignmentsIn(block.text, block.folded));
    const quantities = findQuantities(block.text, block.folded, ocr);
    const hasQuantity = quantities.length > 0;
    const heading = sentenceTask(block) ? null : readHeading(block, hasQuantity, stack.open, opensSubList(block.marker, doc.blocks[b + 1]?.marker));
    let bodyFrom = 0;
    if (heading) {
      partsOf = undefined;
      structure = heading.bodyStart < 0 && /:\s*$/.test(block.text) && /^c\S{1,2} c\S{1,2}u\s/.test(foldKeepingOffsets(heading.heading.label)) ? { label: heading.heading.label.replace(/\s*:\s*$/, "").replace(/\s+(?:(?:đến|vào)\s+)?năm\s+\d{4}$/iu, ""), marker: block.marker } : undefined;
      if (heading.heading.level <= 1) section++;
      const named = heading.heading.agencies ? undefined : (agenciesHeading(heading.heading.label) ?? headsHeading(heading.heading.label));
      if (named) Object.assign(heading.heading, { agencies: named, zone: "task" });
      heading.heading.marker = block.marker;
      if (b === 0 && isHeadline(heading.heading, block, doc.blocks[b + 1])) delete heading.heading.zone;
      stack.push(heading.heading);
      lastItemNumber = 0;
      if (heading.bodyStart < 0) {
        // A numbered task without figures reads as a heading; it is still a task when it names its lead.
        // Under "NHIỆM VỤ, GIẢI PHÁP", a numbered task that names no one is the issuer's.
        const task = heading.heading.agencies || heading.heading.zone || closed ? undefined : taskOfBlock(block, 0, stack.zone, stack.agencies, stack.tasksSection && /\d/.test(block.marker));
        headingTask = task && !task.lead ? { block, task, found: [found.length, found.length], section } : undefined;
        if (task) blockTasks.push(headingTask ?? { block, task, found: [found.length, found.length], section });
        previousOpen = false;
        continue;
      }
      bodyFrom = heading.bodyStart;
    }
    const item = /^\(\s*(\d{1,2})\s*\)/.exec(block.marker);
    if (item && stack.zone === "target") {
      const n = Number(item[1]);
      if (lastItemNumber && n !== lastItemNumber + 1) {
        const line = lineNumber(block.line[0]);
        warnings.push(
          n === lastItemNumber
            ? { vi: `Số thứ tự (${n}) lặp lại ở dòng ${line}; mã chỉ tiêu được đánh lại theo thứ tự.`, en: `Item number (${n}) repeats at line ${line}; target ids follow document order instead.` }
            : {
                vi: `Đánh số không liền mạch ở dòng ${line}: (${n}) sau (${lastItemNumber}); mã chỉ tiêu được đánh lại theo thứ tự.`,
                en: `Numbering breaks at line ${line}: (${n}) after (${lastItemNumber}); target ids follow document order instead.`,
              },
        );
      }
      lastItemNumber = n;
    }
    // "2. Tổng thu … Chia ra:" then "2.1. Thu nội địa: …": items one level down are its parts; "3." ends them.
    if (partsOf && (!block.marker || sameListLevel(block.marker, partsOf.marker))) partsOf = undefined;
    if (structure && !heading && (!block.marker || markerKind(block.marker) === markerKind(structure.marker))) structure = undefined;
    // A heading's own body is under it; another item of its list is not.
    const inForce = heading ? stack.agencies : stack.agenciesFor(block.marker);
    const context: Context = { zone: stack.zone, year: stack.year ?? documentYear, fromYear: stack.fromYear, group: stack.group, ocr, partsOf: partsOf?.name, structure: structure?.label, termStart, reportCarried, firstPlanYear };
    // "- Tôm: đến năm 2030, …" then "- Lúa: …": an item that sets goals for a later year holds the items after it that name none.
    if (!block.marker || heading) listHorizon = undefined;
    else if (namesOwnYear(block.folded)) listHorizon = horizonOf(block.folded, context);
    else if (listHorizon) Object.assign(context, { year: listHorizon.year, fromYear: listHorizon.fromYear });
    const drafts = analyseBlock(block, bodyFrom, context, quantities);
    const next = doc.blocks[b + 1];
    if (!block.marker && !heading && stack.zone !== "target" && next && !next.marker && !/:\s*$/.test(block.text)) reporting = onlyReportsPastYear(block, stack.year ?? documentYear, reportCarried, termStart);
    const base = found.length;
    for (const draft of drafts) {
      const parent = draft.parent !== undefined ? base + draft.parent : draft.partOfEarlier ? partsOf?.index : undefined;
      found.push({ draft, block, agencies: inForce ?? [], parent, item: listItem });
    }
    if (!block.marker && doc.blocks[b + 1]?.marker && (leadIn = leadInOf(block))) stack.pushInner(leadIn);
    let whole = drafts.length - 1;
    while (whole >= 0 && (drafts[whole].parent !== undefined || drafts[whole].partOfEarlier)) whole--;
    if (whole >= 0 && PARTS_LISTED.test(block.folded.slice(-24)) && /:\s*$/.test(block.folded)) partsOf = { index: base + whole, name: drafts[whole].name, marker: block.marker };
    closed ||= isClosing(block.folded);
    const continues = previousOpen && !block.marker && !heading;
    previousOpen = !heading && !/[.;:!?…"”)]\s*$/u.test(block.text);
    const task = closed || continues ? undefined : taskOfBlock(block, bodyFrom, stack.zone, inForce, stack.tasksSection);
    if (!task) continue;
    if (task.lead) {
      blockTasks.push({ block, task, found: [base, found.length], section });
      continue;
    }
    // A list item the issuer leads is a task; under a numbered direction, the items are its tasks in its place.
    if (block.marker) {
      const entry = { block, task, found: [base, found.length] as [number, number], section };
      blockTasks.push(entry);
      // The next direction of the same list ("3. …" after "2. …", too long to read as a heading) takes the heading's
      // place; an item of another kind below it is one of its tasks.
      if (headingTask && sameListLevel(block.marker, headingTask.block.marker)) headingTask = entry;
      else if (headingTask) headingTask.dropped = true;
      continue;
    }
    if (!headingTask) continue;
    // Under a numbered direction of the issuer's, its paragraphs add the concrete tasks they name.
    const body = block.text.slice(task.from);
    for (const { from: a, to: b, at } of concreteSentences(body, block.folded.slice(task.from))) {
      const sentence = body.slice(a, b);
      const title = sentence.replace(/[.;]$/, "").replace(/\s+/g, " ").trim().slice(0, 500);
      blockTasks.push({ block, task: { ...task, title, deadline: deadlineIn(sentence), from: task.from + a, cite: task.from + at }, found: [base, base], section });
    }
  }
  readTablesBefore(Infinity);
  dropRestatements(found);

  // Agencies named in headings, with ids.
  const agencyById = new Map<string, Agency>();
  const agencyId = (a: AgencyMention) => (prefix ? `${prefix}.${slugify(a.name)}` : slugify(a.name));
  const register = (a: AgencyMention): string => {
    const id = agencyId(a);
    if (!agencyById.has(id)) agencyById.set(id, { id, name: a.name, level: a.level });
    return id;
  };

  // Ids in document order: <plan>.<NN>, parts <plan>.<NN>a.
  const idOf = new Map<number, string>();
  const subCount = new Map<number, number>();
  let top = 0;
  const topOf = (i: number): number => {
    let k = i;
    while (found[k].parent !== undefined && !found[found[k].parent!].dropped) k = found[k].parent!;
    return k;
  };
  found.forEach((f, i) => {
    if (f.dropped) return;
    const root = topOf(i);
    if (root === i) idOf.set(i, `${plan}.${pad(++top)}`);
    else {
      const n = subCount.get(root) ?? 0;
      subCount.set(root, n + 1);
      idOf.set(i, `${idOf.get(root)}${subLetter(n)}`);
    }
  });

  // A table's row that names a target and its lead ("Chỉ tiêu | Cơ quan chủ trì") assigns that target.
  const tableTasks = findTableTasks(lines);
  for (const row of tableTasks.tasks) if (row.ofTarget && row.lead) assignments.push(...assignmentOfRow(row.lead, row.title));
  const leadsBySentence = new Map<string, AgencyMention | undefined>();
  const namedLead = (block: Block, [s0, s1]: [number, number]) => {
    const key = `${block.line[0]}:${block.col[0]}:${s0}`;
    if (!leadsBySentence.has(key)) leadsBySentence.set(key, leadNamedIn(block.text.slice(s0, s1), block.folded.slice(s0, s1)));
    return leadsBySentence.get(key);
  };
  /** The lead a found target's own words name: its sentence's, else (in a list item) the item's. */
  const ownLead = (f: Found): AgencyMention | undefined =>
    f.block && (namedLead(f.block, f.draft.sentence) ?? (f.block.marker ? namedLead(f.block, [0, f.block.text.length]) : undefined));
  /** Its own lead, else the heading's it stands under. */
  const leadOf = (f: Found): AgencyMention | undefined => ownLead(f) ?? f.agencies[0];
  /** A target restated where an agency is named for it ("Sở Nông nghiệp và Môi trường chủ trì, phấn đấu tỷ lệ che phủ rừng đạt 39%") is that agency's. */
  const restatedLead = new Map<number, AgencyMention>();
  found.forEach((f) => {
    if (f.restates === undefined || restatedLead.has(f.restates)) return;
    const lead = leadOf(f);
    if (lead) restatedLead.set(f.restates, lead);
  });
  // A number names one item only where the list numbers its items once ("chỉ tiêu số 3" of a list that restarts is unclear).
  const itemOfNumber = new Map<number, number>();
  for (const f of found) {
    if (!f.item) continue;
    const seen = itemOfNumber.get(f.item.number);
    itemOfNumber.set(f.item.number, seen === undefined || seen === f.item.block ? f.item.block : -1);
  }
  const numberOf = (f: Found) => (f.item && itemOfNumber.get(f.item.number) === f.item.block ? f.item.number : undefined);
  const targets: Target[] = [];
  const rejected: Rejected[] = [];
  const rejectedIds = new Set<string>();
  const tasksBySentence = new Map<string, Task>();
  found.forEach((f, i) => {
    const id = idOf.get(i);
    if (!id) return;
    const d = f.draft;
    const source = f.source ?? sourceText(doc, f.block!, d.from, d.to, d.at);
    const target: Target = {
      id,
      plan,
      name: d.name,
      unit: d.unit,
      ...(d.min === d.max ? { value: d.min } : { min: d.min, max: d.max }),
      comparator: d.comparator,
      kind: d.kind,
      direction: d.direction,
      year: d.year,
      ...(d.fromYear !== undefined ? { fromYear: d.fromYear } : {}),
      group: d.group,
      source: { file: options.file, line: source.line, text: source.text },
    };
    // Where the target is stated, else where it is restated, else a sentence assigning it by name or number, else the heading's.
    // By number, the assignment outranks a lead named elsewhere in the item's block (a run-on list's last item runs on
    // into the sentence that assigns the numbers), not one named in the target's own sentence.
    const byNumber = numberedLead(numberOf(f), assignments);
    const lead = (byNumber && !(f.block && namedLead(f.block, d.sentence)) ? byNumber : undefined) ?? ownLead(f) ?? restatedLead.get(i) ?? assignedLead(d.name, assignments) ?? f.agencies[0];
    if (lead) target.agency = register(lead);
    const parentId = f.parent !== undefined ? idOf.get(f.parent) : undefined;
    if (parentId && parentId !== id) target.parent = parentId;
    if (d.note) target.note = d.note;
    const invalid = schemaProblem(target);
    if (invalid) {
      rejected.push({ line: lineNumber(source.line - 1), name: target.name, reason: invalid });
      rejectedIds.add(id);
      return;
    }
    if (target.parent && rejectedIds.has(target.parent)) delete target.parent;
    targets.push(target);

    if (lead && d.zone === "task" && f.block) {
      const key = `${f.block.line[0]}:${d.sentence[0]}`;
      let task = tasksBySentence.get(key);
      if (!task) {
        const [s0, s1] = d.sentence;
        const sentence = f.block.text.slice(s0, s1).replace(/\s+/g, " ").trim();
        const where = sourceText(doc, f.block, s0, s1, d.at);
        const partners = f.agencies.slice(1).map(register);
        task = {
          id: `${plan}.nv${pad(tasksBySentence.size + 1)}`,
          plan,
          title: sentence.slice(0, 500),
          agencies: [target.agency!],
          ...(partners.length ? { partners } : {}),
          targets: [],
          source: { file: options.file, line: where.line, text: where.text },
        };
        tasksBySentence.set(key, task);
      }
      task.targets!.push(id);
    }
  });

  // Tasks stated without a target of their own, or whose targets no sentence-level task took.
  const inTask = new Set([...tasksBySentence.values()].flatMap((t) => t.targets ?? []));
  const blockTaskList: Task[] = [];
  const issuer = issuerAgency(head.issuer, prefix);
  let issuerTasks = 0;
  const issuerLeads = (): string => {
    if (!agencyById.has(issuer.id)) agencyById.set(issuer.id, issuer);
    issuerTasks++;
    return issuer.id;
  };
  /** A task read from prose or from a table: led by the agency it names, else the issuer. */
  const taskOf = (task: Pick<TaskRead, "title" | "lead" | "partners" | "deadline">, targetIds: string[], where: { line: number; text: string }): Task => {
    const partners = task.partners.map(register);
    return {
      id: "",
      plan,
      title: task.title,
      agencies: [task.lead ? register(task.lead) : issuerLeads()],
      ...(partners.length ? { partners } : {}),
      ...(task.deadline ? { deadline: task.deadline } : {}),
      ...(targetIds.length ? { targets: targetIds } : {}),
      source: { file: options.file, line: where.line, text: where.text },
    };
  };
  // Tables of tasks are read as tables; their lines are not read again as prose tasks.
  const inTable = (line: number) => tableTasks.ranges.some(([a, b]) => line - 1 >= a && line - 1 <= b);
  const sentenceTaskLines = new Set([...tasksBySentence.keys()].map((k) => k.slice(0, k.indexOf(":"))));
  // A section that names who leads its items leaves its unassigned headings as headings, not tasks.
  const namedSections = new Set(blockTasks.filter((t) => t.task.lead).map((t) => t.section));
  for (const { block, task, found: [from, to], section: inSection, dropped } of blockTasks) {
    if (dropped || (!task.lead && namedSections.has(inSection))) continue;
    if (sentenceTaskLines.has(String(block.line[0])) || block.text.replace(/\s+/g, " ").trim() === head.title) continue;
    const targetIds = found.slice(from, to).flatMap((f, k) => idOf.get(from + k) ?? (f.restates !== undefined ? idOf.get(f.restates) : undefined) ?? []).filter((id) => !inTask.has(id) && !rejectedIds.has(id));
    const where = sourceText(doc, block, task.from, block.text.length, task.cite ?? task.from);
    if (inTable(where.line)) continue;
    blockTaskList.push(taskOf(task, targetIds, where));
  }
  const targetsByLine = new Map<number, string[]>();
  for (const t of targets) {
    if (inTask.has(t.id)) continue;
    const onLine = targetsByLine.get(t.source.line);
    if (onLine) onLine.push(t.id);
    else targetsByLine.set(t.source.line, [t.id]);
  }
  const fromTables = tableTasks.tasks
    .filter((t) => !t.ofTarget)
    .map((t) => taskOf(t, targetsByLine.get(t.line + 1) ?? [], { line: t.line + 1, text: lines[t.line].trim().slice(0, 500) }));
  const tasks = [...[...tasksBySentence.values()].filter((t) => !inTable(t.source.line)), ...blockTaskList, ...fromTables].sort((a, b) => a.source.line - b.source.line);
  tasks.forEach((t, i) => (t.id = `${plan}.nv${pad(i + 1)}`));

  if (rejected.length) warnings.push(rejectedWarning(rejected));
  if (issuerTasks) {
    warnings.push({
      vi: `${issuerTasks} nhiệm vụ không nêu cơ quan chủ trì trong văn bản; tạm giao cho cơ quan ban hành (${issuer.name}) — hãy sửa lại nếu cần.`,
      en: `${issuerTasks} task(s) name no lead agency in the text; they were given to the issuer (${issuer.name}) — please correct if needed.`,
    });
  }
  if (targets.some((t) => !t.agency) && targets.length) {
    if (!agencyById.has(issuer.id)) agencyById.set(issuer.id, issuer);
    const unassigned = targets.filter((t) => !t.agency);
    for (const t of unassigned) t.agency = issuer.id;
    warnings.push({
      vi: `${unassigned.length} chỉ tiêu không có cơ quan chủ trì trong văn bản; tạm giao cho cơ quan ban hành (${issuer.name}) — hãy sửa lại nếu cần.`,
      en: `${unassigned.length} target(s) name no lead agency in the text; they were given to the issuer (${issuer.name}) — please correct if needed.`,
    });
  }
  if (targets.length === 0) {
    warnings.push({
      vi: "Không tìm thấy chỉ tiêu nào: văn bản không nêu con số mục tiêu (tỷ lệ, số lượng, giá trị) dưới các mục Mục tiêu/Chỉ tiêu hay trong nhiệm vụ.",
      en: "No targets found: the text states no numeric targets (shares, counts, amounts) under Targets headings or in tasks.",
    });
  }
  const { year: _year, ...planDraft } = head;
  void _year;
  if (origin) for (const record of [...targets, ...tasks]) record.source.line = lineNumber(record.source.line - 1);
  return { plan, targets, agencies: [...agencyById.values()], tasks, warnings, planDraft: { ...planDraft, date: planDraft.date || String(documentYear) } };
}
