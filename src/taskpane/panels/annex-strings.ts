/**
 * Words of the annex panel's later additions (evaluation-word settings, figures carried from the workbook),
 * kept out of i18n.ts so they load with the panel, not with the pane's first screen (165 KB budget).
 */
import type { Lang } from "../../core/messages";

export interface AnnexStrings {
  wordsToggle: string;
  wordsTitle: string;
  wordsHint: string;
  wordsReset: string;
  wordsCustom: (count: number) => string;
  notCarriedTitle: (count: number) => string;
  more: (count: number) => string;
}

export const ANNEX_STRINGS: Record<Lang, AnnexStrings> = {
  vi: {
    wordsToggle: "Từ đánh giá…",
    wordsTitle: "Từ dùng trong cột Đánh giá",
    wordsHint: "Dùng cho phụ lục, tô màu và báo cáo tổng hợp; để trống là dùng từ mặc định.",
    wordsReset: "Dùng từ mặc định",
    wordsCustom: (count) => `Đang dùng ${count} từ đánh giá riêng.`,
    notCarriedTitle: (count) => `${count} ô không chép sang phụ lục mới (vẫn còn trên trang cũ):`,
    more: (count) => `… và ${count} ô khác.`,
  },
  en: {
    wordsToggle: "Evaluation words…",
    wordsTitle: "Words of the Assessment column",
    wordsHint: "Used in annexes, their colours and consolidated reports; leave empty for the default word.",
    wordsReset: "Use the default words",
    wordsCustom: (count) => `Using ${count} custom evaluation word(s).`,
    notCarriedTitle: (count) => `${count} cell(s) not carried into the new annex (they stay on the old sheet):`,
    more: (count) => `… and ${count} more.`,
  },
};
