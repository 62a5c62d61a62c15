/**
 * Targets given to agencies in words, away from where the target is stated: "Giao Sở Y tế chịu trách
 * nhiệm các chỉ tiêu: số bác sĩ/vạn dân, số giường bệnh/vạn dân", "Đối với Sở Văn hóa, Thể thao và Du lịch,
 * được giao 03 chỉ tiêu, gồm: …", "Sở Tài chính theo dõi chỉ tiêu thu ngân sách". Each names an agency and
 * the targets it answers for, by name.
 */
import { agenciesIn, leadNamedIn, type AgencyMention } from "./headings";
import { nameKeywords } from "./names";
import { foldKeepingOffsets } from "./ocr";
import { agencyList, subjectsIn } from "./tasks";

export interface Assignment {
  agency: AgencyMention;
  /** The targets' names as the sentence lists them, each with its keywords. */
  names: Set<string>[];
  /** The targets' numbers in the document's list, where the sentence names them so ("các chỉ tiêu số 3, 7, 12"). */
  numbers?: number[];
}

/** A verb of answering for, then the word "chỉ tiêu" and the list after it. Folded. */
const ANSWERS_FOR =
  /(?:chiu trach nhiem|phu trach|theo doi|chu tri|duoc giao|thuc hien|dam nhan)[^:;.]{0,60}?\bchi tieu(?:\s+(?:sau(?: day)?|so|thu))?\s*(?:,\s*)?(?:gom|bao gom|nhu sau)?\s*:?\s*/;

/** A list item's marker: "1.", "(2)", "a)", "-". */
const MARKER = /^(?:\(\s*\d{1,2}\s*\)|\d{1,2}(?:\.\d{1,2}){0,3}[.)]?|[a-zđ][.)]|[-–+•*])\s+/u;

/** "Đối với Sở …, được giao", "Giao Sở …": words before the agency the sentence is about. */
const ABOUT = /^(?:Đối với|Riêng|Giao(?:\s+cho)?)\s+/u;

/** One number or range of a list of targets' numbers: "3", "(7)", "12 - 14", "chỉ tiêu số 6", "và 9". Folded, sticky. */
const LISTED_NUMBER = /\s*(?:(?:,|;|va)\s*)?(?:(?:cac\s+)?chi tieu\s+)?(?:tu\s+)?(?:so\s+)?\(?(\d{1,2})\)?(?:\s*(?:-|–|den)\s*(?:so\s+)?\(?(\d{1,2})\)?)?(?![\d.,/]\d|\s*%)/y;

/**
 * The targets' numbers a list opens with ("1, 2 và 3", "4 - 6", "6 và chỉ tiêu số 7"), or [] when it names none.
 * Folded. A share ("3%") or a decimal is no target's number.
 */
export function listedNumbers(folded: string): number[] {
  const numbers: number[] = [];
  LISTED_NUMBER.lastIndex = 0;
  for (let m = LISTED_NUMBER.exec(folded); m; m = LISTED_NUMBER.exec(folded)) {
    const from = Number(m[1]);
    const to = m[2] !== undefined ? Number(m[2]) : from;
    if (to < from || to - from > 40) break;
    for (let n = from; n <= to; n++) numbers.push(n);
  }
  return numbers;
}

/** "Các chỉ tiêu số 1, 2, 3: Sở Tài chính chủ trì", "Chỉ tiêu số 4 và 5 do Sở Y tế theo dõi": the numbers first, then the agency. Folded. */
const NUMBERS_FIRST = /^(?:[-+•*]\s*|\d{1,2}[.)]\s*)?(?:cac\s+)?chi tieu\s+(?:(?:so|thu)\s+)?(?=\(?\d)/;

/** "Sở Văn hóa, Thể thao và Du lịch: các chỉ tiêu số 1, 2", "Giao Sở Nội vụ các chỉ tiêu số 3": the agency, then the numbers. Folded. */
const AGENCY_THEN_NUMBERS = /^(.{4,120}?)(?:\s*:\s*|\s+)(?:cac\s+)?chi tieu\s+(?:(?:so|thu)\s+)?(?=\(?\d)/;

/** "Sở Văn hóa, Thể thao và Du lịch: các chỉ tiêu số 1, 2", "Giao Sở Nội vụ các chỉ tiêu số 3": no verb, the agency names itself. */
function agencyThenNumbers(sentence: string, folded: string): Assignment | undefined {
  const named = AGENCY_THEN_NUMBERS.exec(folded);
  if (!named) return undefined;
  const numbers = listedNumbers(folded.slice(named[0].length));
  const agency = numbers.length ? agenciesIn(sentence.slice(0, named[1].length).trim().replace(MARKER, "").replace(ABOUT, ""))[0] : undefined;
  return agency ? { agency, names: [], numbers } : undefined;
}

/** One sentence's assignment, if it makes one. `folded` is the sentence folded. */
function assignmentOf(sentence: string, folded: string): Assignment | undefined {
  const first = NUMBERS_FIRST.exec(folded.trimStart());
  if (first) {
    const offset = folded.length - folded.trimStart().length + first[0].length;
    const numbers = listedNumbers(folded.slice(offset));
    const rest = sentence.slice(offset).replace(/^[\d\s,;()–-]*(?:(?:và|đến)[\d\s,;()–-]*)*/u, "").replace(/^(?::|do|giao(?:\s+cho)?)\s*/u, "");
    const agency = numbers.length ? (leadNamedIn(rest, foldKeepingOffsets(rest)) ?? subjectsIn(rest)[0] ?? agenciesIn(rest)[0]) : undefined;
    if (agency) return { agency, names: [], numbers };
  }
  const m = ANSWERS_FOR.exec(folded);
  if (!m) return agencyThenNumbers(sentence, folded);
  // The words before the verb name the agency: "Giao Sở Y tế", "Đối với Sở Văn hóa, Thể thao và Du lịch, năm 2026".
  const subject = sentence.slice(0, m.index).trim().replace(MARKER, "").replace(ABOUT, "").replace(/,\s*$/, "");
  const agency = leadNamedIn(sentence, folded) ?? agencyList(subject)[0] ?? subjectsIn(sentence.trim().replace(MARKER, ""))[0];
  if (!agency) return undefined;
  const list = sentence.slice(m.index + m[0].length);
  const numbers = /\b(?:so|thu)\s*$/.test(m[0]) || /^(?:\(?\d|tu\s+(?:so\s+)?\d)/.test(folded.slice(m.index + m[0].length)) ? listedNumbers(folded.slice(m.index + m[0].length)) : [];
  if (numbers.length) return { agency, names: [], numbers };
  const names = list
    .split(/\s*[,;]\s*|\s+và\s+/u)
    .map((piece) => nameKeywords(piece.replace(/\([^)]*\)/g, " ")))
    .filter((k) => k.size >= 2);
  return names.length ? { agency, names } : undefined;
}

/** Targets named by their numbers: "chỉ tiêu số 3", "chỉ tiêu (4)". Folded. */
const BY_NUMBER = /\bchi tieu\s+(?:tu\s+)?(?:(?:so|thu)\s+)?\(?\d/;

/** A clause of a sentence assigning targets by number: up to ";" or a comma before an agency ("…, Sở Y tế chủ trì …"). */
const CLAUSE_BY_NUMBER = /(?:[^;,]|,(?!\s*(?:Sở|Ban|UBND|Ủy ban|Công an|Bộ Chỉ huy|Thanh tra|Văn phòng|Cục|Chi cục|Ngân hàng|Bảo hiểm|Kho bạc)\s))+/gu;

/** The assignments a paragraph makes, one per sentence at most. */
export function assignmentsIn(text: string, folded: string): Assignment[] {
  const out: Assignment[] = [];
  let start = 0;
  const ends = [...text.matchAll(/\.(?=\s+\p{Lu})/gu)].map((m) => m.index + 1);
  for (const end of [...ends, text.length]) {
    // "Sở Y tế chủ trì chỉ tiêu số 4; Sở Xây dựng chủ trì chỉ tiêu số 5": by number, each clause assigns its own (a clause
    // ends at ";" or at a comma before the next agency's name).
    const clauses = BY_NUMBER.test(folded.slice(start, end)) ? [...text.slice(start, end).matchAll(CLAUSE_BY_NUMBER)].map((c) => [start + c.index, start + c.index + c[0].length]) : [[start, end]];
    for (const [from, to] of clauses) {
      const found = assignmentOf(text.slice(from, to), folded.slice(from, to));
      if (found) out.push(found);
    }
    start = end;
  }
  return out;
}

/** A table row naming a target and the agency that leads it. */
export function assignmentOfRow(agency: AgencyMention, name: string): Assignment[] {
  const words = nameKeywords(name);
  return words.size >= 2 ? [{ agency, names: [words] }] : [];
}

/** The agency an assignment gives the target numbered `number` in the document's list, or undefined. */
export function numberedLead(number: number | undefined, assignments: readonly Assignment[]): AgencyMention | undefined {
  if (number === undefined) return undefined;
  for (const { agency, numbers } of assignments) if (numbers?.includes(number)) return agency;
  return undefined;
}

/** Share of the shorter keyword set a listed name must hold to name a target. */
const SAME_TARGET = 0.75;

/** The agency an assignment gives the target named `name`, or undefined. */
export function assignedLead(name: string, assignments: readonly Assignment[]): AgencyMention | undefined {
  if (!assignments.length) return undefined;
  const words = nameKeywords(name);
  let best: { agency: AgencyMention; score: number } | undefined;
  for (const { agency, names } of assignments) {
    for (const listed of names) {
      let shared = 0;
      for (const w of listed) if (words.has(w)) shared++;
      const score = shared / Math.min(listed.size, words.size);
      if (shared >= 2 && score >= SAME_TARGET && (!best || score > best.score)) best = { agency, score };
    }
  }
  return best?.agency;
}
