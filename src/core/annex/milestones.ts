/**
 * A plan with yearly milestones ("Năm 2026" … "Năm 2030" columns) gives an indicator one target a year. A period's
 * annex, and the check of who has reported, hold the one for the period's own year and the final one, not the years
 * between nor those before.
 */
import type { Target } from "../catalog/schema";

export function targetsForYear(targets: readonly Target[], year: number): Target[] {
  const groups = new Map<string, Target[]>();
  for (const t of targets) {
    const key = `${t.agency ?? ""}|${t.parent ?? ""}|${t.name}|${t.unit}`;
    const group = groups.get(key);
    if (group) group.push(t);
    else groups.set(key, [t]);
  }
  const dropped = new Set<string>();
  for (const group of groups.values()) {
    if (group.length < 2 || !group.some((t) => t.year === year)) continue;
    const last = Math.max(...group.map((t) => t.year));
    for (const t of group) if (t.year !== year && t.year !== last) dropped.add(t.id);
  }
  if (dropped.size === 0) return [...targets];
  // A dropped milestone's parts go with it.
  for (let grew = true; grew; ) {
    grew = false;
    for (const t of targets) {
      if (t.parent !== undefined && dropped.has(t.parent) && !dropped.has(t.id)) {
        dropped.add(t.id);
        grew = true;
      }
    }
  }
  return targets.filter((t) => !dropped.has(t.id));
}
