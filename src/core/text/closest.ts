/** The nearest strings to a mistyped one (edit distance), for "Có phải: …?" suggestions. */
export function closestIds(input: string, ids: Iterable<string>, count = 3): string[] {
  const needle = input.toLowerCase();
  const scored: { id: string; d: number }[] = [];
  for (const id of ids) scored.push({ id, d: distance(needle, id.toLowerCase()) });
  scored.sort((a, b) => a.d - b.d || a.id.localeCompare(b.id));
  const limit = Math.max(3, Math.ceil(needle.length / 2));
  return scored.filter((s) => s.d <= limit).slice(0, count).map((s) => s.id);
}

/** Levenshtein distance between two strings. */
export function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
