/*
 * KH.* custom functions. GENERATED from ./declarations.ts by `npm run functions`: edit the table there.
 * custom-functions-metadata-plugin reads the JSDoc below to write functions.json; the work happens in
 * ./specs.ts through ./dispatch.ts and ./run.ts. Arguments accept cell references and vi-VN number text ("14,5").
 */
import { call } from "./dispatch";

/**
 * Giá trị mục tiêu của chỉ tiêu (với khoảng: cận dưới, trừ khi chọn bound).
 * @customfunction TARGET
 * @param id Mã chỉ tiêu, ví dụ "bg-nq96.01"
 * @param [year] Năm (tùy chọn); chỉ tiêu bình quân/năm áp dụng cho mọi năm trong thời kỳ
 * @param [bound] Với khoảng: "min" (mặc định), "max" hoặc "mid"
 * @returns Giá trị mục tiêu
 */
export function target(id: any, year?: any, bound?: any): number {
  return call("TARGET", [id, year, bound]);
}

/**
 * Thông tin về chỉ tiêu: name, unit, agency, comparator, kind, year, group, plan, source, text.
 * @customfunction INFO
 * @param id Mã chỉ tiêu
 * @param field Trường cần lấy: name, unit, agency, comparator, kind, year, group, plan, source, text
 * @returns Giá trị của trường
 */
export function info(id: any, field: any): any {
  return call("INFO", [id, field]);
}

/**
 * Tỷ lệ thực hiện so với kế hoạch, dạng phân số (0,851 = 85,1%); nhận một ô hoặc một vùng ô.
 * @customfunction PERCENT
 * @param id Mã chỉ tiêu (một ô hoặc vùng ô)
 * @param actual Số thực hiện (một ô hoặc vùng ô; nhận cả chữ số kiểu Việt Nam "14,5")
 * @param [period] Kỳ báo cáo: 2024, 2024-Q2, 2024-6M, 2024-9M, 2024-M03 (mặc định: năm mục tiêu)
 * @returns % so kế hoạch
 */
export function percent(id: any[][], actual: any[][], period?: any): any[][] {
  return call("PERCENT", [id, actual, period]);
}

/**
 * Đánh giá tiến độ: "Đạt", "Đúng tiến độ", "Có nguy cơ", "Chậm tiến độ" hoặc "Chưa có số liệu".
 * @customfunction STATUS
 * @param id Mã chỉ tiêu (một ô hoặc vùng ô)
 * @param actual Số thực hiện (một ô hoặc vùng ô)
 * @param [period] Kỳ báo cáo (mặc định: năm mục tiêu)
 * @param [code] TRUE để trả mã trạng thái (achieved, on_track, at_risk, off_track, no_data)
 * @returns Trạng thái
 */
export function status(id: any[][], actual: any[][], period?: any, code?: any): any[][] {
  return call("STATUS", [id, actual, period, code]);
}

/**
 * Giá trị cần đạt tại kỳ báo cáo trên lộ trình tới mục tiêu.
 * @customfunction EXPECTED
 * @param id Mã chỉ tiêu
 * @param period Kỳ báo cáo: 2024, 2024-Q2, 2024-6M, 2024-9M, 2024-M03
 * @returns Giá trị cần đạt
 */
export function expected(id: any, period: any): number {
  return call("EXPECTED", [id, period]);
}

/**
 * Danh sách chỉ tiêu (mảng động có dòng tiêu đề): mã, tên, ĐVT, mục tiêu, năm, cơ quan chủ trì.
 * @customfunction LIST
 * @param [plan] Mã kế hoạch, ví dụ "bg-nq96"
 * @param [agency] Cơ quan chủ trì (mã hoặc một phần tên, không cần dấu)
 * @param [group] Nhóm: Kinh tế, Văn hóa – xã hội, Môi trường…
 * @returns Bảng chỉ tiêu
 */
export function list(plan?: any, agency?: any, group?: any): any[][] {
  return call("LIST", [plan, agency, group]);
}

/**
 * Kỳ báo cáo chứa một ngày, theo mốc chốt số liệu của Nghị định 09/2019/NĐ-CP.
 * @customfunction PERIOD
 * @param date Ngày (ô ngày, "2024-06-30" hoặc "30/6/2024")
 * @param [type] Loại kỳ: quarter (mặc định), month, half, nine_months, year
 * @returns Mã kỳ, ví dụ 2024-Q2
 */
export function period(date: any, type?: any): string {
  return call("PERIOD", [date, type]);
}

/**
 * Hạn gửi báo cáo của kỳ, dạng ngày Excel (định dạng ô là ngày).
 * @customfunction DEADLINE
 * @param period Kỳ báo cáo: 2024-Q2, 2024…
 * @param [plan] Mã kế hoạch (dùng quy định báo cáo của kế hoạch đó)
 * @returns Hạn nộp
 */
export function deadline(period: any, plan?: any): number {
  return call("DEADLINE", [period, plan]);
}
