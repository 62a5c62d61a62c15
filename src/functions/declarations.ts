/**
 * KH.* functions declared once: name, Vietnamese descriptions, parameters (optional, range) and
 * result. functions.ts (the JSDoc custom-functions-metadata-plugin reads) is written from this table
 * by `npm run functions`; the runner (engine.ts) checks calls against it; tests compare the
 * generated functions.json and the specs with it.
 */

export interface ParamDeclaration {
  name: string;
  description: string;
  optional?: boolean;
  /** Takes a range (a matrix): the function spreads over it. */
  range?: boolean;
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
      { name: "id", description: 'Mã chỉ tiêu, ví dụ "bg-nq96.01"' },
      { name: "year", description: "Năm (tùy chọn); chỉ tiêu bình quân/năm áp dụng cho mọi năm trong thời kỳ", optional: true },
      { name: "bound", description: 'Với khoảng: "min" (mặc định), "max" hoặc "mid"', optional: true },
    ],
    result: "number",
    returns: "Giá trị mục tiêu",
  },
  INFO: {
    description: "Thông tin về chỉ tiêu: name, unit, agency, comparator, kind, year, group, plan, source, text.",
    params: [
      { name: "id", description: "Mã chỉ tiêu" },
      { name: "field", description: "Trường cần lấy: name, unit, agency, comparator, kind, year, group, plan, source, text" },
    ],
    result: "any",
    returns: "Giá trị của trường",
  },
  PERCENT: {
    description: "Tỷ lệ thực hiện so với kế hoạch, dạng phân số (0,851 = 85,1%); nhận một ô hoặc một vùng ô.",
    params: [
      { name: "id", description: "Mã chỉ tiêu (một ô hoặc vùng ô)", range: true },
      { name: "actual", description: 'Số thực hiện (một ô hoặc vùng ô; nhận cả chữ số kiểu Việt Nam "14,5")', range: true },
      { name: "period", description: "Kỳ báo cáo: 2024, 2024-Q2, 2024-6M, 2024-9M, 2024-M03 (mặc định: năm mục tiêu)", optional: true },
    ],
    result: "matrix",
    returns: "% so kế hoạch",
  },
  STATUS: {
    description: 'Đánh giá tiến độ: "Đạt", "Đúng tiến độ", "Có nguy cơ", "Chậm tiến độ" hoặc "Chưa có số liệu".',
    params: [
      { name: "id", description: "Mã chỉ tiêu (một ô hoặc vùng ô)", range: true },
      { name: "actual", description: "Số thực hiện (một ô hoặc vùng ô)", range: true },
      { name: "period", description: "Kỳ báo cáo (mặc định: năm mục tiêu)", optional: true },
      { name: "code", description: "TRUE để trả mã trạng thái (achieved, on_track, at_risk, off_track, no_data)", optional: true },
    ],
    result: "matrix",
    returns: "Trạng thái",
  },
  EXPECTED: {
    description: "Giá trị cần đạt tại kỳ báo cáo trên lộ trình tới mục tiêu.",
    params: [
      { name: "id", description: "Mã chỉ tiêu" },
      { name: "period", description: "Kỳ báo cáo: 2024, 2024-Q2, 2024-6M, 2024-9M, 2024-M03" },
    ],
    result: "number",
    returns: "Giá trị cần đạt",
  },
  LIST: {
    description: "Danh sách chỉ tiêu (mảng động có dòng tiêu đề): mã, tên, ĐVT, mục tiêu, năm, cơ quan chủ trì.",
    params: [
      { name: "plan", description: 'Mã kế hoạch, ví dụ "bg-nq96"', optional: true },
      { name: "agency", description: "Cơ quan chủ trì (mã hoặc một phần tên, không cần dấu)", optional: true },
      { name: "group", description: "Nhóm: Kinh tế, Văn hóa – xã hội, Môi trường…", optional: true },
    ],
    result: "matrix",
    returns: "Bảng chỉ tiêu",
  },
  PERIOD: {
    description: "Kỳ báo cáo chứa một ngày, theo mốc chốt số liệu của Nghị định 09/2019/NĐ-CP.",
    params: [
      { name: "date", description: 'Ngày (ô ngày, "2024-06-30" hoặc "30/6/2024")' },
      { name: "type", description: "Loại kỳ: quarter (mặc định), month, half, nine_months, year", optional: true },
    ],
    result: "string",
    returns: "Mã kỳ, ví dụ 2024-Q2",
  },
  DEADLINE: {
    description: "Hạn gửi báo cáo của kỳ, dạng ngày Excel (định dạng ô là ngày).",
    params: [
      { name: "period", description: "Kỳ báo cáo: 2024-Q2, 2024…" },
      { name: "plan", description: "Mã kế hoạch (dùng quy định báo cáo của kế hoạch đó)", optional: true },
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
 * ./specs.ts through ./dispatch.ts. Arguments accept cell references and vi-VN number text ("14,5").
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
