/**
 * Shares written "respectively": "Cơ cấu kinh tế (nông nghiệp – công nghiệp, xây dựng – dịch vụ) tương ứng là 20% –
 * 38% – 42%", "tỷ trọng nông nghiệp, công nghiệp và dịch vụ lần lượt là 18%, 37% và 45%". The names are listed before
 * "tương ứng" / "lần lượt", the figures after it, in the same order and with the same separator.
 */
import { lowerFirst, tidy } from "./names";
import { foldKeepingOffsets } from "./ocr";
import { qualifierKeys } from "./slash-pairs";
import { upperFirst } from "../text/case";

export interface RespectiveShare {
  /** The part's self-contained name ("Tỷ trọng công nghiệp, xây dựng trong cơ cấu kinh tế"). */
  name: string;
  value: number;
  /** Offsets of the figure in the block. */
  start: number;
  end: number;
}

export interface Respectively {
  shares: RespectiveShare[];
  /** Offsets in the block: where the statement starts and where its last figure ends. */
  from: number;
  to: number;
}

/** A list item's marker before the names: "- ", "+ ", "2. ". */
const LIST_MARKER = /^[\s\-–+•*]*(?:\d+[.)]\s*)?/u;
const ANCHOR = /\b(?:tuong ung|lan luot)(?:\s+(?:la|dat|khoang|voi))?\s*:?\s*/g;
const FIGURE = /(\d+(?:,\d+)?)\s*(%?)/y;
const DASH_SEPARATOR = /\s*[-–—]\s*/y;
const LIST_SEPARATOR = /\s*(?:[,;]\s*(?:va\s+)?|\s+va\s+)/y;

/** The figures after the anchor: two or more, the last in %, separated alike (dashes, or commas and "và"). */
function figuresAt(folded: string, at: number): { values: [number, number, number][]; dashes: boolean; end: number } | null {
  const values: [number, number, number][] = [];
  let dashes: boolean | undefined;
  let percent = false;
  for (let i = at; ; ) {
    FIGURE.lastIndex = i;
    const m = FIGURE.exec(folded);
    if (!m) break;
    percent = m[2] === "%";
    i = percent ? m.index + m[0].length : m.index + m[1].length;
    values.push([Number(m[1].replace(",", ".")), m.index, i]);
    DASH_SEPARATOR.lastIndex = i;
    LIST_SEPARATOR.lastIndex = i;
    const dash = DASH_SEPARATOR.exec(folded);
    const sep = dash ?? LIST_SEPARATOR.exec(folded);
    if (!sep || !/\d/.test(folded.charAt(sep.index + sep[0].length)) || (dashes !== undefined && dashes !== !!dash)) break;
    dashes = !!dash;
    i = sep.index + sep[0].length;
  }
  if (values.length < 2 || dashes === undefined || !percent) return null;
  return { values, dashes, end: values[values.length - 1][2] };
}

/** The names listed before the anchor, split like the figures; the whole they belong to before them. */
function namesBefore(text: string, folded: string, from: number, anchor: number, dashes: boolean): { names: string[]; from: number } | null {
  let head = from;
  for (let k = anchor - 1; k >= from; k--) {
    if (folded[k] === ";" || folded[k] === ":") {
      head = k + 1;
      break;
    }
  }
  const clause = text.slice(head, anchor).replace(/\s+$/u, "");
  let whole: string;
  let list: string;
  const inParentheses = /^(.*?)\s*\(([^()]+)\)$/u.exec(clause);
  if (inParentheses) {
    whole = inParentheses[1];
    list = inParentheses[2];
  } else {
    // "Cơ cấu kinh tế nông nghiệp – công nghiệp, xây dựng – dịch vụ …", "tỷ trọng nông nghiệp, công nghiệp và dịch vụ …".
    const lead = /^(.*?\b(?:cơ cấu(?: kinh tế| lao động| GRDP| ngành)?|tỷ trọng)(?:\s+(?:các\s+)?(?:khu vực|ngành))?)\s+(.+)$/iu.exec(clause);
    if (!lead) return qualifiedNames(clause, dashes, head);
    whole = lead[1];
    list = lead[2];
  }
  const parts = list.split(dashes ? /\s+[-–—]\s+/u : /\s*,\s*|\s+và\s+/u).map((p) => tidy(p)).filter(Boolean);
  if (!parts.length) return null;
  // "… và dịch vụ trong GRDP lần lượt là …": what the last part is measured in holds for all.
  const within = /\s+(trong\s+.+)$/u.exec(parts[parts.length - 1]);
  if (within) parts[parts.length - 1] = parts[parts.length - 1].slice(0, within.index);
  whole = tidy(whole.replace(LIST_MARKER, "").replace(/^(?:(?:đến|vào|trong)\s+)?năm\s+\d{4}\s*,?\s*/iu, ""));
  const names = parts.map((part) => shareName(whole, part, within?.[1]));
  return { names, from: head };
}

/** Qualifiers that may be listed for one indicator, folded, longest first ("tiểu học", "THCS", "thành thị" …). */
const QUALIFIERS = qualifierKeys(["thcs", "thpt"]);

/**
 * "tỷ lệ trường mầm non, tiểu học, THCS đạt chuẩn quốc gia lần lượt là …": one indicator listed for several qualifiers.
 * The first item ends with a qualifier (before it, the indicator), the last starts with one (after it, words all share).
 */
function qualifiedNames(clause: string, dashes: boolean, head: number): { names: string[]; from: number } | null {
  const items = clause.replace(LIST_MARKER, "").split(dashes ? /\s+[-–—]\s+/u : /\s*,\s*|\s+và\s+/u).map((p) => tidy(p));
  if (items.length < 2) return null;
  const folded = items.map((item) => foldKeepingOffsets(item).toLowerCase());
  const first = QUALIFIERS.find((q) => folded[0].endsWith(` ${q}`));
  const last = QUALIFIERS.find((q) => folded[folded.length - 1] === q || folded[folded.length - 1].startsWith(`${q} `));
  if (!first || !last || !folded.slice(1, -1).every((f) => QUALIFIERS.includes(f))) return null;
  const whole = items[0].slice(0, items[0].length - first.length).trim();
  const lastItem = items[items.length - 1];
  const tail = lastItem.slice(last.length).trim();
  const qualifiers = [items[0].slice(whole.length).trim(), ...items.slice(1, -1), lastItem.slice(0, last.length)];
  return { names: qualifiers.map((q) => upperFirst(tidy(`${whole} ${q} ${tail}`))), from: head };
}

/** "Tỷ trọng nông nghiệp trong cơ cấu kinh tế", "Tỷ trọng dịch vụ trong GRDP", "<whole> – <part>". */
function shareName(whole: string, part: string, within: string | undefined): string {
  const structure = /^(?:cơ cấu|tỷ trọng)\b/iu.exec(whole);
  if (!structure) return upperFirst(`${whole ? `${whole} – ` : ""}${part}${within ? ` ${within}` : ""}`);
  const of = /^cơ cấu/iu.test(whole) ? `trong ${lowerFirst(whole)}` : within ?? "";
  const kind = /^tỷ trọng\s+(.+)$/iu.exec(whole);
  return tidy(`Tỷ trọng ${kind ? `${kind[1]} ` : ""}${part} ${of}`);
}

/** Whether a block's folded text says "tương ứng" or "lần lượt" at all: only then are its sentences searched. */
export function hasRespectively(folded: string): boolean {
  return folded.includes("tuong ung") || folded.includes("lan luot");
}

/** Every "respectively" statement in [from, to) of a block whose names and figures pair up one to one. */
export function findRespectively(text: string, folded: string, from: number, to: number): Respectively[] {
  const out: Respectively[] = [];
  ANCHOR.lastIndex = from;
  for (let m = ANCHOR.exec(folded); m && m.index < to; m = ANCHOR.exec(folded)) {
    const figures = figuresAt(folded, m.index + m[0].length);
    if (!figures || figures.end > to) continue;
    const named = namesBefore(text, folded, out.length ? out[out.length - 1].to : from, m.index, figures.dashes);
    if (!named || named.names.length !== figures.values.length) continue;
    out.push({
      shares: named.names.map((name, k) => ({ name, value: figures.values[k][0], start: figures.values[k][1], end: figures.values[k][2] })),
      from: named.from,
      to: figures.end,
    });
  }
  return out;
}
