/** The reporting calendar as the KH.* functions need it: a period code for a date, a deadline for a period. */
import type { Plan } from "../core/catalog";
import { deadlineFor, periodCode, periodOfDate, type CalendarDate, type PeriodType } from "../core/periods";
import { errors } from "./errors";

export function periodForDate(date: CalendarDate, type: PeriodType): string {
  const period = periodOfDate(date, type);
  if (!period) {
    throw errors.notApplicable({
      vi: `Ngày ${date.day}/${date.month}/${date.year} nằm sau mốc chốt số liệu của kỳ ${type === "half" ? "6 tháng" : "9 tháng"}`,
      en: `${date.year}-${date.month}-${date.day} is after the data cut-off of the ${type === "half" ? "six" : "nine"}-month period`,
    });
  }
  return periodCode(period);
}

/** The last day a report for the period may arrive: the one rule of core/periods, as the annex applies it. */
export function deadlineForPeriod(code: string, plan?: Plan): CalendarDate {
  const due = deadlineFor(code, plan);
  if (!due) {
    throw errors.notApplicable({
      vi: `Không có quy định hạn báo cáo cho kỳ ${code}${plan ? ` trong kế hoạch ${plan.id}` : ""}`,
      en: `No reporting deadline for ${code}${plan ? ` in plan ${plan.id}` : ""}`,
    });
  }
  return due.lastDay;
}
