/**
 * Targets given to agencies in words, away from where the target is stated: "Giao Sở Y tế chịu trách
 * nhiệm các chỉ tiêu: số bác sĩ/vạn dân, số giường bệnh/vạn dân", "Đối với Sở Văn hóa, Thể thao và Du lịch,
 * được giao 03 chỉ tiêu, gồm: …", "Sở Tài chính theo dõi chỉ tiêu thu ngân sách". Each names an agency and
 * the targets it answers for, by name.
 */
import { leadNamedIn, type AgencyMention } from "./headings";
import { nameKeywords } from "./names";
import { agencyList, subjectsIn } from "./tasks";

export interface Assignment {
  agency: AgencyMention;
  /** The targets' names as the sentence lists them, each with its keywords. */
  names: Set<string>[];
}

/** A verb of answering for, then the word "chỉ tiêu" and the list after it. Folded. */
const ANSWERS_FOR =
  /(?:chiu trach nhiem|phu trach|theo doi|chu tri|duoc giao|thuc hien|dam nhan)[^:;.]{0,60}?\bchi tieu(?:\s+(?:sau(?: day)?|so))?\s*(?:,\s*)?(?:gom|bao gom|nhu sau)?\s*:?\s*/;

/** A list item's marker: "1.", "(2)", "a)", "-". */
const MARKER = /^(?:\(\s*\d{1,2}\s*\)|\d{1,2}(?:\.\d{1,2}){0,3}[.)]?|[a-zđ][.)]|[-–+•*])\s+/u;

/** "Đối với Sở …, được giao", "Giao Sở …": words before the agency the sentence is about. */
const ABOUT = /^(?:Đối với|Riêng|Giao(?:\s+cho)?)\s+/u;

/** One sentence's assignment, if it makes one. `folded` is the sentence folded. */
function assignmentOf(sentence: string, folded: string): Assignment | undefined {
  const m = ANSWERS_FOR.exec(folded);
  if (!m) return undefined;
  // The words before the verb name the agency: "Giao Sở Y tế", "Đối với Sở Văn hóa, Thể thao và Du lịch, năm 2026".
  const subject = sentence.slice(0, m.index).trim().replace(MARKER, "").replace(ABOUT, "").replace(/,\s*$/, "");
  const agency = leadNamedIn(sentence, folded) ?? agencyList(subject)[0] ?? subjectsIn(sentence.trim().replace(MARKER, ""))[0];
  if (!agency) return undefined;
  const list = sentence.slice(m.index + m[0].length);
  const names = list
    .split(/\s*[,;]\s*|\s+và\s+/u)
    .map((piece) => nameKeywords(piece.replace(/\([^)]*\)/g, " ")))
    .filter((k) => k.size >= 2);
  return names.length ? { agency, names } : undefined;
}

/** The assignments a paragraph makes, one per sentence at most. */
export function assignmentsIn(text: string, folded: string): Assignment[] {
  const out: Assignment[] = [];
  let start = 0;
  const ends = [...text.matchAll(/\.(?=\s+\p{Lu})/gu)].map((m) => m.index + 1);
  for (const end of [...ends, text.length]) {
    const found = assignmentOf(text.slice(start, end), folded.slice(start, end));
    if (found) out.push(found);
    start = end;
  }
  return out;
}

/** A table row naming a target and the agency that leads it. */
export function assignmentOfRow(agency: AgencyMention, name: string): Assignment[] {
  const words = nameKeywords(name);
  return words.size >= 2 ? [{ agency, names: [words] }] : [];
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
