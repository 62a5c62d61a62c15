/** The consolidated workbook as sheets: the province's annex, then the four control sheets. */
import { layoutAnnexWorkbook, layoutTableSheet } from "../annex/layout";
import type { SheetLayout } from "../sheet/layout";
import { layoutSummarySheet } from "../annex/summary";
import { periodInfo, periodLabel, viDate } from "../annex/calendar";
import { COLUMN_SPECS } from "../annex/columns";
import type { MetaRecord } from "../annex/meta";
import type { ConsolidationResult, TimelinessRow } from "./consolidate";

export const CONSOLIDATED_SHEETS = {
  targets: "Tổng hợp",
  tasks: "Nhiệm vụ",
  completeness: "Đầy đủ",
  timeliness: "Đúng hạn",
  conflicts: "Xung đột",
  rejected: "Bị loại",
} as const;

const TIMELINESS_WORDS: Record<TimelinessRow["status"], string> = {
  on_time: "Đúng hạn",
  late: "Trễ hạn",
  missing: "Chưa nộp",
  overdue: "Quá hạn, chưa nộp",
  no_deadline: "Không có hạn",
  no_date: "Không rõ ngày nộp",
};
const COMPLETENESS_WORDS = { complete: "Đủ", partial: "Thiếu số liệu", missing: "Chưa nộp" } as const;
const SOURCE_WORDS = { metadata: "ngày nộp ghi trong tệp", file: "ngày sửa tệp", generated: "ngày lập phụ lục" } as const;
const FIELD_WORDS = {
  actual: COLUMN_SPECS.actual.header,
  lastYear: COLUMN_SPECS.lastYear.header,
  estimateYear: COLUMN_SPECS.estimateYear.header,
} as const;

export function layoutConsolidation(result: ConsolidationResult): { sheets: SheetLayout[]; meta: MetaRecord[] } {
  const annex = layoutAnnexWorkbook(result.annex, { sheetNames: { targets: CONSOLIDATED_SHEETS.targets, tasks: CONSOLIDATED_SHEETS.tasks } });
  const info = periodInfo(result.period)!;
  const label = periodLabel(info);
  // The plan by its title, as a reader knows it; its id stays in the hidden metadata.
  const subtitle = [`${result.planTitle} — ${label}`, `Lập ngày ${viDate(result.now.slice(0, 10))}`];
  const sheets = [...annex.sheets, layoutSummarySheet(result.annex, subtitle)];

  sheets.push(
    layoutTableSheet(
      CONSOLIDATED_SHEETS.completeness,
      `TÌNH HÌNH NỘP PHỤ LỤC ${label.toUpperCase()}`,
      subtitle,
      [
        { header: "STT", width: 6 },
        { header: "Cơ quan", width: 34, wrap: true },
        { header: "Số chỉ tiêu phải báo cáo", width: 12 },
        { header: "Đã có số liệu", width: 12 },
        { header: "Tình trạng", width: 16 },
        { header: "Chỉ tiêu còn thiếu", width: 60, wrap: true },
        { header: "Tệp đã nhận", width: 30, wrap: true },
      ],
      result.completeness.map((c, i) => [
        String(i + 1),
        c.agencyName,
        c.expected,
        c.reported,
        COMPLETENESS_WORDS[c.status],
        c.missing.join("; ") || null,
        c.files.join("; ") || null,
      ]),
      {
        column: 5,
        rules: [
          { text: COMPLETENESS_WORDS.complete, tone: "good" },
          { text: COMPLETENESS_WORDS.partial, tone: "warn" },
          { text: COMPLETENESS_WORDS.missing, tone: "bad" },
        ],
      },
    ),
  );

  sheets.push(
    layoutTableSheet(
      CONSOLIDATED_SHEETS.timeliness,
      `THỜI HẠN NỘP PHỤ LỤC ${label.toUpperCase()}`,
      subtitle,
      [
        { header: "STT", width: 6 },
        { header: "Cơ quan", width: 34, wrap: true },
        { header: "Tệp", width: 28, wrap: true },
        { header: "Ngày nộp", width: 12 },
        { header: "Căn cứ ngày nộp", width: 20, wrap: true },
        { header: "Hạn nộp", width: 12 },
        { header: "Số ngày trễ", width: 10 },
        { header: "Đánh giá", width: 18 },
      ],
      result.timeliness.map((t, i) => [
        String(i + 1),
        t.agencyName,
        t.file,
        t.submittedOn ? viDate(t.submittedOn) : null,
        t.source ? SOURCE_WORDS[t.source] : null,
        t.deadline ? viDate(t.deadline) : null,
        t.daysLate,
        TIMELINESS_WORDS[t.status],
      ]),
      {
        column: 8,
        rules: [
          { text: TIMELINESS_WORDS.on_time, tone: "good" },
          { text: TIMELINESS_WORDS.late, tone: "warn" },
          { text: TIMELINESS_WORDS.missing, tone: "warn" },
          { text: TIMELINESS_WORDS.overdue, tone: "bad" },
          { text: TIMELINESS_WORDS.no_date, tone: "warn" },
        ],
      },
    ),
  );

  sheets.push(
    layoutTableSheet(
      CONSOLIDATED_SHEETS.conflicts,
      "SỐ LIỆU KHÁC NHAU GIỮA CÁC BẢN NỘP",
      subtitle,
      [
        { header: "STT", width: 6 },
        { header: "Mã chỉ tiêu", width: 18 },
        { header: "Chỉ tiêu", width: 40, wrap: true },
        { header: "Cột", width: 18, wrap: true },
        { header: "Cơ quan", width: 28, wrap: true },
        { header: "Tệp", width: 24, wrap: true },
        { header: "Dòng", width: 7 },
        { header: "Giá trị", width: 14 },
        { header: "Được dùng", width: 10 },
        { header: "Cách chọn", width: 44, wrap: true },
      ],
      result.conflicts.map((c, i) => [
        String(i + 1),
        c.targetId,
        c.targetName,
        FIELD_WORDS[c.field],
        c.agencyName,
        c.file,
        c.row,
        c.value,
        c.chosen ? "Có" : "Không",
        c.rule.vi,
      ]),
    ),
  );

  sheets.push(
    layoutTableSheet(
      CONSOLIDATED_SHEETS.rejected,
      "TỆP VÀ SỐ LIỆU KHÔNG ĐƯA VÀO TỔNG HỢP",
      subtitle,
      [
        { header: "STT", width: 6 },
        { header: "Tệp", width: 28, wrap: true },
        { header: "Trang", width: 14 },
        { header: "Dòng", width: 7 },
        { header: "Cột", width: 18 },
        { header: "Cơ quan", width: 20, wrap: true },
        { header: "Mã chỉ tiêu", width: 18 },
        { header: "Giá trị đã nộp", width: 18, wrap: true, format: "@" },
        { header: "Lý do", width: 50, wrap: true },
        { header: "Reason (English)", width: 40, wrap: true },
      ],
      result.rejected.map((r, i) => [
        String(i + 1),
        r.file,
        r.sheet ?? null,
        r.row ?? null,
        r.field ? ((FIELD_WORDS as Record<string, string>)[r.field] ?? r.field) : null,
        r.agency ?? null,
        r.targetId ?? null,
        r.value ?? null,
        r.reason.vi,
        r.reason.en,
      ]),
    ),
  );
  return { sheets, meta: annex.meta };
}
