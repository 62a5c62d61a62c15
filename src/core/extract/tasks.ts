/**
 * Tasks (nhiệm vụ) named anywhere in a plan: a list item or paragraph under an agency's heading in a
 * tasks section, or one that names its lead itself ("Sở Y tế chủ trì", "giao Sở Tài chính chủ trì",
 * "Chủ trì: Sở Nội vụ"), with the agencies it works with ("phối hợp với …") and its deadline.
 */
import type { Deadline } from "../catalog/schema";
import { isUpperLine, type Block } from "./document";
import { agenciesIn, leadNamedIn, type AgencyMention, type Zone } from "./headings";
import { foldKeepingOffsets } from "./ocr";

export interface TaskRead {
  /** Absent when the text names no one: the plan's issuer then leads. */
  lead?: AgencyMention;
  partners: AgencyMention[];
  title: string;
  deadline?: Deadline;
  /** Offset in the block where the task's text starts. */
  from: number;
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
const SUBJECT_VERB = /(?<!(?:^|\s)(?:cac|nhung))\s(?:chi dao|lanh dao|can cu|tap trung|chu tri|co trach nhiem|chiu trach nhiem|tham muu|trien khai|huong dan|xay dung|thuc hien|theo doi|to chuc|phoi hop|day manh|tang cuong|khan truong|nghien cuu|ra soat|bao cao|ban hanh|chu dong|quan ly|kiem tra|giam sat|cung cap|dam bao|bao dam|tiep tuc)(?![a-z])/;

/** The agency an item opens with as its subject, in a tasks section: "Sở Y tế hướng dẫn …". */
export function subjectLeadIn(body: string): AgencyMention | undefined {
  const verb = SUBJECT_VERB.exec(foldKeepingOffsets(body.slice(0, 120)));
  if (!verb || !/^\p{Lu}/u.test(body)) return undefined;
  // Cut off by its verb, the subject may be as long as "Đảng đoàn Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh".
  return agenciesIn(body.slice(0, verb.index), 18)[0];
}

/** "phối hợp với Sở Tài chính, UBND các xã" → the agencies in that list. */
export function partnersNamedIn(text: string): AgencyMention[] {
  const folded = foldKeepingOffsets(text);
  const out: AgencyMention[] = [];
  for (const m of folded.matchAll(/phoi hop(?:\s+voi)?\s*:?\s*([^;.()]{4,200})/g)) {
    const at = m.index + m[0].length - m[1].length;
    const names: string[] = [];
    // "Sở Tài chính và UBND các xã" is two agencies; "Sở Thông tin và Truyền thông" is one.
    const pieces = text
      .slice(at, at + m[1].length)
      .split(/\s*,\s*/u)
      .flatMap((p) => p.split(/\s+và\s+(?=\S)/u).reduce<string[]>((acc, part) => (acc.length && !agenciesIn(part).length ? [...acc.slice(0, -1), `${acc[acc.length - 1]} và ${part}`] : [...acc, part]), []));
    for (const piece of pieces) {
      const name = piece.replace(/\s+(?:thực hiện|triển khai|tổ chức|xây dựng|hướng dẫn|theo dõi|tham mưu|rà soát|kiểm tra|đánh giá|thẩm định|đề xuất|chỉ đạo|báo cáo|nghiên cứu|hoàn thành|tuyên truyền|đôn đốc|trình|cung cấp|phân bổ|bố trí|đẩy mạnh|tăng cường|quản lý)(?![\p{L}]).*$/u, "").trim();
      // "UBND các xã, phường": a kind of unit continues the agency before it.
      if (names.length && /^(?:phường|thị trấn|thị xã|thành phố|xã|huyện|đặc khu)$/u.test(name)) names[names.length - 1] += `, ${name}`;
      else if (agenciesIn(name).length) names.push(name);
      else break;
    }
    for (const name of names) {
      const found = agenciesIn(name)[0];
      if (found && !out.some((a) => a.name === found.name)) out.push(found);
    }
  }
  return out;
}

/** "trước ngày 30/6/2026", "trong quý III/2026", "hoàn thành trong năm 2026", "tháng 9/2026". */
export function deadlineIn(text: string): Deadline | undefined {
  const folded = foldKeepingOffsets(text);
  const m = /\b(?:truoc|trong|hoan thanh(?: trong)?|cham nhat(?: la)?)\s+(?:ngay\s+(\d{1,2})\/(\d{1,2})\/(\d{4})|quy\s+([ivx]{1,3}|[1-4])\/(\d{4})|thang\s+(\d{1,2})\/(\d{4})|nam\s+(\d{4}))/.exec(folded);
  if (!m) return undefined;
  const written = text.slice(m.index, m.index + m[0].length).trim();
  if (m[1]) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return { text: written };
    return { text: written, date: `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}` };
  }
  if (m[4]) {
    const q = /^\d$/.test(m[4]) ? Number(m[4]) : ["i", "ii", "iii", "iv"].indexOf(m[4]) + 1;
    return q > 0 ? { text: written, period: `${m[5]}-Q${q}` } : { text: written };
  }
  if (m[8]) return { text: written, period: m[8] };
  return { text: written };
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
  const named = leadNamedIn(body, block.folded.slice(bodyAt, bodyAt + body.length)) ?? (zone === "task" ? subjectLeadIn(body) : undefined);
  // A letterhead ("ỦY BAN NHÂN DÂN TỈNH …") names the issuer, not who carries out the items below it.
  const fromHeading = zone === "task" ? headingAgencies?.filter((a) => !isUpperLine(a.name)) : undefined;
  const lead = named ?? fromHeading?.[0];
  // In a section of tasks and solutions, an item that names no one is the issuer's to lead.
  if (!lead && !(tasksSection && zone === "task")) return undefined;
  const partners = [...(named ? [] : (fromHeading ?? []).slice(1)), ...partnersNamedIn(body)].filter((a) => a.name !== lead?.name);
  const deadline = deadlineIn(body);
  return {
    lead,
    partners: partners.filter((a, i) => partners.findIndex((b) => b.name === a.name) === i),
    title: titleOf(body),
    ...(deadline ? { deadline } : {}),
    from,
  };
}

/** A resolution, directive, scheme, programme or plan named by its number, its quoted or capitalised name. */
const INSTRUMENT = /(?:^|[\s("“])(?:nghi quyet|chi thi|ket luan|de an|chuong trinh|ke hoach|quyet dinh|cong van)\s+(?:s\S{0,2}\s*\d|muc tieu quoc gia|\S)/g;

function namesInstrument(text: string, folded: string): boolean {
  INSTRUMENT.lastIndex = 0;
  for (let m = INSTRUMENT.exec(folded); m; m = INSTRUMENT.exec(folded)) {
    const next = text.charAt(m.index + m[0].length - 1);
    // "Đề án phát triển …" written with a capital is a named instrument; "theo kế hoạch" is not.
    const capital = /\p{Lu}/u.test(text.charAt(m.index + (/^[\s("“]/.test(m[0]) ? 1 : 0)));
    if (capital || /[\d"“\p{Lu}]/u.test(next) || /(?:\d|quoc gia)$/.test(m[0])) return true;
  }
  return false;
}

/**
 * In a paragraph of the issuer's directions, the sentences that name what is to be carried out
 * ("Triển khai Nghị quyết số 105-NQ/TU …", "Xây dựng Đề án …"): each is a task a report can follow.
 * General directions ("Tăng cường quản lý …") are not. Offsets in `body`.
 */
export function concreteSentences(body: string, folded: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  const ends = [...body.matchAll(/[.;](?=\s+["“]?\p{Lu})/gu)].map((m) => m.index + 1);
  for (const end of [...ends, body.length]) {
    const a = start + (body.slice(start, end).length - body.slice(start, end).trimStart().length);
    if (end - a >= MIN_TASK && /^\p{Lu}/u.test(body.charAt(a)) && namesInstrument(body.slice(a, end), folded.slice(a, end))) out.push([a, end]);
    start = end;
  }
  return out;
}
