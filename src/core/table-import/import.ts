/**
 * importTable: a table of targets (from an .xlsx sheet, a .csv file or the selected range) → a draft
 * catalog valid against the catalog schema, the result columns offered as actuals, and warnings by
 * sheet, row and column. Where the columns cannot be told apart it asks, never guesses. Pure: no I/O.
 */
import type { Agency, CatalogFile, Target } from "../catalog/schema";
import { TargetSchema } from "../catalog/schema";
import { loadCatalogs } from "../catalog/load";
import { problemsFromZod } from "../catalog/problems";
import { agenciesIn } from "../extract/headings";
import { groupOfText } from "../extract/headings";
import { planIdFromFile } from "../catalog/plan-id";
import type { Bilingual } from "../messages";
import { slugify, fold } from "../text/normalize";
import { columnName } from "../sheet/a1";
import { formatViNumber } from "../numbers/vi";
import { cellText, layOut, readAmount, type Amount } from "./cells";
import { readHeader, yearsOf } from "./headers";
import { cleanName, groupName, headOf, kindOf, markerOf, partName, unitInName } from "./rows";
import type { ColumnInfo, ImportQuestion, OfferedActual, TableGrid, TableImportOptions, TableImportResult, TableProblem } from "./types";

interface Mapping {
  name: number;
  plan: number;
  stt?: number;
  unit?: number;
  agency?: number;
  note?: number;
  results: number[];
}

const indexOf = (columns: ColumnInfo[], column: number | undefined) => (column === undefined ? -1 : columns.findIndex((c) => c.column === column));

function question(columns: ColumnInfo[], needs: ImportQuestion["needs"], plans: ColumnInfo[]): TableImportResult {
  const list = columns.filter((c) => c.header).map((c) => `${c.letter} “${c.header}”`).join("; ");
  const what = needs.map((n) => (n === "name" ? { vi: "tên chỉ tiêu", en: "the target names" } : { vi: "số kế hoạch (chỉ tiêu giao)", en: "the plan figures" }));
  const two = plans.length > 1 ? { vi: ` Có ${plans.length} cột có thể là số kế hoạch: ${plans.map((c) => c.letter).join(", ")}.`, en: ` ${plans.length} columns could hold the plan figures: ${plans.map((c) => c.letter).join(", ")}.` } : { vi: "", en: "" };
  return {
    kind: "question",
    question: {
      message: {
        vi: `Chưa rõ cột nào chứa ${what.map((w) => w.vi).join(" và cột nào chứa ")}.${two.vi} Hãy chọn cột. Các cột: ${list}`,
        en: `Which column holds ${what.map((w) => w.en).join(" and which holds ")}?${two.en} Please choose. Columns: ${list}`,
      },
      needs,
      columns: columns.filter((c) => c.header || c.role),
    },
  };
}

function mapColumns(columns: ColumnInfo[], options: TableImportOptions): Mapping | TableImportResult {
  const chosen = options.columns ?? {};
  const of = (role: ColumnInfo["role"]) => columns.map((c, i) => (c.role === role ? i : -1)).filter((i) => i >= 0);
  const pick = (key: keyof NonNullable<TableImportOptions["columns"]>, role: ColumnInfo["role"]): number[] => {
    const i = indexOf(columns, chosen[key]);
    return i >= 0 ? [i] : of(role);
  };
  const names = pick("name", "name");
  let plans = pick("plan", "plan");
  // A past year's plan column (beside its results) is not the plan: the latest year is, when only one column has it.
  const latest = Math.max(...plans.map((i) => columns[i].year ?? -Infinity));
  const ofLatest = plans.filter((i) => columns[i].year === latest);
  if (plans.length > 1 && Number.isFinite(latest) && ofLatest.length === 1) plans = ofLatest;
  const needs: ImportQuestion["needs"] = [];
  if (names.length !== 1) needs.push("name");
  if (plans.length !== 1) needs.push("plan");
  if (needs.length) return question(columns, needs, plans.map((i) => columns[i]));
  const first = (key: "stt" | "unit" | "agency", role: ColumnInfo["role"]) => pick(key, role)[0];
  return {
    name: names[0],
    plan: plans[0],
    stt: first("stt", "stt"),
    unit: first("unit", "unit"),
    agency: first("agency", "agency"),
    note: of("note")[0],
    results: of("result").filter((i) => columns[i].period && i !== plans[0]),
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

function sentenceCase(text: string): string {
  if (text !== text.toUpperCase()) return text;
  const lower = text.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

interface Node {
  rank: number;
  name: string;
  id?: string;
  /** Lead agency, which the node's parts inherit when the table names none for them. */
  agency?: string;
}

export function importTable(grid: TableGrid, options: TableImportOptions = {}): TableImportResult {
  const sheet = layOut(grid);
  const header = readHeader(sheet);
  if (!header) {
    return { kind: "error", message: { vi: `Trang “${grid.sheet}” không có bảng: không thấy dòng tiêu đề cột nào.`, en: `Sheet “${grid.sheet}” holds no table: no header row found.` } };
  }
  const { columns } = header;
  const found = mapColumns(columns, options);
  if ("kind" in found) return found;
  const mapped: Mapping = found;

  const planColumn = columns[mapped.plan];
  const titleText = header.title.join(" ");
  const titleYears = yearsOf(fold(titleText));
  const warnings: TableProblem[] = [];
  const warn = (r: number, column: number | undefined, message: Bilingual) =>
    warnings.push({ sheet: grid.sheet, row: sheet.rowNumber(r), ...(column !== undefined ? { column: columnName(sheet.columns[column]) } : {}), message });
  let year = planColumn.year ?? titleYears.year ?? options.year;
  if (year === undefined) {
    return { kind: "error", message: { vi: "Bảng không nêu năm kế hoạch (ở tiêu đề cột hay tên bảng); hãy cho biết năm.", en: "The table names no plan year (in its headers or title); please give the year." } };
  }
  if (planColumn.year === undefined && titleYears.year === undefined) warn(header.top, mapped.plan, { vi: `Tiêu đề không nêu năm; chỉ tiêu được gán năm ${year}.`, en: `No year in the headers; targets were given the year ${year}.` });
  const fromYear = planColumn.year !== undefined ? planColumn.fromYear : titleYears.fromYear;

  const plan = options.plan ?? planIdFromFile(grid.file);
  const province = options.province?.trim() || "Không rõ";
  const issuer = options.issuer?.trim() || `UBND tỉnh${options.province ? ` ${options.province.trim()}` : ""}`;
  const agencies = new Map<string, Agency>();
  const addAgency = (name: string, level: Agency["level"]): string => {
    const id = slugify(name) || "co-quan";
    if (!agencies.has(id)) agencies.set(id, { id, name, level });
    return id;
  };

  const targets: Target[] = [];
  const actuals: OfferedActual[] = [];
  const stack: Node[] = [];
  let group: string | undefined;
  let lastName = "";
  let withoutAgency = 0;
  const idWidth = sheet.raw.length - header.bodyStart >= 99 ? 3 : 2;

  for (let r = header.bodyStart; r < sheet.raw.length; r++) {
    const raw = sheet.raw[r];
    let stt = cellText(raw[mapped.stt ?? -1]);
    let written = cellText(raw[mapped.name]);
    if (!written && !stt) continue;
    // "I. CHỈ TIÊU KINH TẾ" merged across the STT and name columns: the label sits in the STT cell.
    const label = !written ? /^([IVXLC]+|[A-H])[.)]?\s+(\S.{2,})$/u.exec(stt) : null;
    if (label) [stt, written] = [label[1], label[2]];
    const marker = markerOf(stt, written);
    const amountCell = raw[mapped.plan];
    const amount = readAmount(amountCell);
    if (!written) continue;
    const groupRow = marker?.kind === "group" && (amount === null || amount === "unreadable");
    if (groupRow || (!marker && amount === null && written === written.toUpperCase() && /\p{Lu}{3}/u.test(written))) {
      group = groupName(written);
      stack.length = 0;
      continue;
    }
    let rank = marker?.kind === "level" ? marker.rank : marker?.kind === "group" ? 0 : 1;
    if (!marker && /(?:trong\s+đó|chia\s+ra|gồm)\s*[:,]?\s*$/iu.test(lastName)) rank = 14;
    if (!marker && /^\s*trong\s+đó\b/iu.test(written)) rank = 14;
    while (stack.length && stack[stack.length - 1].rank >= rank) stack.pop();
    const parent = stack[stack.length - 1];
    const { name: own, unit: unitOfName } = unitInName(cleanName(written));
    const name = parent ? partName(parent.name, own) : headOf(own);
    lastName = written;
    const node: Node = { rank, name, agency: parent?.agency };
    stack.push(node);
    if (amount === null) continue;
    if (amount === "unreadable") {
      warn(r, mapped.plan, { vi: `không đọc được số kế hoạch “${cellText(amountCell)}” của “${own}”: chỉ tiêu này chưa được nhập.`, en: `cannot read the plan figure “${cellText(amountCell)}” of “${own}”: this target was not imported.` });
      continue;
    }
    const target = buildTarget(r, amount);
    if (!target) continue;
    node.id = target.id;
    node.agency = target.agency;
    targets.push(target);
    for (const i of mapped.results) {
      const value = readAmount(raw[i]);
      if (value && value !== "unreadable" && value.min === value.max) actuals.push({ id: target.id, period: columns[i].period!, value: value.min });
    }

    function buildTarget(r: number, amount: Amount): Target | null {
      const filled = sheet.filled[r];
      const unitText = cellText(filled[mapped.unit ?? -1]) || unitOfName || amount.unit || "";
      const unit = unitText || "(chưa rõ)";
      if (!unitText) warn(r, mapped.unit ?? mapped.plan, { vi: `“${own}” không có đơn vị tính; hãy điền trên trang soát.`, en: `“${own}” has no unit; please fill it in on the review sheet.` });
      const { kind, direction } = kindOf(name, unit, amount.comparator);
      if (fold(unit) === "%" && kind === "level" && (amount.min < 0 || amount.max > 100)) {
        warn(r, mapped.plan, { vi: `tỷ lệ ${cellText(amountCell)}% của “${own}” nằm ngoài 0–100: chưa nhập.`, en: `share ${cellText(amountCell)}% of “${own}” is outside 0–100: not imported.` });
        return null;
      }
      if (fold(unit) === "%" && kind === "level" && !amount.unit && amount.min > 0 && amount.max < 1) {
        const shown = formatViNumber(amount.max * 100, { maxDecimals: 4 });
        warn(r, mapped.plan, {
          vi: `“${own}”: ${cellText(amountCell)}% rất nhỏ — nếu ý là ${shown}% (ô ghi dạng phân số) hãy sửa trên trang soát; đã giữ ${cellText(amountCell)}%.`,
          en: `“${own}”: ${cellText(amountCell)}% is very small — if ${shown}% was meant (the cell holds a fraction), correct it on the review sheet; ${cellText(amountCell)}% was kept.`,
        });
      }
      const notes: string[] = [];
      if (amount.of !== undefined) notes.push(`trên tổng số ${amount.of} ${unit}`);
      const noteText = cellText(filled[mapped.note ?? -1]);
      if (noteText) notes.push(noteText);
      const agencyText = cellText(filled[mapped.agency ?? -1]);
      let agency: string;
      if (agencyText) {
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
        name,
        unit,
        ...(amount.min === amount.max ? { value: amount.min } : { min: amount.min, max: amount.max }),
        comparator: amount.comparator,
        kind,
        direction,
        year: year!,
        ...(fromYear !== undefined && fromYear < year! && (kind === "rate" || kind === "change") ? { fromYear } : {}),
        agency,
        group: group ?? groupOfText(fold(name)),
        ...(parent?.id ? { parent: parent.id } : {}),
        ...(notes.length ? { note: notes.join("; ") } : {}),
        source: { file: grid.file, sheet: grid.sheet, line: sheet.rowNumber(r), text: source || own },
      };
      const check = TargetSchema.safeParse(target);
      if (!check.success) {
        const why = problemsFromZod(grid.file, check.error)[0];
        warn(r, mapped.plan, { vi: `“${own}” chưa nhập được: ${why.path} ${why.message.vi}`, en: `“${own}” could not be imported: ${why.path} ${why.message.en}` });
        return null;
      }
      return target;
    }
  }

  if (withoutAgency) {
    warn(header.top, mapped.agency, {
      vi: `${withoutAgency} chỉ tiêu không có cơ quan chủ trì trong bảng: giao cho cơ quan ban hành (${issuer}); hãy sửa trên trang soát nếu cần.`,
      en: `${withoutAgency} target(s) name no lead agency in the table: the issuer (${issuer}) leads them; correct this on the review sheet if needed.`,
    });
  }
  if (targets.length === 0) {
    return { kind: "error", message: { vi: `Không tìm thấy chỉ tiêu nào có số kế hoạch trong cột ${planColumn.letter} “${planColumn.header}”.`, en: `No target with a plan figure in column ${planColumn.letter} “${planColumn.header}”.` } };
  }
  const title = header.title.find((t) => t.length >= 5);
  const catalog: CatalogFile = {
    $schema: "./catalog.schema.json",
    version: `${year}.draft`,
    plan: {
      id: plan,
      type: "Kế hoạch",
      title: title ? sentenceCase(title).slice(0, 400) : `Chỉ tiêu từ bảng ${grid.file}`,
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
