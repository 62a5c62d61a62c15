/**
 * Tasks (nhiệm vụ) named anywhere in a plan: a list item or paragraph under an agency's heading in a
 * tasks section, or one that names its lead itself ("Sở Y tế chủ trì", "giao Sở Tài chính chủ trì",
 * "Chủ trì: Sở Nội vụ"), with the agencies it works with ("phối hợp với …") and its deadline.
 */
import type { Deadline } from "../catalog/schema";
import { isUpperLine, type Block } from "./document";
import { agenciesIn, leadNamedIn, type AgencyMention, type Zone } from "./headings";
import { foldKeepingOffsets } from "./ocr";
import { parsePeriod } from "../periods/codes";
import { daysInMonth } from "../periods/dates";

export interface TaskRead {
  /** Absent when the text names no one: the plan's issuer then leads. */
  lead?: AgencyMention;
  partners: AgencyMention[];
  title: string;
  deadline?: Deadline;
  /** Offset in the block where the task's text starts. */
  from: number;
  /** Offset in the block of the words whose line the task cites, when not its start (the instrument it names). */
  cite?: number;
}

/** A task's title: its first sentence when that says enough, else its words up to a length a sheet can show. */
function titleOf(body: string): string {
  const text = body.replace(/\s+/g, " ").trim();
  const first = /^.{40,}?[.;](?=\s+\p{Lu})/u.exec(text);
  if (first && first[0].length <= TITLE_MAX) return first[0].replace(/[.;]$/, "");
  if (text.length <= TITLE_MAX) return text;
  const cut = text.slice(0, TITLE_MAX - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), TITLE_MAX / 2))}…`;
}

/** Shortest text that reads as a task rather than a label. */
const MIN_TASK = 20;
const TITLE_MAX = 500;

/**
 * Verbs that follow the agency an item opens with: "Ban Tuyên giáo Tỉnh ủy chỉ đạo …". Folded. After
 * "các" or "những" the word is a noun ("và các tổ chức chính trị - xã hội"), not the verb.
 */
const SUBJECT_VERB = /(?<!(?:^|\s)(?:cac|nhung))\s(?:chi dao|lanh dao|can cu|tap trung|chu tri|co trach nhiem|chiu trach nhiem|tham muu|trien khai|huong dan|xay dung|thuc hien|theo doi|to chuc|phoi hop|day manh|tang cuong|khan truong|nghien cuu|ra soat|bao cao|ban hanh|chu dong|quan ly|kiem tra|giam sat|cung cap|dam bao|bao dam|tiep tuc|tong hop)(?![a-z])/;

/** Who heads an agency stands for it: "Giám đốc Sở Y tế", "Chủ tịch UBND các xã", "Thủ trưởng các cơ quan". */
const HEAD_OF = /(^|,\s*|;\s*|\s+và\s+)(?:Giám đốc|Thủ trưởng|Chủ tịch|Chánh Văn phòng|Trưởng ban|Người đứng đầu)\s+(?:(các)\s+)?/gu;

/**
 * The agencies an item opens with as its subject, in a tasks section: "Sở Y tế hướng dẫn …", "Giao Sở
 * Công Thương theo dõi …", "Giám đốc các sở, Chủ tịch UBND các xã căn cứ Kế hoạch này xây dựng …". The
 * first leads; the others carry it out with it.
 */
export function subjectsIn(text: string): AgencyMention[] {
  // "Giao Sở Công Thương theo dõi, tổng hợp …": the agency given the task is its subject.
  const body = text.replace(/^Giao(?:\s+cho)?\s+(?=\p{Lu})/u, "");
  const verb = SUBJECT_VERB.exec(foldKeepingOffsets(body.slice(0, 240)));
  if (!verb || !/^\p{Lu}/u.test(body)) return [];
  const subject = body.slice(0, verb.index);
  if (!HEAD_OF.test(subject)) {
    // Cut off by its verb, the subject may be as long as "Đảng đoàn Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh".
    const one = agenciesIn(subject, 18)[0];
    return one ? [one] : [];
  }
  return agenciesOfHeads(subject);
}

/** "Giám đốc các Sở, Chủ tịch UBND huyện" → the agencies those heads stand for. */
function agenciesOfHeads(text: string): AgencyMention[] {
  return agencyList(text.replace(HEAD_OF, (_, joint: string, all?: string) => `${joint}${all ? "Các " : ""}`));
}

/**
 * A heading that names the heads of agencies and nothing else ("1. Giám đốc các Sở, Chủ tịch UBND huyện, thành
 * phố:"): the items below it are theirs.
 */
export function headsHeading(label: string): AgencyMention[] | undefined {
  HEAD_OF.lastIndex = 0;
  const text = label.replace(/[\s:.]+$/, "");
  if (!/^(?:Giám đốc|Thủ trưởng|Chủ tịch|Người đứng đầu)\s/u.test(text) || !HEAD_OF.test(text) || SUBJECT_VERB.test(foldKeepingOffsets(text))) return undefined;
  const found = agenciesOfHeads(text);
  return found.length ? found : undefined;
}

/**
 * Where a list of agencies ends and the sentence goes on: a verb, a preposition or a time
 * ("… và các cơ quan liên quan thực hiện trong quý II"). Agency names hold none of these words.
 */
const LIST_ENDS =
  /\s+(?:thực hiện|triển khai|tổ chức|xây dựng|hướng dẫn|theo dõi|tham mưu|rà soát|kiểm tra|đánh giá|thẩm định|đề xuất|chỉ đạo|báo cáo|nghiên cứu|hoàn thành|tuyên truyền|vận động|đôn đốc|trình|cung cấp|phân bổ|bố trí|đẩy mạnh|tăng cường|quản lý|hỗ trợ|giải quyết|giám sát|bảo đảm|đảm bảo|tập trung|tiếp tục|chủ động|tổng hợp|cập nhật|xử lý|để|nhằm|trong|theo|khi|về|tại|đối với|kịp thời|thường xuyên|trước|từ|đến|hằng|hàng|định kỳ|có liên quan|liên quan)(?![\p{L}]).*$/su;

/** "UBND các xã, phường": a kind of unit continues the agency before it. */
const UNIT_KIND = /^(?:phường|thị trấn|thị xã|thành phố|xã|huyện|đặc khu)$/u;

/**
 * The agencies a list names, and only their names: "Sở Tài chính, Sở Văn hóa, Thể thao và Du lịch,
 * UBND các xã, phường và các cơ quan liên quan thực hiện …" → three agencies. A capitalised piece that
 * is no agency's head continues the name before it; "các cơ quan liên quan" names no one.
 */
export function agencyList(text: string): AgencyMention[] {
  const list = text.replace(LIST_ENDS, "").replace(/[\s.:]+$/, "");
  const names: string[] = [];
  let open = false;
  /** "Các sở, ban, ngành": agencies named together, one name whose kinds follow on. */
  let together = false;
  const re = /(\s*,\s*|\s*;\s*|\s+và\s+)/u;
  const parts = list.split(re);
  for (let k = 0; k < parts.length; k += 2) {
    const piece = parts[k].trim();
    const joint = k > 0 ? parts[k - 1] : "";
    if (!piece) continue;
    if (together && /^(?:sở|ban|ngành|cơ quan|đơn vị|địa phương|đoàn thể|hội)$/u.test(piece) && !/và/.test(joint)) {
      names[names.length - 1] += `, ${piece}`;
    } else if (agenciesIn(piece).length) {
      names.push(piece);
      open = true;
      together = /^Các\s/u.test(piece);
    } else if (open && (UNIT_KIND.test(piece) || (/^\p{Lu}/u.test(piece) && piece.split(/\s+/).length <= 3 && !/;/.test(joint)))) {
      names[names.length - 1] += /và/.test(joint) ? ` và ${piece}` : `, ${piece}`;
    } else open = together = false;
  }
  const out: AgencyMention[] = [];
  for (const name of names) {
    const found = agenciesIn(name, 18)[0];
    if (found && !out.some((a) => a.name === found.name)) out.push(found);
  }
  return out;
}

/**
 * A heading that only says who leads and who helps: "1. Sở Công Thương chủ trì, phối hợp với các sở,
 * ngành liên quan" — the items below it are that agency's. Its lead first, then its partners.
 */
export function agenciesHeading(label: string): AgencyMention[] | undefined {
  const m = /^(.{4,120}?)\s+chủ trì(?:\s*,?\s*phối hợp(?:\s+với)?\s+(.*))?$/isu.exec(label.replace(/[\s:.]+$/, ""));
  if (!m) return undefined;
  const lead = agenciesIn(m[1]);
  if (lead.length !== 1 || lead[0].name !== m[1].trim()) return undefined;
  // "… phối hợp với Sở Y tế xây dựng phương án" is a task, not a heading: its list must end in nothing but "liên quan".
  const rest = (m[2] ?? "").replace(LIST_ENDS, (end) => (/^\s+(?:có liên quan|liên quan)\s*$/u.test(end) ? "" : end));
  if (m[2] && rest !== rest.replace(LIST_ENDS, "")) return undefined;
  return [lead[0], ...agencyList(rest)];
}

/** "phối hợp với Sở Tài chính, UBND các xã" → the agencies in that list. */
export function partnersNamedIn(text: string, folded = foldKeepingOffsets(text)): AgencyMention[] {
  const out: AgencyMention[] = [];
  for (const m of folded.matchAll(/phoi hop(?:\s+(?:chat che|thuong xuyen))?(?:\s+voi)?\s*:?\s*([^;.()]{4,200})/g)) {
    const at = m.index + m[0].length - m[1].length;
    for (const found of agencyList(text.slice(at, at + m[1].length))) if (!out.some((a) => a.name === found.name)) out.push(found);
  }
  return out;
}

/** A time as plans write it: a day, a quarter, a month, six or nine months, a year. Folded. */
const WHEN =
  /(?:ngay\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})|quy\s+([ivx]{1,3}|[1-4])\s*(?:\/|nam)\s*(\d{4})|thang\s+(\d{1,2})\s*(?:\/|nam)\s*(\d{4})|(6|9)\s+thang(?:\s+dau)?(?:\s+nam)?\s+(\d{4})|nam\s+(\d{4})/;
/** "Thời gian hoàn thành: Quý II/2026", "Thời hạn: trước 30/6/2026": a label, then the time. Folded. */
const LABEL = String.raw`(?:thoi gian(?:\s+(?:hoan thanh|thuc hien))?|thoi han(?:\s+hoan thanh)?|tien do(?:\s+hoan thanh)?)\s*:\s*`;
const DEADLINE = new RegExp(String.raw`(?:^|[^a-z])(?:(${LABEL})(?:(?:truoc|trong)\s+)?|(?:truoc|trong|hoan thanh(?:\s+trong)?|cham nhat(?:\s+(?:la|vao))?|den het|xong truoc)\s+)(?:${WHEN.source})`);

/**
 * "trước ngày 30/6/2026", "trong quý III/2026", "hoàn thành trong năm 2026", "tháng 9/2026",
 * "6 tháng đầu năm 2026", "Thời gian hoàn thành: Quý II/2026": the text as written, its date when it
 * names a day, else its period.
 */
export function deadlineIn(text: string, folded = foldKeepingOffsets(text)): Deadline | undefined {
  const m = DEADLINE.exec(folded);
  if (!m) return undefined;
  // After a label the deadline is what follows it; otherwise its cue is part of it ("trước ngày …").
  const start = m.index + (/^[a-z]/.test(m[0]) ? 0 : 1) + (m[1] ? m[1].length : 0);
  const written = text.slice(start, m.index + m[0].length).trim();
  const [, , d, mo, y, q, qy, month, my, part, py, year] = m;
  if (d) {
    const date = { year: Number(y), month: Number(mo), day: Number(d) };
    if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysInMonth(date.year, date.month)) return { text: written };
    return { text: written, date: `${y}-${mo.padStart(2, "0")}-${d.padStart(2, "0")}` };
  }
  const code = q ? `${qy}-Q${/^\d$/.test(q) ? q : ["i", "ii", "iii", "iv"].indexOf(q) + 1}` : month ? `${my}-M${month.padStart(2, "0")}` : part ? `${py}-${part}M` : year;
  return parsePeriod(code).ok ? { text: written, period: code } : { text: written };
}

/**
 * The task a block states, or undefined. `headingAgencies` are those the headings in force name;
 * they lead only inside a tasks section. A lead the block names itself counts in any section but
 * one reporting results.
 */
export function taskOfBlock(block: Block, bodyFrom: number, zone: Zone, headingAgencies: AgencyMention[] | undefined, tasksSection = false): TaskRead | undefined {
  if (block.footnote || zone === "result") return undefined;
  const raw = block.text.slice(bodyFrom);
  const from = bodyFrom + (raw.length - raw.trimStart().length);
  const trimmed = raw.trim();
  const body = trimmed.replace(/^(?:\(\s*\d{1,2}\s*\)|\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[a-zđ][.)]|[-–+•*▪●])\s*/u, "");
  // A task reads as a sentence: one starting in lower case is the rest of a paragraph cut by a page break.
  if (body.length < MIN_TASK || /:\s*$/.test(body) || /^\p{Ll}/u.test(body)) return undefined;
  // The body is a stretch of the block, so its folded text is the same stretch of the block's.
  const bodyAt = from + trimmed.length - body.length;
  const subjects = zone === "task" ? subjectsIn(body) : [];
  const bodyFolded = block.folded.slice(bodyAt, bodyAt + body.length);
  const named = leadNamedIn(body, bodyFolded) ?? subjects[0];
  // A letterhead ("ỦY BAN NHÂN DÂN TỈNH …") names the issuer, not who carries out the items below it.
  const fromHeading = zone === "task" ? headingAgencies?.filter((a) => !isUpperLine(a.name)) : undefined;
  const lead = named ?? fromHeading?.[0];
  // In a section of tasks and solutions, an item that names no one is the issuer's to lead.
  if (!lead && !(tasksSection && zone === "task")) return undefined;
  const partners = [...(named ? subjects.slice(1) : (fromHeading ?? []).slice(1)), ...partnersNamedIn(body, bodyFolded)].filter((a) => a.name !== lead?.name);
  const deadline = deadlineIn(body, bodyFolded);
  return {
    lead,
    partners: partners.filter((a, i) => partners.findIndex((b) => b.name === a.name) === i),
    title: titleOf(body),
    ...(deadline ? { deadline } : {}),
    from,
  };
}

/** A resolution, directive, scheme, programme or plan named by its number, its quoted or capitalised name. Folded; OCR may put a stray mark after a word ("Ké& hoach"). */
const INSTRUMENT = /(?:^|[\s("“])(?:nghi\S?\s+quyet|chi\S?\s+thi|ket\S?\s+luan|de\S?\s+an|chuong\S?\s+trinh|ke\S?\s+hoach|quyet\S?\s+dinh|cong\S?\s+van)\S?\s+(?:s\S{0,2}\s*\d|muc tieu quoc gia|\S)/g;

/** Where the sentence names the instrument it carries out, or -1. */
function instrumentAt(text: string, folded: string): number {
  INSTRUMENT.lastIndex = 0;
  for (let m = INSTRUMENT.exec(folded); m; m = INSTRUMENT.exec(folded)) {
    const at = m.index + (/^[\s("“]/.test(m[0]) ? 1 : 0);
    const next = text.charAt(m.index + m[0].length - 1);
    // "Đề án phát triển …" written with a capital is a named instrument; "theo kế hoạch" is not.
    if (/\p{Lu}/u.test(text.charAt(at)) || /[\d"“\p{Lu}]/u.test(next) || /(?:\d|quoc gia)$/.test(m[0])) return at;
  }
  return -1;
}

/**
 * In a paragraph of the issuer's directions, the sentences that name what is to be carried out
 * ("Triển khai Nghị quyết số 105-NQ/TU …", "Xây dựng Đề án …"): each is a task a report can follow.
 * General directions ("Tăng cường quản lý …") are not. Offsets in `body`: the sentence, and where it
 * names its instrument (the line a task cites).
 */
export function concreteSentences(body: string, folded: string): { from: number; to: number; at: number }[] {
  const out: { from: number; to: number; at: number }[] = [];
  let start = 0;
  const ends = [...body.matchAll(/[.;](?=\s+["“]?\p{Lu})/gu)].map((m) => m.index + 1);
  for (const end of [...ends, body.length]) {
    const a = start + (body.slice(start, end).length - body.slice(start, end).trimStart().length);
    const at = end - a >= MIN_TASK && /^\p{Lu}/u.test(body.charAt(a)) ? instrumentAt(body.slice(a, end), folded.slice(a, end)) : -1;
    if (at >= 0) out.push({ from: a, to: end, at: a + at });
    start = end;
  }
  return out;
}
