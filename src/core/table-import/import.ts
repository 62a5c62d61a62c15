/**
 * importTable: a table of targets (from an .xlsx sheet, a .csv file or the selected range) → a draft
 * catalog valid against the catalog schema, the result columns offered as actuals, and warnings by
 * sheet, row and column. Where the columns cannot be told apart it asks, never guesses. Pure: no I/O.
 */
import type { Agency, CatalogFile, Target } from "../catalog/schema";
import { isUncomputed, type GridCell } from "../consolidate/grid";
import { TargetSchema } from "../catalog/schema";
import { loadCatalogs } from "../catalog/load";
import { problemsFromZod } from "../catalog/problems";
import { agenciesIn } from "../extract/headings";
import { groupOfText } from "../extract/headings";
import { planIdFromFile } from "../catalog/plan-id";
import { isRateName, unitOfChange } from "../catalog/points";
import type { Bilingual } from "../messages";
import { slugify, fold } from "../text/normalize";
import { columnName } from "../sheet/a1";
import { formatViNumber } from "../numbers/vi";
import { cellText, layOut, readAmount, type Amount } from "./cells";
import { readHeader, yearsOf } from "./headers";
import { cleanName, groupName, headOf, kindOf, markerOf, partName, unitInName } from "./rows";
import { indicatorColumns, indicatorOf, rowUnitColumn } from "./by-row";
import { mapByRow, mapColumns, rowsQuestion, type Mapping } from "./mapping";
import type { OfferedActual, TableGrid, TableImportOptions, TableImportResult, TableProblem } from "./types";
import { resultsOf } from "./results";
import { planHead } from "./title";
import { isMark, namesWhole, unitAgency } from "./units";

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** One target to build from row r: its name, the figure and the column it sits in, and where it hangs. */
interface TargetSpec {
  name: string;
  /** The row's own words (for messages). */
  own: string;
  unitOfName?: string;
  parent?: Node;
  group?: string;
  amount: Amount;
  column: number;
  parentId?: string;
  leadId?: string;
  partners: string[];
}

interface Node {
  rank: number;
  name: string;
  id?: string;
  /** Lead agency, which the node's parts inherit when the table names none for them. */
  agency?: string;
  /** Unit, which the node's parts inherit when their own cell is empty. */
  unit?: string;
  /** The lead agency cell of a row with no figure of its own ("Tỷ lệ trường đạt chuẩn" over "a) Mầm non"), for its parts. */
  agencyText?: string;
  /** The row's targets of later plan columns, by column: the parents of its parts' targets in that column. */
  laterIds?: Map<number, string>;
}

export function importTable(grid: TableGrid, options: TableImportOptions = {}): TableImportResult {
  const sheet = layOut(grid);
  const header = readHeader(sheet);
  if (!header) {
    return { kind: "error", message: { vi: `Trang “${grid.sheet}” không có bảng: không thấy dòng tiêu đề cột nào.`, en: `Sheet “${grid.sheet}” holds no table: no header row found.` } };
  }
  const { columns } = header;
  // One commune, ward or agency per row, one indicator per column: asked about, then read by row.
  const chosenRows = options.columns?.rows;
  const rowUnits = chosenRows === 0 ? -1 : chosenRows !== undefined ? columns.findIndex((c) => c.column === chosenRows) : (rowUnitColumn(sheet, header) ?? -1);
  const candidates = rowUnits >= 0 ? indicatorColumns(sheet, header, rowUnits) : [];
  // Unasked, only a table that says it assigns (a plan header, or "giao / kế hoạch / chỉ tiêu" in its title); not a progress report by ward.
  const assigns = chosenRows !== undefined || candidates.some((i) => columns[i].role === "plan") || /giao|ke hoach|chi tieu|muc tieu/.test(fold(header.title.join(" ")));
  const indicators = assigns ? candidates : [];
  const byRow = indicators.length > 0;
  if (byRow && chosenRows === undefined) {
    const examples = sheet.raw.slice(header.bodyStart).map((row) => cellText(row[rowUnits])).filter(Boolean);
    return rowsQuestion(columns, columns[rowUnits], indicators.map((i) => columns[i]), examples);
  }
  const found = byRow ? mapByRow(columns, rowUnits) : mapColumns(columns, options);
  if ("kind" in found) return found;
  const mapped: Mapping = found;

  const planColumn = mapped.plan !== undefined ? columns[mapped.plan] : undefined;
  // Without a total column the year comes from the unit columns' header ("Kế hoạch 2026 / Chia ra / Xã A").
  const yearColumn = planColumn ?? [...mapped.units, ...indicators].map((i) => columns[i]).find((c) => c.year !== undefined);
  const figureColumn = mapped.plan ?? mapped.units[0] ?? indicators[0];
  // "Kế hoạch năm 2026 (%)": the plan column's own unit, for rows that give none.
  const headerUnit = planColumn ? unitInName(planColumn.header.split(" / ").pop() ?? "").unit : undefined;
  const titleText = header.title.join(" ");
  const titleYears = yearsOf(fold(titleText));
  const warnings: TableProblem[] = [];
  const warn = (r: number, column: number | undefined, message: Bilingual) =>
    warnings.push({ sheet: grid.sheet, row: sheet.rowNumber(r), ...(column !== undefined ? { column: columnName(sheet.columns[column]) } : {}), message });
  const year = yearColumn?.year ?? titleYears.year ?? options.year;
  if (year === undefined) {
    return { kind: "error", message: { vi: "Bảng không nêu năm kế hoạch (ở tiêu đề cột hay tên bảng); hãy cho biết năm.", en: "The table names no plan year (in its headers or title); please give the year." } };
  }
  if (yearColumn?.year === undefined && titleYears.year === undefined) warn(header.top, figureColumn, { vi: `Tiêu đề không nêu năm; chỉ tiêu được gán năm ${year}.`, en: `No year in the headers; targets were given the year ${year}.` });
  const fromYear = yearColumn?.year !== undefined ? yearColumn.fromYear : titleYears.fromYear;
  // A later plan column's targets are for its own year; an average there ("Bình quân 8,5") runs from the column before it.
  const yearsOfColumn = (column: number): { year: number; fromYear?: number } => {
    const k = mapped.laterPlans.indexOf(column);
    if (k < 0) return { year: year!, fromYear };
    const before = columns[k === 0 ? mapped.plan! : mapped.laterPlans[k - 1]];
    return { year: columns[column].year!, fromYear: columns[column].fromYear ?? before.year };
  };

  const plan = options.plan ?? planIdFromFile(grid.file);
  const province = options.province?.trim() || "Không rõ";
  const issuer = options.issuer?.trim() || `UBND tỉnh${options.province ? ` ${options.province.trim()}` : ""}`;
  const agencies = new Map<string, Agency>();
  const addAgency = (name: string, level: Agency["level"]): string => {
    const id = slugify(name) || "co-quan";
    if (!agencies.has(id)) agencies.set(id, { id, name, level });
    return id;
  };
  const unitNameOf = (i: number) => columns[i].assignee ?? columns[i].header;
  const unitLead = (i: number) => {
    const agency = unitAgency(unitNameOf(i));
    return { id: addAgency(agency.name, agency.level), name: agency.name };
  };
  const unitKey = (i: number) => fold(mapped.units.includes(i) ? unitNameOf(i) : (columns[i].assignee ?? ""));
  const figureColumns = [...(mapped.plan !== undefined ? [mapped.plan] : []), ...mapped.units, ...indicators];
  // A figure column's result columns are the same on every row: matched once per column, not per target.
  const resultColumns = new Map(figureColumns.map((i) => [i, resultsOf(i, figureColumns, mapped.results, columns, unitKey)]));

  const targets: Target[] = [];
  const actuals: OfferedActual[] = [];
  const offer = ({ id, kind }: Target, figure: number, raw: readonly GridCell[]) => {
    for (const i of resultColumns.get(figure) ?? []) {
      const value = readAmount(raw[i]);
      // A target of change ("giảm 1–1,5 điểm %") is met by a change, not by the level beside it ("4,1").
      if (value && value !== "unreadable" && value.min === value.max && (kind !== "change" || value.change)) actuals.push({ id, period: columns[i].period!, value: value.min });
    }
  };
  const stack: Node[] = [];
  let group: string | undefined;
  let lastName = "";
  let withoutAgency = 0;
  const idWidth = sheet.raw.length - header.bodyStart >= 99 ? 3 : 2;

  const unitWarned = new Set<number>();
  function buildTarget(r: number, spec: TargetSpec): Target | null {
    const { amount, column, own, parent } = spec;
    const { year: targetYear, fromYear: targetFrom } = yearsOfColumn(column);
    const raw = sheet.raw[r];
    const shown = cellText(raw[column]);
    const filled = sheet.filled[r];
    // "Tăng 8%" against a unit of tỷ đồng: a growth rate, so in %. A part without a unit takes its parent's.
    // "%/năm", "điểm %/năm": a yearly rate or change is written in the catalog as "%" (its years say it is per year).
    const unitText = ((amount.change && amount.unit === "%" ? "%" : "") || cellText(filled[mapped.unit ?? -1]) || spec.unitOfName || amount.unit || parent?.unit || headerUnit || "").replace(
      /^((?:điểm\s*)?%)\s*\/\s*năm$/iu,
      "$1",
    );
    if (!unitText && !unitWarned.has(r) && unitWarned.add(r)) warn(r, mapped.unit ?? column, { vi: `“${own}” không có đơn vị tính; hãy điền trên trang soát.`, en: `“${own}” has no unit; please fill it in on the review sheet.` });
    // Under "Mục tiêu tăng bình quân 2026-2030" a figure in % is the row's average growth, not its level.
    // A rate ("Tỷ lệ …", or a cell in "điểm %") under it rises by so many points a year.
    const averageGrowth = !amount.change && /\b(?:tang|toc do tang) binh quan\b|\bbinh quan (?:hang |moi )?nam\b/.test(fold(columns[column].header)) && /^(?:diem )?%$/.test(fold(unitText));
    const pointsGrowth = averageGrowth && (fold(unitText) !== "%" || isRateName(fold(spec.name)));
    const grows = averageGrowth && !pointsGrowth && !/\btang\b|tang truong/.test(fold(spec.name));
    const { kind, direction } = averageGrowth
      ? { kind: pointsGrowth ? ("change" as const) : ("rate" as const), direction: "increase" as const }
      : kindOf(spec.name, unitText || "(chưa rõ)", amount.comparator, amount.change);
    // "Tỷ lệ hộ nghèo" | "Giảm 0,5 - 0,7": the rate itself falls, by percentage points.
    const unit = unitOfChange(spec.name, unitText || "(chưa rõ)", kind);
    const share = kind === "level" && fold(unit) === "%";
    if (share && (amount.min < 0 || amount.max > 100)) {
      warn(r, column, { vi: `tỷ lệ ${shown}% của “${own}” nằm ngoài 0–100: chưa nhập.`, en: `share ${shown}% of “${own}” is outside 0–100: not imported.` });
      return null;
    }
    // A share that should rise, written below 1 (0,95): maybe a fraction of 1 typed for 95%. Falling shares (hộ nghèo 0,5%) are often that small.
    if (share && direction === "increase" && !amount.unit && amount.min > 0 && amount.max < 1) {
      const scaled = formatViNumber(amount.max * 100, { maxDecimals: 4 });
      warn(r, column, {
        vi: `“${own}”: ${shown}% rất nhỏ — nếu ý là ${scaled}% (ô ghi dạng phân số) hãy sửa trên trang soát; đã giữ ${shown}%.`,
        en: `“${own}”: ${shown}% is very small — if ${scaled}% was meant (the cell holds a fraction), correct it on the review sheet; ${shown}% was kept.`,
      });
    }
    const notes: string[] = [];
    if (amount.of !== undefined) notes.push(`trên tổng số ${amount.of} ${unit}`);
    const noteText = cellText(filled[mapped.note ?? -1]);
    if (noteText) notes.push(noteText);
    const partnerText = cellText(filled[mapped.partner ?? -1]);
    if (partnerText && !spec.partners.length) notes.push(`Phối hợp: ${partnerText}`);
    const agencyText = cellText(filled[mapped.agency ?? -1]) || (parent && !parent.id ? parent.agencyText ?? "" : "");
    let agency: string;
    if (spec.leadId) {
      agency = spec.leadId;
      if (spec.partners.length) notes.push(`Phối hợp: ${spec.partners.join(", ")}`);
    } else if (agencyText) {
      const named = agenciesIn(agencyText);
      const ids = named.length ? named.map((a) => addAgency(a.name, a.level)) : [addAgency(agencyText, "other")];
      agency = ids[0];
      if (ids.length > 1) notes.push(`Phối hợp: ${named.slice(1).map((a) => a.name).join(", ")}`);
    } else if (parent?.agency && parent.agency !== slugify(issuer)) {
      agency = parent.agency;
    } else {
      agency = addAgency(issuer, "province");
      notes.push("Bảng không nêu cơ quan chủ trì: cơ quan ban hành chủ trì.");
      withoutAgency++;
    }
    const source = raw.map(cellText).filter(Boolean).join(" | ");
    const target: Target = {
      id: `${plan}.${pad(targets.length + 1, idWidth)}`,
      plan,
      name: grows ? `${spec.name} – tăng bình quân` : spec.name,
      unit,
      ...(amount.min === amount.max ? { value: amount.min } : { min: amount.min, max: amount.max }),
      comparator: amount.comparator,
      kind,
      direction,
      year: targetYear,
      ...(targetFrom !== undefined && targetFrom < targetYear && (kind === "rate" || kind === "change") ? { fromYear: targetFrom } : {}),
      agency,
      group: spec.group ?? groupOfText(fold(spec.name)),
      ...(spec.parentId ? { parent: spec.parentId } : {}),
      ...(notes.length ? { note: notes.join("; ") } : {}),
      source: { file: grid.file, sheet: grid.sheet, line: sheet.rowNumber(r), text: source || own },
    };
    const check = TargetSchema.safeParse(target);
    if (!check.success) {
      const why = problemsFromZod(grid.file, check.error)[0];
      warn(r, column, { vi: `“${own}” chưa nhập được: ${why.path} ${why.message.vi}`, en: `“${own}” could not be imported: ${why.path} ${why.message.en}` });
      return null;
    }
    return target;
  }

  if (byRow) {
    // The whole's row first, so that each unit's target hangs under the overall one of its column.
    const body = sheet.raw.map((_, r) => r).slice(header.bodyStart);
    const isWhole = (r: number) => namesWhole(fold(cellText(sheet.raw[r][mapped.name])));
    const overall = new Map<number, string>();
    for (const r of [...body.filter(isWhole), ...body.filter((r) => !isWhole(r))]) {
      const unitName = cellText(sheet.raw[r][mapped.name]);
      if (!unitName) continue;
      const lead = isWhole(r) ? undefined : unitAgency(unitName);
      for (const i of indicators) {
        const amount = readAmount(sheet.raw[r][i]);
        const indicator = indicatorOf(columns[i]);
        const own = `${indicator.name} – ${unitName}`;
        if (amount === "unreadable") warn(r, i, { vi: `không đọc được số giao “${cellText(sheet.raw[r][i])}” của “${own}”: chưa nhập.`, en: `cannot read the assigned figure “${cellText(sheet.raw[r][i])}” of “${own}”: not imported.` });
        if (amount === null || amount === "unreadable") continue;
        const leadId = lead && addAgency(lead.name, lead.level);
        const target = buildTarget(r, { name: lead ? own : indicator.name, own, unitOfName: indicator.unit, amount, column: i, parentId: overall.get(i), leadId, partners: [] });
        if (!target) continue;
        targets.push(target);
        offer(target, i, sheet.raw[r]);
        if (!lead) overall.set(i, target.id);
      }
    }
  } else {
    for (let r = header.bodyStart; r < sheet.raw.length; r++) {
      const raw = sheet.raw[r];
      let stt = cellText(raw[mapped.stt ?? -1]);
      let written = cellText(raw[mapped.name]);
      if (!written && !stt) continue;
      // "I. CHỈ TIÊU KINH TẾ" merged across the STT and name columns: the label sits in the STT cell.
      const label = !written ? /^([IVXLC]+|[A-H])[.)]?\s+(\S.{2,})$/u.exec(stt) : null;
      if (label) [stt, written] = [label[1], label[2]];
      const marker = markerOf(stt, written);
      const amountCell = mapped.plan !== undefined ? raw[mapped.plan] : null;
      const amount = readAmount(amountCell);
      const marks = mapped.units.filter((i) => isMark(raw[i]));
      const perUnit = mapped.units.filter((i) => !isMark(raw[i])).map((i) => ({ i, amount: readAmount(raw[i]) })).filter((u) => u.amount !== null);
      const later = mapped.laterPlans.map((i) => ({ i, amount: readAmount(raw[i]) })).filter((p) => p.amount !== null);
      if (!written) continue;
      const noFigure = (amount === null || amount === "unreadable") && perUnit.length === 0 && later.every((p) => p.amount === "unreadable");
      const groupRow = marker?.kind === "group" && noFigure;
      if (groupRow || (!marker && noFigure && written === written.toUpperCase() && /\p{Lu}{3}/u.test(written))) {
        group = groupName(written);
        stack.length = 0;
        continue;
      }
      if (namesWhole(fold(cleanName(written)))) {
        if (!noFigure) warn(r, mapped.name, { vi: `dòng “${written}” là dòng cộng của bảng, không phải chỉ tiêu: bỏ qua.`, en: `row “${written}” is the table's total line, not a target: skipped.` });
        continue;
      }
      // "Trong đó:" on a row of its own introduces the parts below; it is not a target.
      if (!cleanName(written) || /^(?:trong\s+đó|chia\s+ra|bao\s+gồm|gồm)\s*[:,.]?$/iu.test(written)) {
        lastName = `${stack[stack.length - 1]?.name ?? ""} trong đó:`;
        continue;
      }
      let rank = marker?.kind === "level" ? marker.rank : marker?.kind === "group" ? 0 : 1;
      if (!marker && /(?:trong\s+đó|chia\s+ra|gồm)\s*[:,]?\s*$/iu.test(lastName)) rank = 14;
      // Not \b: "ó" is no word character to a JS regex, so "đó\b" never matches "Trong đó:".
      if (!marker && /^\s*trong\s+đó(?![\p{L}\p{N}])/iu.test(written)) rank = 14;
      while (stack.length && stack[stack.length - 1].rank >= rank) stack.pop();
      const parent = stack[stack.length - 1];
      const { name: own, unit: unitOfName } = unitInName(cleanName(written));
      const name = parent ? partName(parent.name, own) : headOf(own);
      lastName = written;
      const node: Node = { rank, name, agency: parent?.agency, unit: cellText(sheet.filled[r][mapped.unit ?? -1]) || unitOfName || parent?.unit, agencyText: cellText(sheet.filled[r][mapped.agency ?? -1]) || parent?.agencyText };
      stack.push(node);
      if (amount === "unreadable") {
        warn(r, mapped.plan, isUncomputed(amountCell)
          ? { vi: `số kế hoạch của “${own}” là công thức chưa được tính (${cellText(amountCell)}): tệp được lưu bởi chương trình không tính công thức. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi nhập lại; chỉ tiêu này chưa được nhập.`, en: `the plan figure of “${own}” is a formula never calculated (${cellText(amountCell)}): the file was saved by a program that does not calculate. Open it in Excel or LibreOffice, save it and import again; this target was not imported.` }
          : { vi: `không đọc được số kế hoạch “${cellText(amountCell)}” của “${own}”: chỉ tiêu này chưa được nhập.`, en: `cannot read the plan figure “${cellText(amountCell)}” of “${own}”: this target was not imported.` });
      }
      let total: Target | null = null;
      if (amount !== null && amount !== "unreadable") {
        // "x" in unit columns: those units lead the row's target (the first), the others take part.
        const leads = marks.map(unitLead);
        total = buildTarget(r, { name, own, unitOfName, parent, group, amount, column: mapped.plan!, parentId: parent?.id, leadId: leads[0]?.id, partners: leads.slice(1).map((l) => l.name) });
        if (total) {
          node.id = total.id;
          node.agency = total.agency;
          targets.push(total);
          offer(total, mapped.plan!, raw);
        }
      }
      for (const { i, amount: figure } of later) {
        if (figure === "unreadable") {
          warn(r, i, { vi: `không đọc được số “${cellText(raw[i])}” của “${own}” ở cột ${columns[i].header}: chưa nhập.`, en: `cannot read the figure “${cellText(raw[i])}” of “${own}” in column ${columns[i].header}: not imported.` });
          continue;
        }
        const leads = marks.map(unitLead);
        const target = buildTarget(r, { name, own, unitOfName, parent, group, amount: figure!, column: i, parentId: parent?.laterIds?.get(i), leadId: leads[0]?.id, partners: leads.slice(1).map((l) => l.name) });
        if (!target) continue;
        (node.laterIds ??= new Map()).set(i, target.id);
        node.agency ??= target.agency;
        targets.push(target);
      }
      for (const { i, amount: share } of perUnit) {
        if (share === "unreadable") {
          warn(r, i, { vi: `không đọc được số giao cho “${unitNameOf(i)}” (“${cellText(raw[i])}”) của “${own}”: chưa nhập.`, en: `cannot read the figure assigned to “${unitNameOf(i)}” (“${cellText(raw[i])}”) for “${own}”: not imported.` });
          continue;
        }
        const part = buildTarget(r, { name: `${name} – ${unitNameOf(i)}`, own, unitOfName, parent, group, amount: share!, column: i, parentId: total?.id ?? parent?.id, leadId: unitLead(i).id, partners: [] });
        if (!part) continue;
        targets.push(part);
        offer(part, i, raw);
      }

    }
  }

  const firstRow = grid.firstRow ?? 1;
  const skipped = (grid.hiddenRows ?? []).filter((row) => row - firstRow >= header.bodyStart && (grid.rows[row - firstRow] ?? []).some((c) => c !== null && c !== ""));
  if (skipped.length) {
    warnings.push({
      sheet: grid.sheet,
      row: skipped[0],
      message: { vi: `${skipped.length} dòng bị ẩn không được đọc (dòng ${skipped.join(", ")}); hãy bỏ ẩn nếu cần nhập.`, en: `${skipped.length} hidden row(s) were not read (rows ${skipped.join(", ")}); unhide them to import them.` },
    });
  }
  if (withoutAgency) {
    warn(header.top, mapped.agency, {
      vi: `${withoutAgency} chỉ tiêu không có cơ quan chủ trì trong bảng: giao cho cơ quan ban hành (${issuer}); hãy sửa trên trang soát nếu cần.`,
      en: `${withoutAgency} target(s) name no lead agency in the table: the issuer (${issuer}) leads them; correct this on the review sheet if needed.`,
    });
  }
  if (targets.length === 0) {
    const where = [mapped.plan, ...mapped.units].filter((i): i is number => i !== undefined).map((i) => `${columns[i].letter} “${columns[i].header}”`).join(", ");
    return { kind: "error", message: { vi: `Không tìm thấy chỉ tiêu nào có số kế hoạch trong cột ${where}.`, en: `No target with a plan figure in column ${where}.` } };
  }
  const catalog: CatalogFile = {
    $schema: "./catalog.schema.json",
    version: `${year}.draft`,
    plan: {
      id: plan,
      ...planHead(header.title, grid.file),
      issuer,
      date: String(year),
      province,
      sourceFile: grid.file,
    },
    agencies: [...agencies.values()],
    targets,
    tasks: [],
  };
  const check = loadCatalogs([{ file: grid.file, data: catalog }]);
  if (!check.ok) {
    const first = check.problems[0];
    return { kind: "error", message: { vi: `Danh mục nháp không hợp lệ: ${first.path}: ${first.message.vi}`, en: `The draft catalog is invalid: ${first.path}: ${first.message.en}` } };
  }
  return { kind: "catalog", catalog: check.catalog.files[0], columns, actuals, warnings };
}
