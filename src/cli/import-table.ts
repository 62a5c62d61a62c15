/**
 * `kehoach import-table FILE.xlsx|FILE.csv [--sheet S] [--plan ID] [--year N] [--issuer TEXT]
 * [--province TEXT] [--columns name=B,plan=E] [--actuals-out A.csv] --out F.json|F.xlsx [--force]`:
 * targets from a table into a draft catalog (.json), or straight into the review workbook (.xlsx).
 */
import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { z } from "zod";
import { MAX_YEAR, MIN_YEAR } from "../core/periods";
import { columnNumber } from "../core/sheet";
import { actualsCsv, formatTableProblem, type ColumnChoice, type ImportQuestion } from "../core/table-import";
import { catalogToXlsx } from "../xlsx/catalog-sheets";
import { importTableFile } from "../xlsx/import-table-file";
import { outputPath, parseOptionsAndFile, printJson, writeOut, type Command, type OptionDocs, tell } from "./common";
import { OPTION } from "./options";

const LETTERS = "[A-Za-z]{1,3}";
const PAIR = `(?:(?:name|plan|unit|stt|agency)=${LETTERS}|rows=(?:none|${LETTERS})|units=(?:none|${LETTERS}[-:]${LETTERS}|${LETTERS}(?:\\+${LETTERS})*))`;
const COLUMNS_FORM = new RegExp(`^${PAIR}(?:,${PAIR})*$`);

const OPTIONS: OptionDocs = {
  out: { type: "string", value: { vi: "TỆP.json|TỆP.xlsx", en: "FILE.json|FILE.xlsx" }, text: { vi: "danh mục nháp (.json) hoặc bảng tính để soát (.xlsx) (bắt buộc)", en: "draft catalog (.json) or review workbook (.xlsx) (required)" } },
  sheet: { type: "string", value: { vi: "TRANG", en: "SHEET" }, text: { vi: "trang tính có bảng chỉ tiêu", en: "the sheet holding the targets table" } },
  plan: { ...OPTION.plan, text: { vi: "mã đặt cho kế hoạch (chữ thường không dấu, số, '-' hoặc '.')", en: "id to give the plan (lowercase ascii, digits, '-' or '.')" } },
  year: { ...OPTION.year, text: { vi: "năm kế hoạch khi bảng không ghi", en: "the plan year when the table does not say" } },
  issuer: { type: "string", value: { vi: "CHỮ", en: "TEXT" }, text: { vi: "cơ quan ban hành", en: "issuing body" } },
  province: { type: "string", value: { vi: "CHỮ", en: "TEXT" }, text: { vi: "tỉnh", en: "province" } },
  columns: {
    type: "string",
    value: { vi: "name=B,plan=E", en: "name=B,plan=E" },
    text: {
      vi: "chỉ rõ cột nào là tên, kế hoạch, đơn vị, STT, cơ quan; units=D-H: các cột giao cho từng xã, phường, cơ quan (units=none: không cột nào); rows=B: mỗi dòng là một đơn vị, tên ở cột B (rows=none: không phải)",
      en: "say which column is name, plan, unit, stt, agency; units=D-H: the columns assigning each commune, ward or agency (units=none: none); rows=B: each row is a unit named in column B (rows=none: not so)",
    },
  },
  "actuals-out": { type: "string", value: { vi: "TỆP.csv", en: "FILE.csv" }, text: { vi: "ghi thêm các cột kết quả thành CSV số thực hiện", en: "also write the result columns as an actuals CSV" } },
  force: OPTION.force,
};


const Options = z
  .object({
    out: z.string({ error: "cần tệp kết quả: --out TỆP.json hoặc TỆP.xlsx / required: --out FILE.json or FILE.xlsx" }).regex(/\.(json|xlsx)$/i, "tệp kết quả phải có đuôi .json hoặc .xlsx / must end in .json or .xlsx"),
    sheet: z.string().min(1).optional(),
    plan: z.string().regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, "mã kế hoạch chỉ gồm chữ thường không dấu, số, '-' hoặc '.' / plan id: lowercase ascii, digits, '-' or '.'").optional(),
    year: z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR).optional(),
    issuer: z.string().min(2).optional(),
    province: z.string().min(2).optional(),
    columns: z
      .string()
      .regex(COLUMNS_FORM, "dạng name=B,plan=E,units=D-H / form name=B,plan=E,units=D-H")
      .optional(),
    "actuals-out": z.string().regex(/\.csv$/i, "tệp số thực hiện phải có đuôi .csv / must end in .csv").optional(),
    force: z.boolean().optional(),
    json: z.boolean().optional(),
  })
  .passthrough();

/** "D-H", "D:H", "D+F+H" → [4, …, 8]; "none" → []. */
function columnList(text: string): number[] {
  if (/^none$/i.test(text)) return [];
  const range = /^([A-Za-z]{1,3})[-:]([A-Za-z]{1,3})$/.exec(text);
  if (range) {
    const [from, to] = [columnNumber(range[1]), columnNumber(range[2])].sort((a, b) => a - b);
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  }
  return text.split("+").map(columnNumber);
}

function columnChoice(text: string | undefined): ColumnChoice | undefined {
  if (!text) return undefined;
  const choice: ColumnChoice = {};
  for (const pair of text.split(",")) {
    const [key, letters] = pair.split("=");
    if (key === "units") choice.units = columnList(letters);
    else if (key === "rows") choice.rows = /^none$/i.test(letters) ? 0 : columnNumber(letters);
    else choice[key as Exclude<keyof ColumnChoice, "units">] = columnNumber(letters);
  }
  return choice;
}

/** The --columns answer to a question: the example names the table's own columns. */
function columnsExample(question: ImportQuestion): string {
  if (question.rows) return `--columns rows=${question.rows.column.letter} (rows=none)`;
  const units = question.units ?? [];
  if (!units.length) return "--columns name=B,plan=E";
  const letters = units.map((c) => c.letter);
  const span = letters.length > 1 ? `${letters[0]}-${letters[letters.length - 1]}` : letters[0];
  return `--columns units=${span}${question.needs.includes("units") ? " (units=none)" : ""}`;
}

export const importTableCommand: Command = {
  summary: {
    vi: "Nhập chỉ tiêu từ bảng .xlsx/.csv: import-table TỆP [--sheet TRANG] [--columns name=B,plan=E] [--actuals-out TỆP.csv] --out TỆP.json|TỆP.xlsx",
    en: "Import targets from an .xlsx/.csv table: import-table FILE [--sheet S] [--columns name=B,plan=E] [--actuals-out FILE.csv] --out FILE.json|FILE.xlsx",
  },
  options: OPTIONS,
  async run(args, lang) {
    const parsed = parseOptionsAndFile(args, OPTIONS, Options, lang, {
      vi: "Cần đúng một tệp .xlsx hoặc .csv: import-table TỆP --out TỆP.json",
      en: "Give exactly one .xlsx or .csv file: import-table FILE --out FILE.json",
    });
    if (!parsed) return 2;
    const { path, values: v } = parsed;
    const input = resolve(path);
    const out = outputPath(v.out, [input], v.force, lang);
    const actualsOut = v["actuals-out"] === undefined ? undefined : outputPath(v["actuals-out"], [input], v.force, lang);
    if (!out || actualsOut === null) return 1;
    let data: Uint8Array;
    try {
      data = readFileSync(input);
    } catch {
      tell(lang, `Không đọc được tệp ${path}`, `Cannot read the file ${path}`);
      return 1;
    }
    const result = await importTableFile(
      { name: basename(path), data },
      { sheet: v.sheet, plan: v.plan, year: v.year, issuer: v.issuer, province: v.province, columns: columnChoice(v.columns) },
    );
    if (result.kind === "error") {
      tell(lang, result.message);
      return 1;
    }
    if (result.kind === "question") {
      tell(lang, result.question.message);
      const example = columnsExample(result.question);
      tell(lang, `Chạy lại với --columns, ví dụ: ${example}`, `Run again with --columns, e.g. ${example}`);
      return 3;
    }
    for (const w of result.warnings) tell(lang, formatTableProblem(w, "vi"), formatTableProblem(w, "en"));
    const bytes = /\.xlsx$/i.test(out) ? await catalogToXlsx(result.catalog) : `${JSON.stringify(result.catalog, null, 2)}\n`;
    if (!writeOut(out, bytes, lang)) return 1;
    if (actualsOut) {
      const csv = actualsCsv(result.actuals);
      if (!writeOut(actualsOut, `${csv}\n`, lang)) return 1;
    }
    const c = result.catalog;
    if (v.json) printJson(c.targets);
    tell(
      lang,
      `Đã ghi ${out}: ${c.targets.length} chỉ tiêu, ${c.agencies.length} cơ quan từ trang “${result.sheet}”${result.actuals.length ? `; ${result.actuals.length} số thực hiện${actualsOut ? ` vào ${actualsOut}` : " (dùng --actuals-out để ghi)"}` : ""}.`,
      `Wrote ${out}: ${c.targets.length} targets, ${c.agencies.length} agencies from sheet “${result.sheet}”${result.actuals.length ? `; ${result.actuals.length} actuals${actualsOut ? ` to ${actualsOut}` : " (write them with --actuals-out)"}` : ""}.`,
    );
    return 0;
  },
};
