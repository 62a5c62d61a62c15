/** One-line reasons, Vietnamese and English, for every way a judgement can go. */
import type { Target } from "../catalog/schema";
import { describeTarget } from "../catalog/describe";
import type { Bilingual, Lang } from "../messages";
import { formatPeriod, periodEndDate, type Period } from "../periods/codes";
import { formatViDate, type CalendarDate } from "../periods/dates";
import { formatNumber } from "../numbers/format";
import { withUnit } from "./rounding";
import type { Assessment } from "./assess";
import type { Status, StatusOverride } from "./types";
import { STATUS_LABELS } from "./labels";
import { lowerFirst } from "../text/normalize";

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function dateText(d: CalendarDate, lang: Lang): string {
  return lang === "vi" ? formatViDate(d) : `${d.day} ${MONTHS_EN[d.month - 1]} ${d.year}`;
}

export interface ReasonContext {
  target: Target;
  period: Period;
  assessment: Assessment;
  decimals: number;
}

/** A measured quantity as words: "78,5%", "15.295 tỷ đồng", "giảm 1,2%/năm", "tăng 10,94%/năm". */
function quantity(x: number, ctx: ReasonContext, lang: Lang, maxDecimals = ctx.decimals): string {
  const { target, assessment } = ctx;
  if (target.kind === "level" || target.kind === "flow") return withUnit(formatNumber(x, lang, { maxDecimals }), target.unit);
  const falling = assessment.goal.fallMagnitude ? x >= 0 : x < 0;
  const verb = falling ? (lang === "vi" ? "giảm" : "down") : lang === "vi" ? "tăng" : "up";
  return `${verb} ${withUnit(formatNumber(Math.abs(x), lang, { maxDecimals }), target.unit)}${lang === "vi" ? "/năm" : "/year"}`;
}

/** The target as written; in English with English number separators. */


/** Each language is written when first read: an annex of thousands of rows reads only Vietnamese. */
function both(f: (lang: Lang) => string): Bilingual {
  let vi: string | undefined;
  let en: string | undefined;
  return {
    get vi() {
      return (vi ??= f("vi"));
    },
    get en() {
      return (en ??= f("en"));
    },
  };
}

export function noDataReason(ctx: ReasonContext, expected: number | null): Bilingual {
  const end = periodEndDate(ctx.period);
  return both((lang) => {
    const head = lang === "vi" ? `Chưa có số liệu ${lowerFirst(formatPeriod(ctx.period, "vi"))}` : `No data for ${formatPeriod(ctx.period, "en").replace(/^(Year|First)/, (w) => w.toLowerCase())}`;
    if (expected === null) {
      if (ctx.assessment.noBaseline) {
        return lang === "vi"
          ? `${head}; chưa có số liệu năm gốc nên chưa tính được mức cần đạt trước năm ${ctx.target.year}`
          : `${head}; no baseline, so the level required before ${ctx.target.year} cannot be said`;
      }
      if (ctx.target.kind === "change" || ctx.target.kind === "rate") {
        return lang === "vi" ? `${head}; thiếu số liệu năm trước hoặc năm gốc để tính mức cần đạt` : `${head}; no previous-year level or baseline to compute the level required`;
      }
      return head;
    }
    const e = expectedText(expected, ctx, lang);
    return lang === "vi" ? `${head}; cần đạt ${e} đến ${dateText(end, lang)}` : `${head}; ${e} required by ${dateText(end, lang)}`;
  });
}

/** For rate/change the expected value is a level (from history) or the yearly figure itself. */
function expectedText(expected: number, ctx: ReasonContext, lang: Lang): string {
  return ctx.assessment.expectedIsPerYear ? quantity(expected, ctx, lang) : withUnit(formatNumber(expected, lang, { maxDecimals: ctx.decimals }), ctx.target.unit);
}

export function noReferenceReason(ctx: ReasonContext, actual: number): Bilingual {
  return both((lang) =>
    lang === "vi"
      ? `Có số liệu ${withUnit(formatNumber(actual, "vi", { maxDecimals: ctx.decimals }), ctx.target.unit)} nhưng thiếu số liệu năm trước hoặc năm gốc để tính mức thay đổi mỗi năm`
      : `Value ${withUnit(formatNumber(actual, "en", { maxDecimals: ctx.decimals }), ctx.target.unit)} given, but no previous-year level or baseline to compute the change per year`,
  );
}

export function achievedReason(ctx: ReasonContext, x: number): Bilingual {
  const { target, period } = ctx;
  return both((lang) => {
    const early = period.year < target.year ? (lang === "vi" ? ` (trước năm ${target.year})` : ` (ahead of ${target.year})`) : "";
    return lang === "vi"
      ? `Đạt: ${quantity(x, ctx, lang)} so với mục tiêu ${describeTarget(target, "vi")}${early}`
      : `Achieved: ${quantity(x, ctx, lang)} against the target ${describeTarget(target, "en")}${early}`;
  });
}

export function missedReason(ctx: ReasonContext, x: number): Bilingual {
  const { target } = ctx;
  return both((lang) =>
    lang === "vi"
      ? `Không đạt mục tiêu năm ${target.year}: ${quantity(x, ctx, lang)} so với ${describeTarget(target, "vi")}`
      : `Missed the ${target.year} target: ${quantity(x, ctx, lang)} against ${describeTarget(target, "en")}`,
  );
}

/** On track / behind / moving away, with the percentage behind the required pace. */
export function paceReason(ctx: ReasonContext, status: Status, x: number, pace: number, ratioPercent: number): Bilingual {
  const { target, period, assessment } = ctx;
  return both((lang) => {
    const vi = lang === "vi";
    const end = dateText(periodEndDate(period), lang);
    const X = quantity(x, ctx, lang);
    const E = quantity(pace, ctx, lang);
    const noBase = assessment.noBaseline
      ? vi
        ? `; chưa có số liệu năm gốc nên so trực tiếp với mục tiêu năm ${target.year}`
        : `; no baseline, so compared directly with the ${target.year} target`
      : "";
    const fromHistory =
      assessment.baseFromHistory && assessment.base
        ? vi
          ? `; năm gốc ${assessment.base.year} lấy từ số liệu thực hiện`
          : `; baseline ${assessment.base.year} taken from reported data`
        : "";
    const tail = noBase + fromHistory;
    if (ratioPercent >= 100) return vi ? `Đúng tiến độ: ${X} so với mức cần đạt ${E} đến ${end}${tail}` : `On track: ${X} against ${E} required by ${end}${tail}`;
    if (ratioPercent < 0) {
      if (assessment.mode === "path" && assessment.base) {
        const B = quantity(assessment.base.value, ctx, lang);
        return vi
          ? `Đi ngược mục tiêu: ${X}, kém hơn năm gốc ${assessment.base.year} (${B})${tail}`
          : `Moving away from the target: ${X}, worse than the ${assessment.base.year} baseline (${B})${tail}`;
      }
      return vi ? `Đi ngược mục tiêu: ${X} trong khi cần ${E}${tail}` : `Moving away from the target: ${X} while ${E} is required${tail}`;
    }
    const behind = formatNumber(100 - ratioPercent, lang, { maxDecimals: 1 });
    if (status === "on_track") {
      return vi
        ? `Đúng tiến độ: thấp hơn ${behind}% so với mức cần đạt đến ${end} (${X}, cần ${E})${tail}`
        : `On track: ${behind}% short of the level required by ${end} (${X}, required ${E})${tail}`;
    }
    return vi
      ? `Chậm ${behind}% so với tiến độ cần đạt đến ${end} (${X}, cần ${E})${tail}`
      : `${behind}% behind the pace required by ${end} (${X}, required ${E})${tail}`;
  });
}

export function overrideReason(override: StatusOverride, computed: Status, reason: Bilingual): Bilingual {
  return {
    vi: `Điều chỉnh thủ công: ${override.reason} (theo tính toán: ${STATUS_LABELS[computed].vi} – ${reason.vi})`,
    en: `Manual override: ${override.reason} (computed: ${STATUS_LABELS[computed].en} – ${reason.en})`,
  };
}
