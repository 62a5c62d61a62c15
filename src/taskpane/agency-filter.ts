/**
 * The flag list by lead agency (cơ quan chủ trì): which agencies lead the listed rows, and the rows
 * of one of them. Pure; the panel keeps the choice as a key of this module.
 */
import { nameIn, type Catalog } from "../core/catalog";
import type { Lang } from "../core/messages";
import { nfc } from "../core/text";
import type { RowVerdict } from "../core/operations";

/** The choice that shows every row. */
export const ALL_AGENCIES = "";
/** Rows whose id is not in the catalog, or whose target names no known agency. */
export const UNKNOWN_AGENCY = "unknown";
const AGENCY_PREFIX = "agency:";

export interface AgencyGroup {
  key: string;
  /** The agency's name in the pane's language; undefined for the unknown group (the panel labels it). */
  name?: string;
  count: number;
}

type AgencyLookup = Pick<Catalog, "agencyById">;

function agencyOf(catalog: AgencyLookup, verdict: RowVerdict) {
  const id = verdict.target?.agency;
  return id === undefined ? undefined : catalog.agencyById.get(id);
}

/**
 * Agencies are told apart by their Vietnamese name in NFC, not by id: two catalogs may list the same
 * department under different ids, and the planning department reviews it once.
 */
export function agencyKey(catalog: AgencyLookup, verdict: RowVerdict): string {
  const agency = agencyOf(catalog, verdict);
  return agency ? AGENCY_PREFIX + nfc(agency.name) : UNKNOWN_AGENCY;
}

/** Agencies leading at least one row, each with its count, sorted by name; the unknown group last. */
export function agencyGroups(catalog: AgencyLookup, rows: readonly RowVerdict[], lang: Lang): AgencyGroup[] {
  const groups = new Map<string, AgencyGroup>();
  for (const row of rows) {
    const key = agencyKey(catalog, row);
    const group = groups.get(key);
    if (group) {
      group.count += 1;
      continue;
    }
    const agency = agencyOf(catalog, row);
    const name = agency && nfc(nameIn(agency, lang));
    groups.set(key, { key, name, count: 1 });
  }
  const collator = new Intl.Collator(lang);
  // Only the unknown group has no name.
  return [...groups.values()].sort((a, b) => (a.name === undefined ? 1 : b.name === undefined ? -1 : collator.compare(a.name, b.name)));
}

export function rowsOfAgency<V extends RowVerdict>(catalog: AgencyLookup, rows: readonly V[], key: string): V[] {
  return key === ALL_AGENCIES ? [...rows] : rows.filter((row) => agencyKey(catalog, row) === key);
}

/** The choice kept after a new flag run: the same agency if it still leads a row, otherwise all. */
export function keptChoice(groups: readonly AgencyGroup[], key: string): string {
  return groups.some((g) => g.key === key) ? key : ALL_AGENCIES;
}
