/**
 * KH.* functions declared once: name, Vietnamese descriptions, parameters (their kind, optional, range)
 * and result. functions.ts (the JSDoc custom-functions-metadata-plugin reads) is written from this table
 * by `npm run functions`; the runner (run.ts) coerces each argument by its kind (args.ts), spreads over
 * ranges and maps errors; tests compare the generated functions.json with it.
 */

/**
 * What a cell must hold, and what the spec receives:
 * target — a target id → the Target; plan — a plan id → the Plan; number — a number or vi-VN number text
 * ("14,5", "15.295"); year — a plan year; period — a period code (2024, 2024-Q2, 2024-M03…), normalised;
 * date — an Excel date, "2024-06-30" or "30/6/2024"; text — trimmed NFC text; choice — one of `choices`
 * or a Vietnamese alias; flag — TRUE/FALSE (empty is FALSE).
 */
export type ParamKind = "target" | "plan" | "number" | "year" | "period" | "date" | "text" | "choice" | "flag";

export interface ParamDeclaration {
  name: string;
  /** The parameter in Vietnamese words, for messages ("Thiếu số liệu thực hiện", never "actual"). */
  words: string;
  description: string;
  kind: ParamKind;
  /** May be left out: the spec receives `default`, or undefined. */
  optional?: boolean;
  /** Must be given, but its cell may be empty (no actual yet): the spec receives undefined. */
  mayBeEmpty?: boolean;
  /** Takes a range (a matrix): the runner spreads the function over it, one result cell per cell. */
  range?: boolean;
  /** kind "choice": the words accepted, Vietnamese aliases for them, and the value of an empty cell. */
  choices?: readonly string[];
  aliases?: Readonly<Record<string, string>>;
  default?: string;
}

export interface FunctionDeclaration {
  description: string;
  params: readonly ParamDeclaration[];
  /** What a cell receives: one number, one text, either, or a spilling matrix. */
  result: "number" | "string" | "any" | "matrix";
  /** The @returns line. */
  returns: string;
}

export const DECLARATIONS = {
  TARGET: {
    description: "Giá trị mục tiêu của chỉ tiêu (với khoảng: cận dưới, trừ khi chọn bound).",
    params: [
      { name: "id", words: "mã chỉ tiêu", description: 'Mã chỉ tiêu, ví dụ "bg-nq96.01"', kind: "target" },
      { name: "year", words: "năm", description: "Năm (tùy chọn); chỉ tiêu bình quân/năm áp dụng cho mọi năm trong thời kỳ", kind: "year", optional: true },
      {
        name: "bound", words: "cận của khoảng", description: 'Với khoảng: "min" (mặc định), "max" hoặc "mid"', kind: "choice", optional: true,
        choices: ["min", "max", "mid"], aliases: { "thấp": "min", "cao": "max", "giữa": "mid" }, default: "min",
      },
    ],
    result: "number",
    returns: "Giá trị mục tiêu",
  },
  INFO: {
    description: "Thông tin về chỉ tiêu: name, unit, agency, comparator, kind, year, group, plan, source, text.",
    params: [
      { name: "id", words: "mã chỉ tiêu", description: "Mã chỉ tiêu", kind: "target" },
      {
        name: "field", words: "thông tin cần lấy", description: "Trường cần lấy: name, unit, agency, comparator, kind, year, group, plan, source, text", kind: "choice",
        choices: ["name", "unit", "agency", "comparator", "kind", "year", "group", "plan", "source", "text"],
        aliases: {
          "tên": "name", "ten": "name", "đvt": "unit", "dvt": "unit", "đơn vị": "unit", "cơ quan": "agency", "co quan": "agency",
          "năm": "year", "nam": "year", "nhóm": "group", "nhom": "group", "kế hoạch": "plan", "ke hoach": "plan", "nguồn": "source", "nguon": "source",
        },
      },
    ],
    result: "any",
    returns: "Giá trị của trường",
  },
  PERCENT: {
    description: "Tỷ lệ thực hiện so với kế hoạch, dạng phân số (0,851 = 85,1%); nhận một ô hoặc một vùng ô.",
    params: [
      { name: "id", words: "mã chỉ tiêu", description: "Mã chỉ tiêu (một ô hoặc vùng ô)", kind: "target", range: true },
      { name: "actual", words: "số thực hiện", description: 'Số thực hiện (một ô hoặc vùng ô; nhận cả chữ số kiểu Việt Nam "14,5")', kind: "number", range: true, mayBeEmpty: true },
      { name: "period", words: "kỳ báo cáo", description: "Kỳ báo cáo: 2024, 2024-Q2, 2024-6M, 2024-9M, 2024-M03 (mặc định: năm mục tiêu)", kind: "period", optional: true },
    ],
    result: "matrix",
    returns: "% so kế hoạch",
  },
  STATUS: {
    description: 'Đánh giá tiến độ: "Đạt", "Đúng tiến độ", "Có nguy cơ", "Chậm tiến độ" hoặc "Chưa có số liệu".',
    params: [
      { name: "id", words: "mã chỉ tiêu", description: "Mã chỉ tiêu (một ô hoặc vùng ô)", kind: "target", range: true },
      { name: "actual", words: "số thực hiện", description: "Số thực hiện (một ô hoặc vùng ô)", kind: "number", range: true, mayBeEmpty: true },
      { name: "period", words: "kỳ báo cáo", description: "Kỳ báo cáo (mặc định: năm mục tiêu)", kind: "period", optional: true },
      { name: "code", words: "dạng mã trạng thái", description: "TRUE để trả mã trạng thái (achieved, on_track, at_risk, off_track, no_data)", kind: "flag", optional: true },
    ],
    result: "matrix",
    returns: "Trạng thái",
  },
  EXPECTED: {
    description: "Giá trị cần đạt tại kỳ báo cáo trên lộ trình tới mục tiêu.",
    params: [
      { name: "id", words: "mã chỉ tiêu", description: "Mã chỉ tiêu", kind: "target" },
      { name: "period", words: "kỳ báo cáo", description: "Kỳ báo cáo: 2024, 2024-Q2, 2024-6M, 2024-9M, 2024-M03", kind: "period" },
    ],
    result: "number",
    returns: "Giá trị cần đạt",
  },
  LIST: {
    description: "Danh sách chỉ tiêu (mảng động có dòng tiêu đề): mã, tên, ĐVT, mục tiêu, năm, cơ quan chủ trì.",
    params: [
      { name: "plan", words: "kế hoạch", description: 'Mã kế hoạch, ví dụ "bg-nq96"', kind: "plan", optional: true },
      { name: "agency", words: "cơ quan", description: "Cơ quan chủ trì (mã hoặc một phần tên, không cần dấu)", kind: "text", optional: true },
      { name: "group", words: "nhóm", description: "Nhóm: Kinh tế, Văn hóa – xã hội, Môi trường…", kind: "text", optional: true },
    ],
    result: "matrix",
    returns: "Bảng chỉ tiêu",
  },
  PERIOD: {
    description: "Kỳ báo cáo chứa một ngày, theo mốc chốt số liệu của Nghị định 09/2019/NĐ-CP.",
    params: [
      { name: "date", words: "ngày", description: 'Ngày (ô ngày, "2024-06-30" hoặc "30/6/2024")', kind: "date" },
      {
        name: "type", words: "loại kỳ", description: "Loại kỳ: quarter (mặc định), month, half, nine_months, year", kind: "choice", optional: true,
        choices: ["month", "quarter", "half", "nine_months", "year"],
        aliases: {
          "tháng": "month", "thang": "month", "quý": "quarter", "quy": "quarter", "6 tháng": "half", "6m": "half",
          "9 tháng": "nine_months", "9m": "nine_months", "năm": "year", "nam": "year",
        },
        default: "quarter",
      },
    ],
    result: "string",
    returns: "Mã kỳ, ví dụ 2024-Q2",
  },
  DEADLINE: {
    description: "Hạn gửi báo cáo của kỳ, dạng ngày Excel (định dạng ô là ngày).",
    params: [
      { name: "period", words: "kỳ báo cáo", description: "Kỳ báo cáo: 2024-Q2, 2024…", kind: "period" },
      { name: "plan", words: "kế hoạch", description: "Mã kế hoạch (dùng quy định báo cáo của kế hoạch đó)", kind: "plan", optional: true },
    ],
    result: "number",
    returns: "Hạn nộp",
  },
} as const satisfies Record<string, FunctionDeclaration>;

export type FunctionName = keyof typeof DECLARATIONS;

export const FUNCTION_NAMES = Object.keys(DECLARATIONS) as FunctionName[];

const TS_RESULT = { number: "number", string: "string", any: "any", matrix: "any[][]" } as const;

/** The source of functions.ts: JSDoc for the metadata plugin and a one-line body per function. */
export function functionsSource(): string {
  const header = `/*
 * KH.* custom functions. GENERATED from ./declarations.ts by \`npm run functions\`: edit the table there.
 * custom-functions-metadata-plugin reads the JSDoc below to write functions.json; the work happens in
 * ./specs.ts through ./dispatch.ts and ./run.ts. Arguments accept cell references and vi-VN number text ("14,5").
 */
import { call } from "./dispatch";
`;
  const blocks = FUNCTION_NAMES.map((name) => {
    const d: FunctionDeclaration = DECLARATIONS[name];
    const doc = [
      d.description,
      `@customfunction ${name}`,
      ...d.params.map((p) => `@param ${p.optional ? `[${p.name}]` : p.name} ${p.description}`),
      `@returns ${d.returns}`,
    ];
    const params = d.params.map((p) => `${p.name}${p.optional ? "?" : ""}: ${p.range ? "any[][]" : "any"}`).join(", ");
    return `
/**
${doc.map((line) => ` * ${line}`).join("\n")}
 */
export function ${name.toLowerCase()}(${params}): ${TS_RESULT[d.result]} {
  return call("${name}", [${d.params.map((p) => p.name).join(", ")}]);
}
`;
  });
  return header + blocks.join("");
}
