/**
 * Excel's own errors, said so a user knows what to do: Office.js reports them by code, in English,
 * and some (a cell being edited, the 5 MB request limit of Excel on the web) are the user's to fix.
 */
import { BilingualError, type Bilingual } from "../core/messages";

const EXPLAINED: Record<string, Bilingual> = {
  InvalidOperationInCellEditMode: {
    vi: "Excel đang ở chế độ sửa ô: hãy nhấn Enter hoặc Esc trong ô đang sửa rồi thử lại.",
    en: "Excel is editing a cell: press Enter or Esc in that cell, then try again.",
  },
  RequestPayloadSizeLimitExceeded: {
    vi: "Dữ liệu quá lớn để ghi vào Excel trong một lần (Excel trên web nhận tối đa 5 MB mỗi lần): hãy dùng “Tải về tệp .xlsx” rồi mở tệp đó.",
    en: "Too much data to write into Excel at once (Excel on the web takes at most 5 MB per request): use “Download .xlsx” and open that file.",
  },
  ResponsePayloadSizeLimitExceeded: {
    vi: "Vùng dữ liệu quá lớn để Excel trên web gửi về trong một lần: hãy chọn bảng nhỏ hơn.",
    en: "The data is too large for Excel on the web to send back at once: pick a smaller table.",
  },
  AccessDenied: {
    vi: "Excel không cho phép thao tác này: trang tính hoặc sổ làm việc đang được bảo vệ hay chỉ đọc.",
    en: "Excel refused the operation: the sheet or workbook is protected or read-only.",
  },
  ItemNotFound: {
    vi: "Không tìm thấy trang tính hoặc bảng cần dùng (có thể vừa bị đổi tên hay xoá): hãy tải lại danh sách rồi thử lại.",
    en: "A sheet or table the operation needs was not found (it may have just been renamed or deleted): reload the list and try again.",
  },
};

/** The same error, explained in both languages when its code is one the user can act on. */
export function explainOfficeError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  const text = typeof code === "string" ? EXPLAINED[code] : undefined;
  return text ? new BilingualError(text) : error;
}

/** Excel.run, with Excel's errors explained. */
export async function runExplained<T>(operation: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(operation);
  } catch (e) {
    throw explainOfficeError(e);
  }
}
