/** Importing targets from tables shaped like the ones provinces publish; expected results written by reading the fixtures. */
import { csvGrid, importTable, type TableImportResult } from "../../../src/core/table-import";
import { loadCatalogs } from "../../../src/core/catalog/load";
import { HEALTH_CSV, NO_TARGET_COLUMN, PROVINCE_ANNEX, TWO_PLAN_COLUMNS } from "../../fixtures/tables/shapes";

function catalogOf(result: TableImportResult) {
  if (result.kind !== "catalog") throw new Error(`expected a catalog, got ${JSON.stringify(result)}`);
  return result;
}

describe("import targets from a provincial annex (.xlsx shape)", () => {
  const result = catalogOf(importTable(PROVINCE_ANNEX, { plan: "kh-2026" }));
  const { catalog } = result;
  const byName = (name: string) => catalog.targets.find((t) => t.name === name);

  test("the draft is a valid catalog: every row with a plan figure is a target, of the year its column names", () => {
    expect(loadCatalogs([{ file: "x.json", data: catalog }]).ok).toBe(true);
    expect(catalog.targets).toHaveLength(12);
    expect(new Set(catalog.targets.map((t) => t.year))).toEqual(new Set([2026]));
    expect(catalog.plan.title).toBe("Biểu chỉ tiêu chủ yếu kế hoạch phát triển kinh tế - xã hội năm 2026");
  });

  test("the hidden column (a 2030 plan) is never read, so there is no question about two plan columns", () => {
    expect(catalog.targets.find((t) => t.name.startsWith("Tốc độ tăng trưởng tổng sản phẩm"))?.min).toBe(8.5);
    expect(result.columns.some((c) => c.letter === "F")).toBe(false);
  });

  test("cells as people write them: a range, khoảng, ≥, trên, dưới, 8/9, vi-VN thousands", () => {
    const grdp = byName("Tốc độ tăng trưởng tổng sản phẩm (GRDP)")!;
    expect([grdp.min, grdp.max, grdp.kind]).toEqual([8.5, 9, "rate"]);
    const farming = byName("Tốc độ tăng trưởng tổng sản phẩm (GRDP) – nông, lâm nghiệp và thủy sản")!;
    expect([farming.value, farming.comparator, farming.parent]).toEqual([3.5, "~", grdp.id]);
    expect(byName("Tốc độ tăng trưởng tổng sản phẩm (GRDP) – công nghiệp - xây dựng")).toMatchObject({ value: 12, comparator: ">=" });
    expect(byName("GRDP bình quân đầu người")).toMatchObject({ value: 105, comparator: ">", unit: "Triệu đồng", kind: "level" });
    expect(byName("Tổng thu ngân sách nhà nước trên địa bàn")).toMatchObject({ value: 16500, kind: "flow" });
    expect(byName("Số xã đạt chuẩn nông thôn mới nâng cao")).toMatchObject({ value: 8, note: expect.stringContaining("trên tổng số 9") });
  });

  test("groups come from Roman numerals; sub-targets get self-contained names and their parent", () => {
    const poor = byName("Tỷ lệ hộ nghèo theo chuẩn đa chiều")!;
    expect(poor).toMatchObject({ value: 3, comparator: "<", direction: "decrease", group: "Văn hóa - xã hội" });
    const urban = byName("Tỷ lệ hộ nghèo theo chuẩn đa chiều ở khu vực thành thị")!;
    expect(urban).toMatchObject({ value: 1, parent: poor.id, agency: poor.agency });
    expect(byName("Tỷ lệ hộ nghèo theo chuẩn đa chiều ở khu vực nông thôn")?.value).toBe(4);
    expect(byName("GRDP bình quân đầu người")?.group).toBe("Kinh tế");
    expect(byName("Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý")?.group).toBe("Môi trường");
  });

  test("agencies come from the agency column, a merged cell leads every row it covers", () => {
    const finance = catalog.agencies.find((a) => a.name === "Sở Tài chính")!;
    expect(byName("Tổng vốn đầu tư phát triển toàn xã hội")?.agency).toBe(finance.id);
    expect(catalog.agencies.map((a) => a.name).sort()).toEqual(["Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Sở Y tế"]);
  });

  test("source names the file, sheet and row, quoting the row", () => {
    const doctors = byName("Số bác sĩ trên vạn dân")!;
    expect(doctors.source).toMatchObject({ file: "bieu-chi-tieu-2026.xlsx", sheet: "Biểu 01", line: 19 });
    expect(doctors.source.text).toContain("Số bác sĩ trên vạn dân");
    expect(doctors.note).toBe("Theo dân số trung bình");
  });

  test("result columns are never targets; they are offered as actuals of the period their header names", () => {
    const grdp = byName("Tốc độ tăng trưởng tổng sản phẩm (GRDP)")!;
    expect(result.actuals).toContainEqual({ id: grdp.id, period: "2025", value: 8.2 });
    expect(result.actuals).toContainEqual({ id: byName("Tổng thu ngân sách nhà nước trên địa bàn")!.id, period: "2025", value: 15295 });
    expect(catalog.targets.some((t) => t.value === 8.2 || t.value === 15295)).toBe(false);
  });

  test("a figure written in words is reported by sheet, row and column, in both languages", () => {
    const warning = result.warnings.find((w) => w.row === 22);
    expect(warning).toMatchObject({ sheet: "Biểu 01", column: "G" });
    expect(warning?.message.vi).toContain("Hoàn thành");
    expect(warning?.message.en).toContain("cannot read the plan figure");
  });
});

describe("import targets from a .csv list", () => {
  const result = catalogOf(importTable(csvGrid(HEALTH_CSV, "y-te-2030.csv"), { issuer: "UBND tỉnh Quảng Trị", province: "Quảng Trị" }));
  const { catalog } = result;
  const byName = (name: string) => catalog.targets.find((t) => t.name === name);

  test("';' separators, BOM, quoted cells with ';' and line breaks; year from 'Mục tiêu đến năm 2030'", () => {
    expect(catalog.targets.map((t) => t.name)).toEqual([
      "Tỷ lệ dân số được quản lý bằng hồ sơ sức khỏe điện tử",
      "Số giường bệnh trên vạn dân",
      "Số giường bệnh trên vạn dân – giường bệnh công lập",
      "Số giường bệnh trên vạn dân – giường bệnh tư nhân",
      "Tuổi thọ trung bình",
      "Số năm sống khỏe",
    ]);
    expect(catalog.targets.every((t) => t.year === 2030)).toBe(true);
    expect(byName("Số giường bệnh trên vạn dân – giường bệnh tư nhân")?.note).toContain("tính cả phòng khám đa khoa");
    expect(byName("Tuổi thọ trung bình")).toMatchObject({ value: 75, comparator: "~" });
    expect(byName("Số năm sống khỏe")?.parent).toBe(byName("Tuổi thọ trung bình")?.id);
  });

  test("rows cite their line in the file", () => {
    expect(byName("Tuổi thọ trung bình")?.source.line).toBe(7);
  });

  test("no agency column: the issuer leads, with a note on each target and one warning", () => {
    expect(catalog.agencies).toEqual([{ id: "ubnd-tinh-quang-tri", name: "UBND tỉnh Quảng Trị", level: "province" }]);
    expect(catalog.targets.every((t) => t.agency === "ubnd-tinh-quang-tri" && /cơ quan ban hành/.test(t.note ?? ""))).toBe(true);
    expect(result.warnings.filter((w) => /cơ quan ban hành/.test(w.message.vi))).toHaveLength(1);
    expect(catalog.plan.province).toBe("Quảng Trị");
  });
});

describe("where the mapping is unclear the importer asks", () => {
  test("no recognisable target column: a question listing the columns, not a guess", () => {
    const result = importTable(NO_TARGET_COLUMN);
    expect(result.kind).toBe("question");
    if (result.kind !== "question") return;
    expect(result.question.needs).toEqual(["plan"]);
    expect(result.question.columns.map((c) => c.letter)).toEqual(["A", "B", "C", "D", "E"]);
    expect(result.question.message.vi).toContain("C “Tổng số hồ sơ”");
    expect(result.question.message.en).toMatch(/Which column holds the plan figures/);
  });

  test("two plan columns of the same year: asks which; the answer imports that column", () => {
    const asked = importTable(TWO_PLAN_COLUMNS);
    expect(asked.kind).toBe("question");
    if (asked.kind !== "question") return;
    expect(asked.question.message.vi).toContain("D, E");
    const answered = catalogOf(importTable(TWO_PLAN_COLUMNS, { columns: { plan: 5 } }));
    expect(answered.catalog.targets.map((t) => t.value)).toEqual([1250, 10]);
    expect(answered.catalog.targets[1]).toMatchObject({ kind: "rate", year: 2026 });
  });
});

describe("plan columns of different years", () => {
  const annex = (header: string[], body: (string | number | null)[][]) => importTable({ file: "phu-luc.xlsx", sheet: "Phụ lục", rows: [header, ...body] });

  test("'Kế hoạch năm 2026' and 'Mục tiêu đến năm 2030': each row gives a target for each year, the result column none; parts hang under their own year's whole", () => {
    const result = catalogOf(
      annex(
        ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2025", "Kế hoạch năm 2026", "Mục tiêu đến năm 2030"],
        [
          ["I", "CHỈ TIÊU KINH TẾ", null, null, null, null],
          ["1", "Tốc độ tăng trưởng kinh tế (GRDP)", "%", "7,6", "8,2", "Bình quân 8,5"],
          ["2", "Tỷ lệ hộ nghèo", "%", "2,9", "Giảm 1", "Giảm bình quân 1-1,5/năm"],
          ["3", "Sản lượng thủy sản", "tấn", 41000, 43000, 52000],
          [null, "Trong đó: nuôi trồng", "tấn", 25000, 27000, 35000],
          ["4", "Tỷ lệ đô thị hóa", "%", "38,5", null, "45"],
        ],
      ),
    );
    const rows = result.catalog.targets.map((t) => [t.name, t.value ?? [t.min, t.max], t.year, t.fromYear]);
    expect(rows).toEqual([
      ["Tốc độ tăng trưởng kinh tế (GRDP)", 8.2, 2026, undefined],
      ["Tốc độ tăng trưởng kinh tế (GRDP)", 8.5, 2030, 2026],
      ["Tỷ lệ hộ nghèo", 1, 2026, undefined],
      ["Tỷ lệ hộ nghèo", [1, 1.5], 2030, 2026],
      ["Sản lượng thủy sản", 43000, 2026, undefined],
      ["Sản lượng thủy sản", 52000, 2030, undefined],
      ["Sản lượng thủy sản – nuôi trồng", 27000, 2026, undefined],
      ["Sản lượng thủy sản – nuôi trồng", 35000, 2030, undefined],
      ["Tỷ lệ đô thị hóa", 45, 2030, undefined],
    ]);
    const [growth26, , , , whole26, whole30, part26, part30] = result.catalog.targets;
    expect([part26.parent, part30.parent]).toEqual([whole26.id, whole30.id]);
    // The 2025 results are offered as actuals of the plan year's targets only (a level is no actual of "Giảm 1").
    expect(result.actuals.map((a) => [a.id, a.period, a.value])).toEqual([[growth26.id, "2025", 7.6], [whole26.id, "2025", 41000], [part26.id, "2025", 25000]]);
  });

  test("a past year's plan column beside its results is no target, with or without a year on the result column", () => {
    const withYear = catalogOf(annex(["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2025", "Ước thực hiện năm 2025", "Kế hoạch năm 2026"], [["1", "Thu ngân sách", "tỷ đồng", 9000, 9400, 10000]]));
    const noYear = catalogOf(annex(["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2025", "Ước thực hiện", "Đánh giá", "Kế hoạch năm 2026"], [["1", "Thu ngân sách", "tỷ đồng", 9000, 9400, "Vượt", 10000]]));
    for (const { catalog } of [withYear, noYear]) expect(catalog.targets.map((t) => [t.value, t.year])).toEqual([[10000, 2026]]);
  });

  test("a later period headed alone ('Giai đoạn 2026-2030') or abbreviated ('MT 2030') beside the plan year's column is a plan column too", () => {
    for (const later of ["Giai đoạn 2026-2030", "MT 2030"]) {
      const { catalog } = catalogOf(annex(["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "KH 2026", later], [["1", "Tỷ lệ che phủ rừng", "%", 45, 46, 50]]));
      expect(catalog.targets.map((t) => [t.value, t.year])).toEqual([[46, 2026], [50, 2030]]);
    }
  });

  test("other ways of heading the two columns: 'Năm 2026' after the results, 'Chỉ tiêu Nghị quyết Đại hội đến năm 2030', 'Phấn đấu 2026' | 'Tầm nhìn 2030'", () => {
    for (const [a, b, c] of [
      ["Thực hiện 2025", "Năm 2026", "Mục tiêu 2030"],
      ["Ước TH 2025", "Kế hoạch năm 2026", "Chỉ tiêu Nghị quyết Đại hội đến năm 2030"],
      ["Kết quả 2025", "Phấn đấu 2026", "Tầm nhìn 2030"],
    ]) {
      const { catalog } = catalogOf(annex(["STT", "Chỉ tiêu", "ĐVT", a, b, c], [["1", "Tỷ lệ che phủ rừng", "%", 45, 46, 50]]));
      expect(catalog.targets.map((t) => [t.value, t.year])).toEqual([[46, 2026], [50, 2030]]);
    }
  });

  test("a five-year plan's columns headed by their years alone after the results ('Thực hiện 2025' | 'Năm 2026' | … | 'Năm 2030') give a target for each year", () => {
    const result = catalogOf(annex(["STT", "Chỉ tiêu", "ĐVT", "Thực hiện 2025", "Năm 2026", "Năm 2027", "Năm 2028", "Năm 2029", "Năm 2030"], [["1", "Tỷ lệ che phủ rừng", "%", 45.2, 45.5, 46, 46.5, 47, 47.5]]));
    expect(result.catalog.targets.map((t) => [t.value, t.year])).toEqual([[45.5, 2026], [46, 2027], [46.5, 2028], [47, 2029], [47.5, 2030]]);
    expect(result.actuals).toEqual([{ id: result.catalog.targets[0].id, period: "2025", value: 45.2 }]);
  });

  test("the later year's column written first ('Mục tiêu đến năm 2030' | 'Kế hoạch năm 2026'): the results are offered to the plan year's target", () => {
    const result = catalogOf(annex(["STT", "Chỉ tiêu", "ĐVT", "Thực hiện 2025", "Mục tiêu đến năm 2030", "Kế hoạch năm 2026"], [["1", "Tỷ lệ che phủ rừng", "%", 45, 50, 46]]));
    expect(result.catalog.targets.map((t) => [t.value, t.year])).toEqual([[46, 2026], [50, 2030]]);
    expect(result.actuals).toEqual([{ id: result.catalog.targets[0].id, period: "2025", value: 45 }]);
  });

  test("'Kế hoạch' merged over 'Năm 2026' and 'Đến năm 2030' (two header rows): both columns are plans, each for its year", () => {
    const result = importTable({
      file: "bieu.xlsx",
      sheet: "Biểu",
      rows: [
        ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2025", "Kế hoạch", null],
        [null, null, null, null, "Năm 2026", "Đến năm 2030"],
        ["1", "Thu ngân sách nhà nước", "tỷ đồng", 9000, 9800, 14000],
      ],
      merges: [{ top: 1, left: 5, bottom: 1, right: 6 }],
    });
    expect(catalogOf(result).catalog.targets.map((t) => [t.value, t.year])).toEqual([[9800, 2026], [14000, 2030]]);
  });

  test("a column headed by a year alone ('Năm 2025') beside 'Mục tiêu năm 2026' is not read as a second plan", () => {
    const { catalog } = catalogOf(annex(["Chỉ tiêu", "Đơn vị", "Năm 2025", "Mục tiêu năm 2026"], [["Tỷ lệ che phủ rừng", "%", "61,5", 62]]));
    expect(catalog.targets.map((t) => [t.value, t.year])).toEqual([[62, 2026]]);
  });
});

describe("other ways tables are written", () => {
  test("a group label merged across STT and name, 'ĐV tính', 'ƯTH' results, 'KH' plan, STT written '1.' and 'a)'", () => {
    const result = catalogOf(
      importTable({
        file: "bieu.xlsx",
        sheet: "Biểu",
        rows: [
          ["TT", "Nội dung chỉ tiêu", "ĐV tính", "ƯTH 2025", "KH 2026", "Đơn vị thực hiện"],
          ["A. CÁC CHỈ TIÊU XÃ HỘI"],
          ["1.", "Tỷ lệ trường học đạt chuẩn quốc gia", "%", 70, 75, "Sở Giáo dục và Đào tạo"],
          ["a)", "Mầm non", "%", 60, 66, null],
        ],
        merges: [{ top: 2, left: 1, bottom: 2, right: 6 }],
      }),
    );
    expect(result.catalog.targets.map((t) => [t.name, t.value, t.group])).toEqual([
      ["Tỷ lệ trường học đạt chuẩn quốc gia", 75, "Xã hội"],
      ["Tỷ lệ trường học đạt chuẩn quốc gia – mầm non", 66, "Xã hội"],
    ]);
    expect(result.actuals.map((a) => [a.period, a.value])).toEqual([["2025", 70], ["2025", 60]]);
    expect(result.catalog.targets[1].agency).toBe(result.catalog.targets[0].agency);
  });
});
