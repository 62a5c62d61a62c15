/**
 * What the annex needs from the reporting calendar: the period in Vietnamese, the data
 * cut-off window (Decree 09/2019/NĐ-CP art. 12: from the 15th of the month before the
 * period to the 14th of its last month) and the deadline from the plan's reporting rules.
 */
import type { Plan, ReportingRule } from "../catalog/schema";

export interface PeriodInfo {
  code: string;
  year: number;
  /** First and last month of the period, 1–12. */
  startMonth: number;
  endMonth: number;
  frequency: ReportingRule["frequency"];
}

const PERIOD = /^(\d{4})(?:-(?:Q([1-4])|(6M)|(9M)|M(0[1-9]|1[0-2])))?$/;

export function periodInfo(code: string): PeriodInfo | null {
  const m = PERIOD.exec(code.trim().toUpperCase());
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) {
    const q = Number(m[2]);
    return { code: `${year}-Q${q}`, year, startMonth: q * 3 - 2, endMonth: q * 3, frequency: "quarter" };
  }
  if (m[3]) return { code: `${year}-6M`, year, startMonth: 1, endMonth: 6, frequency: "half" };
  if (m[4]) return { code: `${year}-9M`, year, startMonth: 1, endMonth: 9, frequency: "nine_months" };
  if (m[5]) {
    const month = Number(m[5]);
    return { code: `${year}-M${m[5]}`, year, startMonth: month, endMonth: month, frequency: "month" };
  }
  return { code: String(year), year, startMonth: 1, endMonth: 12, frequency: "year" };
}

const ROMAN_QUARTERS = ["I", "II", "III", "IV"];

/** "Quý II năm 2024", "6 tháng đầu năm 2024", "Năm 2024". */
export function periodLabel(info: PeriodInfo, lang: "vi" | "en" = "vi"): string {
  const { year, frequency, endMonth } = info;
  if (lang === "en") {
    if (frequency === "quarter") return `Q${endMonth / 3} ${year}`;
    if (frequency === "half") return `first half of ${year}`;
    if (frequency === "nine_months") return `first nine months of ${year}`;
    if (frequency === "month") return `${year}-${String(endMonth).padStart(2, "0")}`;
    return `year ${year}`;
  }
  if (frequency === "quarter") return `Quý ${ROMAN_QUARTERS[endMonth / 3 - 1]} năm ${year}`;
  if (frequency === "half") return `6 tháng đầu năm ${year}`;
  if (frequency === "nine_months") return `9 tháng năm ${year}`;
  if (frequency === "month") return `Tháng ${endMonth} năm ${year}`;
  return `Năm ${year}`;
}

export interface DateWindow {
  from: string;
  to: string;
}

const iso = (y: number, m: number, d: number): string => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.toISOString().slice(0, 10);
};

export function cutoffWindow(info: PeriodInfo): DateWindow {
  return { from: iso(info.year, info.startMonth - 1, 15), to: iso(info.year, info.endMonth, 14) };
}

export interface AnnexDeadline {
  /** Last day a submission is on time (ISO date). */
  date: string;
  text: string;
  recipient?: string;
}

/** "trước ngày X" means the last day on time is the day before X. */
function dayBefore(y: number, m: number, d: number): string {
  return iso(y, m, d - 1);
}

function addWorkingDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  let left = days;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return date.toISOString().slice(0, 10);
}

export function viDate(isoDate: string): string {
  const [y, m, d] = isoDate.split("-");
  return `${d}/${m}/${y}`;
}

/** The deadline the plan sets for this period, or null when it sets none for this frequency. */
export function deadlineFor(plan: Plan, info: PeriodInfo): AnnexDeadline | null {
  const rules = plan.reporting ?? [];
  // A plan that orders one report ("once") has one deadline, whatever the period.
  const rule = rules.find((r) => r.frequency === info.frequency) ?? rules.find((r) => r.frequency === "once");
  if (!rule) return null;
  const due = rule.due;
  let date: string;
  let text: string;
  switch (due.type) {
    case "day_of_last_month":
      date = dayBefore(info.year, info.endMonth, due.day);
      text = `trước ngày ${viDate(iso(info.year, info.endMonth, due.day))}`;
      break;
    case "day_of_month":
      date = dayBefore(info.year + due.yearOffset, due.month, due.day);
      text = `trước ngày ${viDate(iso(info.year + due.yearOffset, due.month, due.day))}`;
      break;
    case "working_days_after_cutoff":
      date = addWorkingDays(cutoffWindow(info).to, due.days);
      text = `${due.days} ngày làm việc sau ngày chốt số liệu (${viDate(date)})`;
      break;
    case "fixed_date":
      date = due.date;
      text = `ngày ${viDate(due.date)}`;
      break;
  }
  return { date, text, recipient: rule.recipient };
}
