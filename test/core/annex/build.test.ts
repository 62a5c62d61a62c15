import { buildAnnex } from "../../../src/core/annex/build";
import { annexRows } from "../../../src/core/annex/model";
import { layoutAnnexWorkbook } from "../../../src/core/annex/layout";
import { matchHeader, parseColumnList, COLUMN_SPECS } from "../../../src/core/annex/columns";
import { toRoman } from "../../../src/core/annex/labels";
import { escapeFormulaText, unescapeFormulaText } from "../../../src/core/text/escape";
import { DEFAULT_WORDS, percentPlanFormula, statusFormula } from "../../../src/core/annex/formulas";
import { syntheticCatalog } from "./synthetic";

const catalog = syntheticCatalog({ agencies: 3, targetsPerAgency: 6 });
const base = { plan: "tinh-x-2024", period: "2024-Q2", generatedAt: "2024-06-10T02:00:00.000Z" };

function build(options: Partial<Parameters<typeof buildAnnex>[1]> = {}) {
  const r = buildAnnex(catalog, { ...base, ...options });
  if (!r.ok) throw new Error(r.error.vi);
  return r.annex;
}

describe("buildAnnex", () => {
  test("title block names the agency, the plan, the period in Vietnamese, the cut-off window and the deadline", () => {
    const annex = build({ agency: "so-2" });
    const text = annex.titleLines.join("\n");
    expect(annex.heading).toContain("QUÝ II/2024");
    expect(text).toContain("Sở Ngành Số 2");
    expect(text).toContain("123/KH-UBND");
    expect(text).toContain("15/3/2024");
    expect(text).toContain("14/6/2024");
    expect(text).toContain("trước ngày 15/6/2024");
    expect(text).toContain("Sở Tài chính");
    expect(annex.meta).toMatchObject({ plan: "tinh-x-2024", agency: "so-2", period: "2024-Q2", catalogVersion: "2024-01-01.1", deadline: "2024-06-14" });
  });

  test("groups get Roman numerals in the department's order; targets are numbered continuously across groups", () => {
    const annex = build();
    expect(annex.groups.map((g) => `${g.numeral}. ${g.name}`)).toEqual(["I. Kinh tế", "II. Văn hóa – xã hội", "III. Môi trường"]);
    const top = annexRows(annex).filter((r) => !r.isSubTarget).map((r) => r.stt);
    expect(top).toEqual(top.map((_, i) => String(i + 1)));
    expect(top.length).toBe(catalog.targets.filter((t) => !t.parent).length);
  });

  test("a sub-target is numbered under its parent and no target is left out", () => {
    const rows = annexRows(build());
    const child = rows.find((r) => r.targetId === "tinh-x-2024.t0001a")!;
    const parent = rows.find((r) => r.targetId === "tinh-x-2024.t0001")!;
    expect(child.stt).toBe(`${parent.stt}.1`);
    expect(rows[rows.indexOf(parent) + 1]).toBe(child);
    expect(new Set(rows.map((r) => r.targetId))).toEqual(new Set(catalog.targets.map((t) => t.id)));
  });

  test("an agency's annex holds only its targets and tasks; the whole-plan annex adds the agency column", () => {
    const own = build({ agency: "so-3" });
    expect(annexRows(own).every((r) => r.agencyId === "so-3")).toBe(true);
    expect(own.tasks.map((t) => t.taskId)).toEqual(["tinh-x-2024.nv3"]);
    expect(own.columns).not.toContain("agency");
    const all = build();
    expect(all.columns).toContain("agency");
    expect(all.tasks).toHaveLength(3);
  });

  test("default columns follow the department's form, ending with the hidden target id", () => {
    const layout = layoutAnnexWorkbook(build({ agency: "so-1" }));
    const header = layout.sheets[0].rows.find((r) => r.style === "header")!.cells;
    expect(header).toEqual([
      "STT", "Chỉ tiêu", "ĐVT", "Thực hiện cùng kỳ năm trước", "Kế hoạch năm", "Thực hiện kỳ báo cáo",
      "Ước thực hiện cả năm", "% so kế hoạch", "% so cùng kỳ", "Đánh giá", "Ghi chú", "Mã chỉ tiêu",
    ]);
    expect(layout.sheets[0].columns.at(-1)!.hidden).toBe(true);
  });

  test("the column set is configurable", () => {
    const parsed = parseColumnList("stt, Chỉ tiêu, dvt, actual, Ghi chu");
    expect(parsed).toEqual({ ok: true, columns: ["stt", "name", "unit", "actual", "note"] });
    expect(build({ agency: "so-1", columns: parsed.ok ? parsed.columns : [] }).columns).toEqual(["stt", "name", "unit", "actual", "note", "targetId"]);
    expect(parseColumnList("stt,bogus")).toEqual({ ok: false, unknown: ["bogus"] });
  });

  test("actuals fill the row, percentages come from the evaluation, and the status is set", () => {
    const id = "tinh-x-2024.t0002"; // 90 %, level, increase
    const annex = build({ agency: "so-1", actuals: new Map([[id, { actual: 45, lastYear: 40, estimateYear: 88 }]]) });
    const row = annexRows(annex).find((r) => r.targetId === id)!;
    expect(row.planYear).toBe(90);
    expect(row.actual).toBe(45);
    expect(row.percentLastYear).toBe(112.5);
    expect(row.percentPlan).not.toBeNull();
    expect(row.status).not.toBeNull();
    const blank = annexRows(annex).find((r) => r.targetId !== id)!;
    expect(blank.status).toBeNull();
    expect(blank.actual).toBeNull();
  });

  test("configured thresholds judge a row's status, its note, its formulas and its word alike", () => {
    const id = "tinh-x-2024.t0002"; // 90 %, level, increase, no baseline: 60 is 66,7% of the way
    const row = (settings?: Parameters<typeof buildAnnex>[1]["settings"]) =>
      annexRows(build({ agency: "so-1", actuals: new Map([[id, { actual: 60 }]]), settings })).find((r) => r.targetId === id)!;
    const usual = row();
    expect([usual.status, usual.statusText, usual.percentPlan]).toEqual(["at_risk", "Có nguy cơ", 66.7]);
    expect(usual.note).toMatch(/^Chậm 33,3%/);
    const loose = row({ onTrackRatio: 0.6, atRiskRatio: 0.3, percentDecimals: 0 });
    expect([loose.status, loose.statusText, loose.percentPlan]).toEqual(["on_track", "Đúng tiến độ", 67]);
    expect(loose.note).toBe("");
    expect(statusFormula(loose.judging!, "F9", DEFAULT_WORDS)).toContain("ROUND(ROUND(F9,1)/90*100,0)>=60,");
    expect(percentPlanFormula(loose.judging!, "F9")).toContain("*100,0)");
  });

  test("a range target shows its range as the year's plan", () => {
    const row = annexRows(build()).find((r) => r.targetId === "tinh-x-2024.t0003")!;
    expect(row.planYear).toBe("15–16");
  });

  test("clear errors for an unknown plan, period or agency", () => {
    const plan = buildAnnex(catalog, { ...base, plan: "nope" });
    const period = buildAnnex(catalog, { ...base, period: "2024-Q5" });
    const agency = buildAnnex(catalog, { ...base, agency: "so-99" });
    expect(!plan.ok && plan.error.vi).toContain("Không có kế hoạch");
    expect(!period.ok && period.error.vi).toContain("2024-Q5");
    expect(!agency.ok && agency.error.vi).toContain("so-99");
  });
});

describe("column headers", () => {
  test.each([
    ["Thực hiện kỳ báo cáo", "actual"],
    ["THỰC HIỆN KỲ BÁO CÁO", "actual"],
    ["Thuc hien Quy II/2024", "actual"],
    ["Thực hiện cùng kỳ năm 2023", "lastYear"],
    ["Ước thực hiện năm", "estimateYear"],
    ["Kế hoạch năm 2024", "planYear"],
    ["Tỷ lệ (%) so với kế hoạch", "percentPlan"],
    ["%so cùng kỳ", "percentLastYear"],
    ["Đơn vị tính", "unit"],
    ["Đơn vị chủ trì", "agency"],
    ["Tên chỉ tiêu", "name"],
    ["Mã chỉ tiêu", "targetId"],
    ["Ghi chú / giải trình", "note"],
  ])("%s → %s", (header, key) => {
    expect(matchHeader(header)).toBe(key);
  });

  test("every default header maps to itself", () => {
    for (const spec of Object.values(COLUMN_SPECS)) expect(matchHeader(spec.header)).toBe(spec.key);
  });

  test("unrelated text maps to nothing", () => {
    expect(matchHeader("Số điện thoại")).toBeNull();
  });
});

describe("formula-injection escaping", () => {
  test.each(["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\t=x"])("%j is written as text", (text) => {
    expect(escapeFormulaText(text)).toBe(`'${text}`);
    expect(unescapeFormulaText(escapeFormulaText(text))).toBe(text);
  });
  test("ordinary text is untouched", () => {
    expect(escapeFormulaText("Tỷ lệ hộ nghèo")).toBe("Tỷ lệ hộ nghèo");
    expect(unescapeFormulaText("'quoted")).toBe("'quoted");
  });
  test("Roman numerals", () => {
    expect([1, 2, 3, 4, 9, 14].map(toRoman)).toEqual(["I", "II", "III", "IV", "IX", "XIV"]);
  });
});
