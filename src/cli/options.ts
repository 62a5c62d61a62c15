/** What --help says about the options several commands share (one wording for each). */
import type { OptionDoc } from "./common";

const value = (vi: string, en: string) => ({ vi, en });

export const OPTION = {
  plan: { type: "string", value: value("MÃ", "ID"), text: value("mã kế hoạch (xem: kehoach plans)", "plan id (see: kehoach plans)") },
  agency: { type: "string", value: value("TÊN", "NAME"), text: value("cơ quan: mã, tên hoặc tên viết tắt, có dấu hay không", "agency: id, name or short name, diacritics optional") },
  period: { type: "string", value: value("KỲ", "P"), text: value("kỳ báo cáo: 2024, 2024-Q2, 2024-6M, 2024-9M, 2024-M03", "reporting period: 2024, 2024-Q2, 2024-6M, 2024-9M, 2024-M03") },
  catalog: { type: "string", value: value("TỆP.json", "FILE.json"), text: value("dùng tệp danh mục này thay cho danh mục có sẵn (seeds/)", "use this catalog file instead of the bundled one (seeds/)") },
  actuals: { type: "string", value: value("TỆP.csv", "FILE.csv"), text: value("số liệu thực hiện, CSV: mã,kỳ,giá trị", "actuals, CSV: id,period,value") },
  outXlsx: { type: "string", value: value("TỆP.xlsx", "FILE.xlsx"), text: value("tệp kết quả (bắt buộc)", "the file to write (required)") },
  force: { type: "boolean", text: value("cho phép ghi đè tệp --out đã có (không bao giờ ghi đè tệp đầu vào)", "allow replacing an existing --out file (inputs are never replaced)") },
  year: { type: "string", value: value("NĂM", "YEAR"), text: value("chỉ các chỉ tiêu của năm này", "only targets of this year") },
} satisfies Record<string, OptionDoc>;
