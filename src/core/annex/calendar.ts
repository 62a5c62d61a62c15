/**
 * What the annex needs from the reporting calendar (src/core/periods): the period in
 * Vietnamese, the data cut-off window and the deadline from the plan's reporting rules.
 */
import type { Plan } from "../catalog/schema";
import type { Lang } from "../messages";
import {
  cutoffWindow as periodCutoff,
  deadlineFor as periodDeadline,
  formatIsoDate,
  formatPeriod,
  formatViDate,
  parseIsoDate,
  parsePeriod,
  periodCode,
  type Period,
} from "../periods";

export interface PeriodInfo {
  code: string;
  year: number;
  period: Period;
}

export function periodInfo(code: string): PeriodInfo | null {
  const parsed = parsePeriod(code);
  if (!parsed.ok) return null;
  return { code: periodCode(parsed.period), year: parsed.period.year, period: parsed.period };
}

/** "Quý II/2024", "6 tháng đầu năm 2024", "Năm 2024". */
export function periodLabel(info: PeriodInfo, lang: Lang = "vi"): string {
  return formatPeriod(info.period, lang);
}

/** ISO dates. */
export interface DateWindow {
  from: string;
  to: string;
}

export function cutoffWindow(info: PeriodInfo): DateWindow {
  const w = periodCutoff(info.period);
  return { from: formatIsoDate(w.start), to: formatIsoDate(w.end) };
}

export interface AnnexDeadline {
  /** Last day a submission is on time (ISO date). */
  date: string;
  text: string;
  recipient?: string;
}

/** "2024-06-14" → "14/6/2024". */
export function viDate(isoDate: string): string {
  const d = parseIsoDate(isoDate);
  return d ? formatViDate(d) : isoDate;
}

/** The plan's deadline for the period (the one rule, core/periods `deadlineFor`) as the annex words it. */
export function annexDeadline(plan: Plan, info: PeriodInfo): AnnexDeadline | null {
  const due = periodDeadline(info.period, plan);
  if (!due) return null;
  const day = due.dueBefore ? `trước ngày ${formatViDate(due.dueBefore)}` : `chậm nhất ngày ${formatViDate(due.lastDay)}`;
  const text = due.calendarNote ? `${day} (${due.calendarNote.vi})` : day;
  return { date: formatIsoDate(due.lastDay), text, recipient: due.rule.recipient };
}
