/**
 * The one agency matcher (CLI --agency, the catalog filter, consolidation's agency cells): an agency is
 * found only by its id or by its whole name, short name or alias (case, diacritics, punctuation and a
 * leading "Sở"/"Ban"… aside). A partial or misspelt name is never taken silently: it gets the nearest
 * names as "Có phải: …?".
 */
import type { Agency } from "./schema";
import type { Bilingual } from "../messages";
import { closestIds } from "../text/closest";
import { fold, matchesQuery } from "../text/normalize";

export type AgencyMatch =
  | { kind: "found"; agency: Agency }
  | { kind: "ambiguous"; candidates: Agency[] }
  | { kind: "none"; suggestions: Agency[] };

/** Words that head many agency names and tell none apart. */
const HEAD = /^(?:so|ban|cuc|chi cuc|vien|trung tam|van phong|uy ban nhan dan|ubnd|thanh tra|cong an|bo chi huy)\s+/;

/** "Sở Văn hóa, Thể thao và Du lịch" → "van hoa the thao va du lich". */
function key(name: string): string {
  const plain = fold(name).replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ").trim();
  return plain.replace(HEAD, "") || plain;
}

function namesOf(a: Agency): string[] {
  return [a.name, a.shortName ?? "", a.nameEn ?? "", ...(a.aliases ?? [])].filter(Boolean);
}

/** A matcher over a fixed list of agencies (names keyed once), for use on many texts. */
export function agencyMatcher(agencies: readonly Agency[]): (text: string) => AgencyMatch {
  const byKey = new Map<string, Agency[]>();
  for (const a of agencies) {
    for (const n of namesOf(a)) {
      const k = key(n);
      const list = byKey.get(k) ?? [];
      if (!list.includes(a)) list.push(a);
      byKey.set(k, list);
    }
  }
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const compact = (s: string) => key(s).replace(/ /g, "");
  return (text) => {
    const exactId = byId.get(text.trim());
    if (exactId) return { kind: "found", agency: exactId };
    const exact = byKey.get(key(text)) ?? [];
    if (exact.length === 1) return { kind: "found", agency: exact[0] };
    if (exact.length > 1) return { kind: "ambiguous", candidates: exact };
    const containing = agencies.filter((a) => namesOf(a).some((n) => matchesQuery(n, text)));
    if (containing.length > 1 && containing.length <= 8) return { kind: "ambiguous", candidates: containing };
    const byName = new Map(agencies.map((a) => [compact(a.name), a]));
    const near = closestIds(compact(text), byName.keys(), 3).map((k) => byName.get(k)!);
    const suggestions = [...new Set([...containing, ...near])].slice(0, 3);
    return { kind: "none", suggestions };
  };
}

export function matchAgency(agencies: readonly Agency[], text: string): AgencyMatch {
  return agencyMatcher(agencies)(text);
}

/** Why a text named no single agency, with the nearest names; `scope` says where we looked ("trong kế hoạch X"). */
export function agencyMatchProblem(match: Exclude<AgencyMatch, { kind: "found" }>, text: string, scope: Bilingual = { vi: "", en: "" }, all: readonly Agency[] = []): Bilingual {
  const names = (list: readonly Agency[]) => list.map((a) => a.name).join("; ");
  const at = (s: string) => (s ? ` ${s}` : "");
  if (match.kind === "ambiguous") {
    return {
      vi: `"${text}" khớp nhiều cơ quan${at(scope.vi)}: ${names(match.candidates)}. Hãy ghi đủ tên hoặc mã.`,
      en: `"${text}" matches several agencies${at(scope.en)}: ${names(match.candidates)}. Give the full name or the id.`,
    };
  }
  if (match.suggestions.length) {
    return {
      vi: `Không có cơ quan "${text}"${at(scope.vi)}. Có phải: ${names(match.suggestions)}?`,
      en: `No agency "${text}"${at(scope.en)}. Did you mean: ${names(match.suggestions)}?`,
    };
  }
  return {
    vi: `Không có cơ quan "${text}"${at(scope.vi)}.${all.length ? ` Các cơ quan: ${names(all)}` : ""}`,
    en: `No agency "${text}"${at(scope.en)}.${all.length ? ` Agencies: ${names(all)}` : ""}`,
  };
}
