/** Finding targets in a catalog: filters and diacritic-insensitive search. */
import type { Catalog } from "./load";
import type { Agency, Target } from "./schema";
import { fold, matchesQuery } from "../text/normalize";
import { matchAgency } from "./agency-match";

export interface TargetFilter {
  query?: string;
  plan?: string;
  /** Agency id, or any part of its name / alias, diacritics optional. */
  agency?: string;
  group?: string;
  year?: number;
}

/** Agencies a user's text names (core/catalog/agency-match): the one it names, the several it could mean, or none. */
export function findAgencies(catalog: Catalog, text: string): Agency[] {
  const match = matchAgency(catalog.agencies, text);
  return match.kind === "found" ? [match.agency] : match.kind === "ambiguous" ? match.candidates : [];
}

export function filterTargets(catalog: Catalog, filter: TargetFilter): Target[] {
  const agencyIds = filter.agency ? new Set(findAgencies(catalog, filter.agency).map((a) => a.id)) : null;
  const group = filter.group ? fold(filter.group) : null;
  return catalog.targets.filter(
    (t) =>
      (!filter.plan || t.plan === filter.plan) &&
      (!agencyIds || (t.agency !== undefined && agencyIds.has(t.agency))) &&
      (!group || fold(t.group).includes(group)) &&
      (!filter.year || t.year === filter.year) &&
      (!filter.query || matchesQuery(searchText(catalog, t), filter.query)),
  );
}

function searchText(catalog: Catalog, t: Target): string {
  const agency = t.agency ? catalog.agencyById.get(t.agency)?.name ?? "" : "";
  return `${t.id} ${t.name} ${t.unit} ${t.group} ${agency}`;
}
