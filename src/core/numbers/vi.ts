/**
 * Vietnamese number convention (vi-VN): "." groups thousands, "," marks decimals.
 * "15.295" = 15295, "14,5" = 14.5, "1-1,5" = 1 to 1.5. What is really ambiguous is an error, never a guess.
 */
import { type Bilingual, failure } from "../messages";

export type NumberResult = { ok: true; value: number } | { ok: false; error: Bilingual };
export type RangeResult = { ok: true; min: number; max: number } | { ok: false; error: Bilingual };

/**
 * How to read "." in input:
 * - "vi": strict vi-VN ("." only groups thousands, "," marks decimals);
 * - "auto": vi-VN, so "15.295" is fifteen thousand; a decimal point is also accepted where it
 *   cannot be a thousands group ("14.5", "0.851", "1.2345");
 * - "dot": the source writes decimals with "." elsewhere (numberModeOf found "14.5"), so "1.500"
 *   really could be 1500 or 1,5 and is refused, naming both readings in vi-VN.
 */
export type NumberMode = "vi" | "auto" | "dot";


const GROUPED = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
const PLAIN_VI = /^\d+(,\d+)?$/;
const DOT_DECIMAL = /^\d*\.\d+$/;
/** "1.500": one thousands group, or (in a dot-decimal source) a decimal. "0.500" is only a decimal. */
const SINGLE_GROUP = /^[1-9]\d{0,2}\.\d{3}$/;

export function parseViNumber(input: string, mode: NumberMode = "vi"): NumberResult {
  let text = input.normalize("NFC").trim().replace(/[\u00a0\u202f ]/g, "");
  if (text === "") return failure("ô trống, không có số", "empty, no number");
  let sign = 1;
  if (/^[-−–]/.test(text)) {
    sign = -1;
    text = text.slice(1);
  } else if (text.startsWith("+")) text = text.slice(1);
  if (text.endsWith("%")) text = text.slice(0, -1);

  if (mode === "dot" && SINGLE_GROUP.test(text)) {
    const whole = text.replace(".", "");
    const decimal = text.replace(".", ",");
    return failure(
      `"${input}" không rõ nghĩa: nơi khác trong tệp dùng dấu "." cho số thập phân; nếu là ${whole} đơn vị hãy viết ${whole}, nếu là số thập phân hãy viết ${decimal}`,
      `"${input}" is ambiguous: elsewhere this file writes decimals with "."; write ${whole} for the whole number, or ${decimal} (vi-VN decimal comma) for the decimal`,
    );
  }
  if (PLAIN_VI.test(text) || (GROUPED.test(text) && !/^0\./.test(text))) {
    const value = Number(text.replace(/\./g, "").replace(",", "."));
    return { ok: true, value: sign * value };
  }
  if (DOT_DECIMAL.test(text)) {
    if (mode !== "vi") return { ok: true, value: sign * Number(text) };
    return failure(
      `"${input}" không đúng cách viết Việt Nam: dấu thập phân là ",", hãy viết ${text.replace(".", ",")}`,
      `"${input}" is not vi-VN: the decimal mark is ",", write ${text.replace(".", ",")}`,
    );
  }
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) {
    return failure(
      `"${input}" viết theo kiểu tiếng Anh (dấu "," ngăn hàng nghìn); theo cách viết Việt Nam hãy viết ${text.replace(/,/g, "#").replace(".", ",").replace(/#/g, ".")}`,
      `"${input}" uses English separators; in vi-VN write ${text.replace(/,/g, "#").replace(".", ",").replace(/#/g, ".")}`,
    );
  }
  return failure(`"${input}" không phải là số`, `"${input}" is not a number`);
}

/**
 * How a whole source (a CSV file, a column) writes numbers. A decimal comma ("14,5") or ";" between
 * columns makes it vi-VN ("." groups thousands); a decimal point that cannot be a thousands group
 * ("14.5", "1,234.5") with no decimal comma anywhere makes "1.500" ambiguous there.
 */
export function numberModeOf(texts: Iterable<string>, columnSeparator?: string): NumberMode {
  if (columnSeparator === ";") return "auto";
  let dot = false;
  for (const raw of texts) {
    const text = raw.normalize("NFC").trim().replace(/[\u00a0\u202f ]/g, "").replace(/^[-−–+]/, "").replace(/%$/, "");
    if (/^\d+,(\d{1,2}|\d{4,})$/.test(text) || /^\d{1,3}(\.\d{3})+,\d+$/.test(text)) return "auto";
    if ((DOT_DECIMAL.test(text) && !SINGLE_GROUP.test(text)) || /^\d{1,3}(,\d{3})+\.\d+$/.test(text)) dot = true;
  }
  return dot ? "dot" : "auto";
}

/** "1-1,5", "15–16", "135 - 140", or a single number (min = max). */
export function parseViRange(input: string, mode: NumberMode = "vi"): RangeResult {
  const text = input.normalize("NFC").trim().replace(/%$/, "");
  const parts = text.split(/\s*[-–—]\s*/).filter((p, i) => !(i === 0 && p === ""));
  if (parts.length === 1) {
    const single = parseViNumber(text, mode);
    return single.ok ? { ok: true, min: single.value, max: single.value } : single;
  }
  if (parts.length !== 2) return failure(`"${input}" không phải là một khoảng số`, `"${input}" is not a numeric range`);
  const lo = parseViNumber(parts[0], mode);
  if (!lo.ok) return lo;
  const hi = parseViNumber(parts[1], mode);
  if (!hi.ok) return hi;
  if (lo.value > hi.value) {
    return failure(`khoảng "${input}" có cận dưới lớn hơn cận trên`, `range "${input}" has its lower end above its upper end`);
  }
  return { ok: true, min: lo.value, max: hi.value };
}

export interface FormatOptions {
  /** Exact number of decimals. Without it, up to maxDecimals, trailing zeros dropped. */
  decimals?: number;
  maxDecimals?: number;
}

/** 15295 → "15.295", 14.5 → "14,5", -0.25 → "-0,25". */
export function formatViNumber(value: number, options: FormatOptions = {}): string {
  // toFixed writes exponents from 1e21 on: nothing to group there.
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return String(value);
  // A whole number with no fixed decimals is its own digits (asked for every figure of a report).
  if (options.decimals === undefined && Number.isInteger(value)) return `${value < 0 ? "-" : ""}${groupThousands(String(Math.abs(value)))}`;
  const maxDecimals = options.decimals ?? options.maxDecimals ?? 2;
  const fixed = Math.abs(value).toFixed(maxDecimals);
  const dot = fixed.indexOf(".");
  const whole = dot < 0 ? fixed : fixed.slice(0, dot);
  let fraction = dot < 0 ? "" : fixed.slice(dot + 1);
  if (options.decimals === undefined) {
    let end = fraction.length;
    while (end > 0 && fraction.charCodeAt(end - 1) === 48 /* "0" */) end--;
    fraction = fraction.slice(0, end);
  }
  const negative = value < 0 && (whole !== "0" || /[1-9]/.test(fraction));
  return `${negative ? "-" : ""}${groupThousands(whole)}${fraction ? `,${fraction}` : ""}`;
}

/** "15295" → "15.295" (digits only). */
function groupThousands(digits: string): string {
  if (digits.length <= 3) return digits;
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `.${digits.slice(i, i + 3)}`;
  return out;
}

/** The number format code Excel uses for vi-VN display, whatever the machine's locale. */
export function excelNumberFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
}
