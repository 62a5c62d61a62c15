/**
 * Tables that assign figures to one commune, ward or agency per row ("STT | Xã, phường | Thu ngân sách
 * (tỷ đồng) | Tỷ lệ hộ nghèo giảm (%)"): which column names the units, which columns are indicators,
 * and an indicator's name and unit from its header.
 */
import { fold } from "../text/normalize";
import { cellText, type Sheet } from "./cells";
import type { HeaderRead } from "./headers";
import { unitInName } from "./rows";
import type { ColumnInfo } from "./types";
import { namesUnit, namesWhole } from "./units";

/** A header saying the column lists units: "Địa phương", "Xã, phường", "Tên đơn vị", "Sở, ban, ngành". */
const UNITS_HEADER = /^(?:ten\s+)?(?:dia phuong|don vi(?: hanh chinh| thuc hien)?|xa,? phuong(?:,? (?:dac khu|thi tran))*|xa|phuong|co quan(?:,? don vi)?|so,? ban,? nganh(?:,? dia phuong)?|tinh,? thanh pho|dia ban)$/;
const NOT_INDICATOR = new Set<ColumnInfo["role"]>(["stt", "note", "result", "agency", "partner", "unit", "name"]);

const lastPart = (c: ColumnInfo) => c.header.split(" / ").pop() ?? "";

/** The column (index into header.columns) whose body names one unit per row, if the table is shaped so. */
export function rowUnitColumn(sheet: Sheet, header: HeaderRead): number | undefined {
  for (let i = 0; i < header.columns.length; i++) {
    const column = header.columns[i];
    if (column.role === "agency" || column.role === "partner" || column.role === "note" || column.role === "stt") continue;
    const texts = sheet.raw.slice(header.bodyStart).map((row) => cellText(row[i])).filter((t) => t && !/^[\d.,\s%]+$/.test(t));
    if (texts.length < 2) continue;
    // "Đơn vị" over "%", "tỷ đồng", "triệu đồng" is the unit of measure, not one commune or agency per row.
    if (texts.filter((t) => unitInName(`Chỉ tiêu (${t})`).unit !== undefined).length >= texts.length * 0.6) continue;
    const units = texts.filter((t) => {
      const folded = fold(t);
      return namesUnit(t, folded) || namesWhole(folded);
    }).length;
    if (UNITS_HEADER.test(fold(lastPart(column))) || units >= Math.max(2, texts.length * 0.6)) return i;
  }
  return undefined;
}

/** Columns (indices) holding one indicator each in a by-row table: not the units, and with a figure somewhere. */
export function indicatorColumns(sheet: Sheet, header: HeaderRead, unitColumn: number): number[] {
  return header.columns
    .map((c, i) => i)
    .filter((i) => i !== unitColumn && header.columns[i].header && !NOT_INDICATOR.has(header.columns[i].role))
    .filter((i) => sheet.raw.slice(header.bodyStart).some((row) => typeof row[i] === "number" || /\d/.test(cellText(row[i]))));
}

/** "Mục tiêu tăng trưởng GRDP năm 2026 (%)" → name "Tăng trưởng GRDP", unit "%". */
export function indicatorOf(column: ColumnInfo): { name: string; unit?: string } {
  // The most specific part: not a bare "Kế hoạch năm 2026" above the indicator.
  const parts = column.header.split(" / ").filter((p) => !/^(?:ke hoach|kh|chi tieu giao|muc tieu|giao)?\s*(?:nam)?\s*(?:19|20)\d{2}$/.test(fold(p)));
  const { name, unit } = unitInName(parts[parts.length - 1] ?? column.header);
  const bare = name
    .replace(/^(?:kế\s+hoạch|chỉ\s+tiêu\s+giao|mục\s+tiêu|giao)\s+(?:năm\s+(?:19|20)\d{2}\s*[:,-]?\s*)?/iu, "")
    .replace(/\s*(?:năm\s+)?(?:19|20)\d{2}$/u, "")
    .trim();
  const text = bare || name;
  return { name: text.charAt(0).toUpperCase() + text.slice(1), ...(unit ? { unit } : {}) };
}
