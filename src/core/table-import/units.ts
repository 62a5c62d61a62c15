/**
 * Wide tables that assign a target to each commune, ward or agency: one column per unit ("Phường A",
 * "Xã C", "Sở Y tế", or any column under "Chia ra" / "Chi tiết theo xã"). Which columns name a unit,
 * the agency a unit column stands for, and a cell that marks a unit as lead ("x") rather than giving it a figure.
 */
import type { Agency } from "../catalog/schema";
import type { GridCell } from "../consolidate/grid";
import { agenciesIn } from "../extract/headings";
import { fold } from "../text/normalize";
import { cellText } from "./cells";

/** A place a plan is assigned to; the first group is what makes it commune level. */
const PLACE = /^(?:ubnd\s+|uy ban nhan dan\s+)?(?:(xa|phuong|thi tran|dac khu)|huyen|quan|thi xa|thanh pho|tp\.?|tx\.?)\s+\S/;
/** An agency's head word ("Sở" is told from "Số" before folding, see namesUnit). */
const AGENCY = /^(?:ban\s+(?:quan ly|dan toc|chi dao|tuyen giao|to chuc)|cong an|bo chi huy|bchq|chi cuc|cuc\s|kho bac|ngan hang|bao hiem xa hoi|bhxh|dai phat thanh|van phong|trung tam|benh vien|tinh doan|hoi\s|lien doan|mat tran|ubmttq|uy ban mat tran)/;
/** Lead-ins above unit columns: "Chia ra", "Chi tiết theo xã", "Giao cho các đơn vị". */
const LEAD_IN = /chia ra|chi tiet|phan bo|giao cho|phan theo|theo (?:xa|phuong|don vi|dia ban|co quan|dia phuong)|cac (?:xa|phuong|don vi|co quan|so|dia phuong)|trong do/;
/** "Tổng cộng", "Toàn tỉnh", "Cả nước", "Chung": the whole (a sum line, a total column), not one target or unit. */
const WHOLE = /^(?:tong(?: so| cong)?(?: toan tinh)?|cong|toan tinh|toan thanh pho|ca nuoc|ca tinh|chung(?: toan tinh)?|tinh)\s*[:.]?$/;

/** A row or column label (folded) naming the whole: the table's sum line, or the row of overall targets. */
export function namesWhole(folded: string): boolean {
  return WHOLE.test(folded);
}

/** The unit a column header names ("Kế hoạch 2026 / Chia ra / Phường A" → "Phường A"), or undefined. */
export function unitOfHeader(parts: readonly string[], roleOfLast: string | null | undefined): string | undefined {
  const last = parts[parts.length - 1];
  if (!last) return undefined;
  const folded = fold(last);
  if (namesWhole(folded) || folded.length > 80) return undefined;
  if (namesUnit(last, folded)) return last;
  const ledIn = parts.slice(0, -1).some((p) => LEAD_IN.test(fold(p)));
  return ledIn && (roleOfLast === undefined || roleOfLast === "plan") && !/\b(?:19|20)\d{2}\b/.test(folded) ? last : undefined;
}

/** "Xã Tân Lập", "Phường Đông Hải", "Sở Y tế", "Công an tỉnh": a text naming a place or an agency (not "Số xã …"). */
export function namesUnit(text: string, folded = fold(text)): boolean {
  return PLACE.test(folded) || AGENCY.test(folded) || /^sở\s+\S/iu.test(text.normalize("NFC").trim());
}

/** The agency a unit column stands for: "Xã Tân Phú" → UBND xã Tân Phú (commune); "Sở Y tế" → itself. */
export function unitAgency(unit: string): Pick<Agency, "name" | "level"> {
  const folded = fold(unit);
  const place = PLACE.exec(folded);
  if (place && !/^(?:ubnd|uy ban)/.test(folded)) {
    return { name: `UBND ${unit.charAt(0).toLowerCase()}${unit.slice(1)}`, level: place[1] ? "commune" : "district" };
  }
  const named = agenciesIn(unit);
  if (named.length) return named[0];
  return { name: unit, level: place ? (place[1] ? "commune" : "district") : "other" };
}

/** "x", "X", "✓": the cell marks the unit (as lead) without a figure. */
export function isMark(cell: GridCell | undefined): boolean {
  return /^(?:x|✓|✔|•|\*)$/iu.test(cellText(cell));
}
