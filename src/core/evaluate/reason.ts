/** One-line reasons, Vietnamese and English, for every way a judgement can go. */
import type { Target } from "../catalog/schema";
import { describeTarget } from "../catalog/describe";
import { lazily, say, type Bilingual, type Lang } from "../messages";
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
  return say({ vi: formatViDate(d), en: `${d.day} ${MONTHS_EN[d.month - 1]} ${d.year}` }, lang);
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
  const verb = falling ? say({ vi: "giảm", en: "down" }, lang) : say({ vi: "tăng", en: "up" }, lang);
  return `${verb} ${withUnit(formatNumber(Math.abs(x), lang, { maxDecimals }), target.unit)}${say({ vi: "/năm", en: "/year" }, lang)}`;
}

export function noDataReason(ctx: ReasonContext, expected: number | null): Bilingual {
  const { target, assessment, period } = ctx;
  const head = {
    vi: () => `Chưa có số liệu ${lowerFirst(formatPeriod(period, "vi"))}`,
    en: () => `No data for ${formatPeriod(period, "en").replace(/^(Year|First)/, (w) => w.toLowerCase())}`,
  };
  if (expected === null) {
    if (assessment.noBaseline) {
      return lazily({
        vi: () => `${head.vi()}; chưa có số liệu năm gốc nên chưa tính được mức cần đạt trước năm ${target.year}`,
        en: () => `${head.en()}; no baseline, so the level required before ${target.year} cannot be said`,
      });
    }
    if (target.kind === "change" || target.kind === "rate") {
      return lazily({
        vi: () => `${head.vi()}; thiếu số liệu năm trước hoặc năm gốc để tính mức cần đạt`,
        en: () => `${head.en()}; no previous-year level or baseline to compute the level required`,
      });
    }
    return lazily(head);
  }
  const end = periodEndDate(period);
  return lazily({
    vi: () => `${head.vi()}; cần đạt ${expectedText(expected, ctx, "vi")} đến ${dateText(end, "vi")}`,
    en: () => `${head.en()}; ${expectedText(expected, ctx, "en")} required by ${dateText(end, "en")}`,
  });
}

/** For rate/change the expected value is a level (from history) or the yearly figure itself. */
function expectedText(expected: number, ctx: ReasonContext, lang: Lang): string {
  return ctx.assessment.expectedIsPerYear ? quantity(expected, ctx, lang) : withUnit(formatNumber(expected, lang, { maxDecimals: ctx.decimals }), ctx.target.unit);
}

export function noReferenceReason(ctx: ReasonContext, actual: number): Bilingual {
  const value = (lang: Lang) => withUnit(formatNumber(actual, lang, { maxDecimals: ctx.decimals }), ctx.target.unit);
  return lazily({
    vi: () => `Có số liệu ${value("vi")} nhưng thiếu số liệu năm trước hoặc năm gốc để tính mức thay đổi mỗi năm`,
    en: () => `Value ${value("en")} given, but no previous-year level or baseline to compute the change per year`,
  });
}

export function achievedReason(ctx: ReasonContext, x: number): Bilingual {
  const { target, period } = ctx;
  const ahead = period.year < target.year;
  return lazily({
    vi: () => `Đạt: ${quantity(x, ctx, "vi")} so với mục tiêu ${describeTarget(target, "vi")}${ahead ? ` (trước năm ${target.year})` : ""}`,
    en: () => `Achieved: ${quantity(x, ctx, "en")} against the target ${describeTarget(target, "en")}${ahead ? ` (ahead of ${target.year})` : ""}`,
  });
}

export function missedReason(ctx: ReasonContext, x: number): Bilingual {
  const { target } = ctx;
  return lazily({
    vi: () => `Không đạt mục tiêu năm ${target.year}: ${quantity(x, ctx, "vi")} so với ${describeTarget(target, "vi")}`,
    en: () => `Missed the ${target.year} target: ${quantity(x, ctx, "en")} against ${describeTarget(target, "en")}`,
  });
}

const ONE_DECIMAL = { maxDecimals: 1 };

/** On track / behind / moving away, with the percentage behind the required pace. */
export function paceReason(ctx: ReasonContext, status: Status, x: number, pace: number, ratioPercent: number): Bilingual {
  const { target, period, assessment } = ctx;
  const words = (lang: Lang) => ({
    end: dateText(periodEndDate(period), lang),
    X: quantity(x, ctx, lang),
    E: quantity(pace, ctx, lang),
    behind: formatNumber(100 - ratioPercent, lang, ONE_DECIMAL),
  });
  const noBase = assessment.noBaseline;
  const fromHistory = assessment.baseFromHistory && assessment.base;
  const tail = {
    vi: () =>
      (noBase ? `; chưa có số liệu năm gốc nên so trực tiếp với mục tiêu năm ${target.year}` : "") +
      (fromHistory ? `; năm gốc ${assessment.base!.year} lấy từ số liệu thực hiện` : ""),
    en: () => (noBase ? `; no baseline, so compared directly with the ${target.year} target` : "") + (fromHistory ? `; baseline ${assessment.base!.year} taken from reported data` : ""),
  };
  const reason = (vi: (w: ReturnType<typeof words>) => string, en: (w: ReturnType<typeof words>) => string) =>
    lazily({ vi: () => vi(words("vi")) + tail.vi(), en: () => en(words("en")) + tail.en() });
  if (ratioPercent >= 100) {
    return reason((w) => `Đúng tiến độ: ${w.X} so với mức cần đạt ${w.E} đến ${w.end}`, (w) => `On track: ${w.X} against ${w.E} required by ${w.end}`);
  }
  if (ratioPercent < 0) {
    if (assessment.mode === "path" && assessment.base) {
      const year = assessment.base.year;
      const base = assessment.base.value;
      return reason(
        (w) => `Đi ngược mục tiêu: ${w.X}, kém hơn năm gốc ${year} (${quantity(base, ctx, "vi")})`,
        (w) => `Moving away from the target: ${w.X}, worse than the ${year} baseline (${quantity(base, ctx, "en")})`,
      );
    }
    return reason((w) => `Đi ngược mục tiêu: ${w.X} trong khi cần ${w.E}`, (w) => `Moving away from the target: ${w.X} while ${w.E} is required`);
  }
  if (status === "on_track") {
    return reason(
      (w) => `Đúng tiến độ: thấp hơn ${w.behind}% so với mức cần đạt đến ${w.end} (${w.X}, cần ${w.E})`,
      (w) => `On track: ${w.behind}% short of the level required by ${w.end} (${w.X}, required ${w.E})`,
    );
  }
  return reason((w) => `Chậm ${w.behind}% so với tiến độ cần đạt đến ${w.end} (${w.X}, cần ${w.E})`, (w) => `${w.behind}% behind the pace required by ${w.end} (${w.X}, required ${w.E})`);
}

export function overrideReason(override: StatusOverride, computed: Status, reason: Bilingual): Bilingual {
  return {
    vi: `Điều chỉnh thủ công: ${override.reason} (theo tính toán: ${STATUS_LABELS[computed].vi} – ${reason.vi})`,
    en: `Manual override: ${override.reason} (computed: ${STATUS_LABELS[computed].en} – ${reason.en})`,
  };
}
