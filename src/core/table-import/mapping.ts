/**
 * Which column holds what: names, the plan figure, unit, STT, agency, notes, results, and in a wide
 * table the columns that each assign the row's target to a commune, ward or agency. Where that is
 * not clear it returns the question to ask (never a guess); `options.columns` is the answer.
 */
import { fold } from "../text/normalize";
import { isBareYear } from "./headers";
import type { ColumnInfo, ImportQuestion, TableImportOptions, TableImportResult } from "./types";

export interface Mapping {
  name: number;
  /** Absent when only unit columns carry figures (no total column). */
  plan?: number;
  /** Plan columns of later years beside it ("Kế hoạch năm 2026" | "Mục tiêu đến năm 2030"): each row's target for that year. */
  laterPlans: number[];
  stt?: number;
  unit?: number;
  agency?: number;
  note?: number;
  /** Co-operating agencies (phối hợp), kept in the note. */
  partner?: number;
  /** Result columns of the whole row, and of one unit (their `assignee`). */
  results: number[];
  /** Columns that each assign the row's target to one unit. */
  units: number[];
}

const indexOf = (columns: ColumnInfo[], column: number | undefined) => (column === undefined ? -1 : columns.findIndex((c) => c.column === column));
const named = (c: ColumnInfo) => `${c.letter} “${c.header}”`;

function question(columns: ColumnInfo[], needs: ImportQuestion["needs"], plans: ColumnInfo[], units: ColumnInfo[]): TableImportResult {
  const list = columns.filter((c) => c.header).map(named).join("; ");
  const what = needs.filter((n) => n !== "units").map((n) => (n === "name" ? { vi: "tên chỉ tiêu", en: "the target names" } : { vi: "số kế hoạch (chỉ tiêu giao)", en: "the plan figures" }));
  const ask = what.length ? { vi: `Chưa rõ cột nào chứa ${what.map((w) => w.vi).join(" và cột nào chứa ")}.`, en: `Which column holds ${what.map((w) => w.en).join(" and which holds ")}?` } : { vi: "", en: "" };
  const two = plans.length > 1 ? { vi: ` Có ${plans.length} cột có thể là số kế hoạch: ${plans.map((c) => c.letter).join(", ")}.`, en: ` ${plans.length} columns could hold the plan figures: ${plans.map((c) => c.letter).join(", ")}.` } : { vi: "", en: "" };
  const unitList = units.map((c) => `${c.letter} “${c.assignee ?? c.header}”`).join(", ");
  const total = plans.length === 1 ? { vi: ` (cột ${plans[0].letter})`, en: ` (column ${plans[0].letter})` } : { vi: "", en: "" };
  const wide = !units.length
    ? { vi: "", en: "" }
    : needs.includes("units")
      ? {
          vi: ` Các cột ${unitList} có vẻ là từng xã, phường hoặc cơ quan được giao chỉ tiêu. Nếu đúng, mỗi dòng thành một chỉ tiêu chung${total.vi} và một chỉ tiêu con cho mỗi đơn vị, do đơn vị đó chủ trì; cột không chọn thì bỏ qua, không cột nào được đọc làm số kế hoạch chung. Hãy chọn các cột là đơn vị được giao.`,
          en: ` Columns ${unitList} look like communes, wards or agencies each assigned a figure. If so, each row becomes one overall target${total.en} and one sub-target per unit, led by that unit; columns not chosen are skipped, and none is read as the overall plan figure. Please choose the unit columns.`,
        }
      : { vi: ` Nếu các cột ${unitList} là từng xã, phường hoặc cơ quan được giao chỉ tiêu, hãy chọn chúng là đơn vị được giao.`, en: ` If columns ${unitList} are communes, wards or agencies each assigned a figure, choose them as unit columns.` };
  return {
    kind: "question",
    question: {
      message: { vi: `${ask.vi}${two.vi}${wide.vi} ${what.length ? "Hãy chọn cột. " : ""}Các cột: ${list}`.trim(), en: `${ask.en}${two.en}${wide.en} ${what.length ? "Please choose. " : ""}Columns: ${list}`.trim() },
      needs,
      columns: columns.filter((c) => c.header || c.role),
      ...(units.length ? { units } : {}),
    },
  };
}

/** The indexes of the columns read as `role`, left to right. */
function columnsWith(columns: ColumnInfo[], role: ColumnInfo["role"]): number[] {
  return columns.map((c, i) => (c.role === role ? i : -1)).filter((i) => i >= 0);
}

/** The mapping of a table with one unit per row: names are the units, indicators are read apart. */
export function mapByRow(columns: ColumnInfo[], unitColumn: number): Mapping {
  const first = (role: ColumnInfo["role"]) => columnsWith(columns, role)[0];
  const results = columnsWith(columns, "result").filter((i) => columns[i].period && i !== unitColumn);
  return { name: unitColumn, stt: first("stt"), note: first("note"), partner: first("partner"), results, units: [], laterPlans: [] };
}

/** Ask whether each row is a unit (commune, ward, agency) and each figure column an indicator assigned to it. */
export function rowsQuestion(columns: ColumnInfo[], unitColumn: ColumnInfo, indicators: ColumnInfo[], examples: string[]): TableImportResult {
  const list = indicators.map(named).join(", ");
  const seen = examples.slice(0, 3).join(", ");
  return {
    kind: "question",
    question: {
      message: {
        vi: `Mỗi dòng của bảng có vẻ là một xã, phường hoặc cơ quan (cột ${named(unitColumn)}: ${seen}…), mỗi cột số là một chỉ tiêu giao cho từng đơn vị: ${list}. Nếu đúng, mỗi ô thành chỉ tiêu của đơn vị ở dòng đó, do đơn vị đó chủ trì; dòng “Toàn tỉnh” / “Tổng cộng” (nếu có) là chỉ tiêu chung. Hãy xác nhận.`,
        en: `Each row seems to be a commune, ward or agency (column ${named(unitColumn)}: ${seen}…), and each figure column an indicator assigned to each of them: ${list}. If so, each cell becomes a target of its row's unit, led by that unit; a “Toàn tỉnh” / “Tổng cộng” row (if any) gives the overall targets. Please confirm.`,
      },
      needs: ["rows"],
      columns: columns.filter((c) => c.header || c.role),
      rows: { column: unitColumn, indicators },
    },
  };
}

/**
 * A plan column whose year a result column reports on is a past plan: "Kế hoạch năm 2025" beside "Ước thực
 * hiện năm 2025", or beside an "Ước thực hiện" with no year that follows it before the next plan column.
 */
function reportedOn(columns: ColumnInfo[], plan: number): boolean {
  const year = columns[plan].year;
  if (year === undefined) return false;
  for (let i = plan + 1; i < columns.length && columns[i].role !== "plan"; i++) if (columns[i].role === "result" && columns[i].year === undefined) return true;
  return columns.some((c) => c.role === "result" && c.year !== undefined && c.year >= year);
}

export function mapColumns(columns: ColumnInfo[], options: TableImportOptions): Mapping | TableImportResult {
  const chosen = options.columns ?? {};
  const of = (role: ColumnInfo["role"]) => columnsWith(columns, role);
  const pick = (key: "name" | "plan" | "unit" | "stt" | "agency", role: ColumnInfo["role"]): number[] => {
    const i = indexOf(columns, chosen[key]);
    return i >= 0 ? [i] : of(role);
  };
  const names = pick("name", "name");
  let plans = pick("plan", "plan");
  let laterPlans: number[] = [];
  if (plans.length > 1) {
    // A past year's plan column (beside its results) is not a plan. Plan columns left for distinct years
    // ("Kế hoạch năm 2026" | "Mục tiêu đến năm 2030") each give their year's targets; else the latest year's, when only one column has it.
    // A column headed by a year alone may be a result ("Năm 2025" before "Mục tiêu năm 2026"), unless it is later than the
    // results or than every column that says it is a plan ("Kế hoạch 2026" | "Giai đoạn 2026-2030"); with no such column, years alone are not enough.
    // A year alone after the results' years ("Thực hiện 2025" | "Năm 2026" | "Mục tiêu 2030") is the plan year's column.
    const bare = (i: number) => fold(columns[i].header).split(" / ").every(isBareYear);
    const wordedYears = plans.filter((i) => !bare(i)).map((i) => columns[i].year ?? Infinity);
    const resultYears = columns.filter((c) => c.role === "result" && c.year !== undefined).map((c) => c.year!);
    const after = resultYears.length ? Math.max(...resultYears) : Math.max(...wordedYears);
    const current = plans.filter((i) => !reportedOn(columns, i) && (!bare(i) || (columns[i].year ?? -Infinity) > after));
    const years = current.map((i) => columns[i].year);
    // Years alone after the results' years ("Thực hiện 2025" | "Năm 2026" | … | "Năm 2030") are a plan's years, each its own.
    if (current.length > 1 && (wordedYears.length > 0 || resultYears.length > 0) && years.every((y) => y !== undefined) && new Set(years).size === years.length) {
      const byYear = [...current].sort((a, b) => columns[a].year! - columns[b].year!);
      [plans, laterPlans] = [[byYear[0]], byYear.slice(1)];
    } else {
      const latest = Math.max(...plans.map((i) => columns[i].year ?? -Infinity));
      const ofLatest = plans.filter((i) => columns[i].year === latest);
      if (Number.isFinite(latest) && ofLatest.length === 1) plans = ofLatest;
    }
  }
  const recognised = of("assign");
  const units = (chosen.units ?? []).map((c) => indexOf(columns, c)).filter((i) => i >= 0 && i !== names[0] && !(plans.length === 1 && i === plans[0]));
  if (chosen.units !== undefined) plans = plans.filter((i) => !units.includes(i));
  const needs: ImportQuestion["needs"] = [];
  if (names.length !== 1) needs.push("name");
  const unitsAsked = chosen.units === undefined && recognised.length > 0;
  if (unitsAsked) needs.push("units");
  if (plans.length > 1 || (plans.length === 0 && units.length === 0 && !unitsAsked)) needs.push("plan");
  if (needs.length) {
    // Columns nobody recognised may be units too ("Tân Phú", "Hòa Bình"): offered, never assumed.
    const unknown = columns.map((c, i) => (c.header && c.role === undefined && i !== names[0] ? i : -1)).filter((i) => i >= 0);
    const candidates = unitsAsked ? [...recognised, ...unknown] : unknown.length >= 2 ? unknown : [];
    return question(columns, needs, plans.map((i) => columns[i]), candidates.map((i) => columns[i]));
  }
  const first = (key: "stt" | "unit" | "agency", role: ColumnInfo["role"]) => pick(key, role)[0];
  return {
    name: names[0],
    ...(plans.length === 1 ? { plan: plans[0] } : {}),
    stt: first("stt", "stt"),
    unit: first("unit", "unit"),
    agency: first("agency", "agency"),
    note: of("note")[0],
    partner: of("partner")[0],
    results: of("result").filter((i) => columns[i].period && i !== plans[0] && !units.includes(i)),
    units,
    laterPlans,
  };
}
