/**
 * `consolidate --json`: one JSON array, as every --json prints. Each record says what it is in `kind`:
 * "report" (first: the file written, plan, period), "agency" (completeness and timeliness),
 * "file" (accepted or rejected, with the reason), "rejected" (a row or cell left out, with the reason)
 * and "conflict" (values that disagree, and which was used).
 */
import type { ConsolidationResult } from "../core/consolidate";

export function consolidationRecords(r: ConsolidationResult, out: string): Record<string, unknown>[] {
  const timeliness = new Map(r.timeliness.map((t) => [t.agencyId, t]));
  const records: Record<string, unknown>[] = [{ kind: "report", out, plan: r.plan, period: r.period }];
  for (const c of r.completeness) {
    const t = timeliness.get(c.agencyId);
    records.push({
      kind: "agency",
      agency: c.agencyId,
      name: c.agencyName,
      status: c.status,
      expected: c.expected,
      reported: c.reported,
      missingTargets: c.missing,
      files: c.files,
      timeliness: t?.status ?? null,
      submittedOn: t?.submittedOn ?? null,
      deadline: t?.deadline ?? null,
      daysLate: t?.daysLate ?? null,
    });
  }
  for (const s of r.submissions) records.push({ kind: "file", file: s.file, status: "accepted", agency: s.meta.agency, submitted: s.submitted });
  for (const x of r.rejected) {
    const wholeFile = x.row === undefined && x.sheet === undefined;
    records.push(wholeFile ? { kind: "file", status: "rejected", ...x } : { kind: "rejected", ...x });
  }
  for (const c of r.conflicts) records.push({ kind: "conflict", ...c });
  return records;
}
