/**
 * Which result columns (Thực hiện, Ước thực hiện năm N, quý) are offered as actuals of a target, in
 * every table shape: a result belongs to the figure column that measures the same thing — the same
 * commune, ward or agency, and the same indicator once plan, result and period words are set aside
 * ("Thu ngân sách (tỷ đồng) / Ước TH 2025" beside "Thu ngân sách (tỷ đồng) / KH 2026"). Where one
 * figure column is left for a unit, its results are that column's whatever their words.
 */
import { fold } from "../text/normalize";
import type { ColumnInfo } from "./types";

const PERIOD_WORDS = /\b(?:ke hoach|kh|chi tieu giao|muc tieu|giao|phan dau|uoc thuc hien|uoc tinh|uoc|thuc hien|u?th|ket qua|luy ke|da dat|nam|quy|thang|dau|ca|giai doan|[ivx]+|\d+)\b/g;

/** The indicator words of a column's header: "Thu ngân sách (tỷ đồng) / Ước TH 2025" → "thu ngan sach". */
export function indicatorWords(column: ColumnInfo): string {
  return fold(column.header)
    .replace(/\([^()]*\)/g, " ")
    .replace(PERIOD_WORDS, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * The result columns (indices into columns) whose figures are actuals of the target read from column
 * `figure`. `unitOf(i)`: the commune, ward or agency column i is about, folded ("" for the whole).
 */
export function resultsOf(figure: number, figures: readonly number[], results: readonly number[], columns: readonly ColumnInfo[], unitOf: (i: number) => string): number[] {
  const unit = unitOf(figure);
  const sameUnit = figures.filter((i) => unitOf(i) === unit);
  const words = indicatorWords(columns[figure]);
  return results.filter((i) => unitOf(i) === unit && (sameUnit.length === 1 || indicatorWords(columns[i]) === words));
}
