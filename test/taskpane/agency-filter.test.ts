import type { Agency, Target } from "../../src/core/catalog/schema";
import type { RowVerdict as AnyVerdict } from "../../src/core/operations/evaluate-rows";
import type { TableRowData } from "../../src/workbook/port";

type RowVerdict = AnyVerdict<TableRowData>;
import { agencyGroups, ALL_AGENCIES, keptChoice, rowsOfAgency, UNKNOWN_AGENCY } from "../../src/taskpane/agency-filter";

// Made-up agencies; "Sở Y tế" is listed twice, once typed in decomposed Unicode (NFD) under another id.
const agencies: Agency[] = [
  { id: "t.so-y-te", name: "Sở Y tế", nameEn: "Department of Health", level: "province" },
  { id: "t.so-y-te-nfd", name: "Sở Y tế".normalize("NFD"), level: "province" },
  { id: "t.so-tai-chinh", name: "Sở Tài chính", nameEn: "Department of Finance", level: "province" },
  { id: "t.ban-dan-toc", name: "Ban Dân tộc", nameEn: "Ethnic Minorities Committee", level: "province" },
];
const catalog = { agencyById: new Map(agencies.map((a) => [a.id, a])) };

let index = 0;
const verdict = (agency: string | undefined, status: RowVerdict["status"] = "off_track", inCatalog = true): RowVerdict => {
  const id = `t.${index}`;
  const row = { index: index++, id, actual: 1, status: "", sheet: "S", address: `A${index + 1}` };
  const target = inCatalog ? ({ id, agency } as Target) : undefined;
  return { row, target, status, reason: { vi: "", en: "" } };
};

const rows = [
  verdict("t.so-tai-chinh"),
  verdict("t.so-y-te"),
  verdict(undefined, "unknown", false), // id not in the catalog
  verdict("t.so-y-te-nfd", "at_risk"),
  verdict("t.ban-dan-toc", "at_risk"),
  verdict(undefined), // a target that names no agency
  verdict("t.khong-co"), // an agency id the catalog lacks
];

describe("flag list by lead agency", () => {
  test("each agency once (names compared in NFC) with its count, sorted by name; unknown agency last", () => {
    const groups = agencyGroups(catalog, rows, "vi");
    expect(groups.map((g) => [g.name, g.count])).toEqual([
      ["Ban Dân tộc", 1],
      ["Sở Tài chính", 1],
      ["Sở Y tế", 2],
      [undefined, 3],
    ]);
    expect(groups[3].key).toBe(UNKNOWN_AGENCY);
  });

  test("in English the agencies' English names, sorted in English", () => {
    expect(agencyGroups(catalog, rows, "en").map((g) => g.name)).toEqual(["Department of Finance", "Department of Health", "Ethnic Minorities Committee", undefined]);
  });

  test("choosing an agency keeps only its rows, in the list's order; all keeps every row", () => {
    const groups = agencyGroups(catalog, rows, "vi");
    const health = groups.find((g) => g.name === "Sở Y tế")!;
    expect(rowsOfAgency(catalog, rows, health.key).map((v) => v.row.index)).toEqual([rows[1].row.index, rows[3].row.index]);
    expect(rowsOfAgency(catalog, rows, UNKNOWN_AGENCY).map((v) => v.row.index)).toEqual([2, 5, 6].map((i) => rows[i].row.index));
    expect(rowsOfAgency(catalog, rows, ALL_AGENCIES)).toEqual(rows);
  });

  test("a new run keeps the chosen agency while it still leads a row, otherwise goes back to all", () => {
    const health = agencyGroups(catalog, rows, "vi").find((g) => g.name === "Sở Y tế")!.key;
    const withoutHealth = rows.filter((v) => !v.target?.agency?.startsWith("t.so-y-te"));
    expect(keptChoice(agencyGroups(catalog, rows.slice(3), "vi"), health)).toBe(health);
    expect(keptChoice(agencyGroups(catalog, withoutHealth, "vi"), health)).toBe(ALL_AGENCIES);
    expect(keptChoice(agencyGroups(catalog, [], "vi"), UNKNOWN_AGENCY)).toBe(ALL_AGENCIES);
  });
});
