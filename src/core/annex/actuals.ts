/**
 * Which reported figures go into which annex column: rows of (target, period, value),
 * the format `kehoach evaluate --actuals` reads. For an annex of period P:
 * P → "Thực hiện kỳ báo cáo"; the same period a year earlier → "Thực hiện cùng kỳ năm trước";
 * the whole year of P (when P is shorter) → "Ước thực hiện cả năm".
 */
import { periodCode, type Period } from "../periods";
import type { ActualEntry } from "./build";

export interface PeriodValue {
  targetId: string;
  period: Period;
  value: number | null;
}

function yearEarlier(p: Period): Period {
  return { ...p, year: p.year - 1 } as Period;
}

export function actualsForPeriod(rows: readonly PeriodValue[], period: Period): Map<string, ActualEntry> {
  const current = periodCode(period);
  const lastYear = periodCode(yearEarlier(period));
  const wholeYear = period.type === "year" ? null : String(period.year);
  const out = new Map<string, ActualEntry>();
  for (const row of rows) {
    if (row.value === null) continue;
    const code = periodCode(row.period);
    const entry = out.get(row.targetId) ?? {};
    if (code === current) entry.actual = row.value;
    else if (code === lastYear) entry.lastYear = row.value;
    else if (code === wholeYear) entry.estimateYear = row.value;
    else continue;
    out.set(row.targetId, entry);
  }
  return out;
}
