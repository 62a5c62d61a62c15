/**
 * Which worksheet holds which part of a catalog, and which column holds which field: the one
 * description both the writer (catalog → sheets) and the reader (sheets → catalog) follow.
 */

/** How a field is written in a cell: text, a number, or a list ("; " for ids, one per line for names). */
export type FieldType = "text" | "number" | "ids" | "lines";

export interface FieldSpec {
  /** Dotted path in the record: "baseline.year", "source.text". */
  path: string;
  vi: string;
  en: string;
  type: FieldType;
  /** Column width in characters. */
  width: number;
}

export type TableKey = "targets" | "agencies" | "tasks" | "reporting";

export interface TableSpec {
  key: TableKey;
  sheet: string;
  fields: FieldSpec[];
}

const f = (path: string, vi: string, en: string, type: FieldType = "text", width = 14): FieldSpec => ({ path, vi, en, type, width });
const source = (prefix = "source"): FieldSpec[] => [
  f(`${prefix}.file`, "Nguồn: tệp", "Source: file", "text", 16),
  f(`${prefix}.sheet`, "Nguồn: trang tính", "Source: sheet", "text", 12),
  f(`${prefix}.line`, "Nguồn: dòng", "Source: line", "number", 8),
  f(`${prefix}.text`, "Nguồn: trích dẫn", "Source: quote", "text", 60),
];

export const TARGETS_TABLE: TableSpec = {
  key: "targets",
  sheet: "DM Chỉ tiêu",
  fields: [
    f("id", "Mã", "Id", "text", 16),
    f("plan", "Kế hoạch", "Plan", "text", 12),
    f("group", "Nhóm", "Group", "text", 16),
    f("parent", "Chỉ tiêu cha", "Parent", "text", 14),
    f("name", "Tên chỉ tiêu", "Name", "text", 50),
    f("nameEn", "Tên tiếng Anh", "English name", "text", 30),
    f("unit", "Đơn vị tính", "Unit", "text", 12),
    f("comparator", "So sánh", "Comparator", "text", 8),
    f("value", "Giá trị", "Value", "number", 10),
    f("min", "Từ", "Min", "number", 8),
    f("max", "Đến", "Max", "number", 8),
    f("kind", "Loại", "Kind", "text", 8),
    f("direction", "Chiều", "Direction", "text", 10),
    f("year", "Năm", "Year", "number", 7),
    f("fromYear", "Từ năm", "From year", "number", 7),
    f("baseline.year", "Năm gốc", "Baseline year", "number", 7),
    f("baseline.value", "Giá trị gốc", "Baseline value", "number", 9),
    ...source("baseline.source").map((s) => ({ ...s, vi: s.vi.replace("Nguồn", "Nguồn số gốc"), en: s.en.replace("Source", "Baseline source") })),
    f("agency", "Cơ quan chủ trì", "Lead agency", "text", 22),
    f("note", "Ghi chú", "Note", "text", 24),
    ...source(),
  ],
};

export const AGENCIES_TABLE: TableSpec = {
  key: "agencies",
  sheet: "DM Cơ quan",
  fields: [
    f("id", "Mã", "Id", "text", 28),
    f("name", "Tên cơ quan", "Name", "text", 40),
    f("nameEn", "Tên tiếng Anh", "English name", "text", 30),
    f("shortName", "Tên viết tắt", "Short name", "text", 14),
    f("level", "Cấp", "Level", "text", 10),
    f("aliases", "Tên khác (mỗi dòng một tên)", "Other names (one per line)", "lines", 40),
  ],
};

export const TASKS_TABLE: TableSpec = {
  key: "tasks",
  sheet: "DM Nhiệm vụ",
  fields: [
    f("id", "Mã", "Id", "text", 16),
    f("plan", "Kế hoạch", "Plan", "text", 12),
    f("title", "Nhiệm vụ", "Task", "text", 60),
    f("agencies", "Cơ quan chủ trì (mã, cách nhau bởi ;)", "Lead agencies (ids, ; separated)", "ids", 28),
    f("partners", "Cơ quan phối hợp (mã)", "Partners (ids)", "ids", 28),
    f("deadline.text", "Thời hạn", "Deadline", "text", 16),
    f("deadline.date", "Thời hạn: ngày", "Deadline: date", "text", 12),
    f("deadline.period", "Thời hạn: kỳ", "Deadline: period", "text", 10),
    f("targets", "Chỉ tiêu (mã)", "Targets (ids)", "ids", 24),
    ...source(),
  ],
};

export const REPORTING_TABLE: TableSpec = {
  key: "reporting",
  sheet: "DM Báo cáo",
  fields: [
    f("frequency", "Tần suất", "Frequency", "text", 12),
    f("recipient", "Nơi nhận (mã)", "Recipient (id)", "text", 28),
    f("due.type", "Hạn: kiểu", "Due: type", "text", 24),
    f("due.month", "Hạn: tháng", "Due: month", "number", 8),
    f("due.day", "Hạn: ngày", "Due: day", "number", 8),
    f("due.yearOffset", "Hạn: năm sau", "Due: year offset", "number", 8),
    f("due.days", "Hạn: số ngày làm việc", "Due: working days", "number", 8),
    f("due.date", "Hạn: ngày cố định", "Due: fixed date", "text", 12),
    f("what", "Nội dung báo cáo", "What is reported", "text", 50),
    ...source(),
  ],
};

export const TABLES: readonly TableSpec[] = [TARGETS_TABLE, AGENCIES_TABLE, TASKS_TABLE, REPORTING_TABLE];

/** The plan sheet: one field per row (field | value), since a catalog has one plan. */
export const PLAN_SHEET = "DM Kế hoạch";
export const PLAN_FIELDS: readonly FieldSpec[] = [
  f("version", "Phiên bản danh mục", "Catalog version"),
  f("$schema", "Lược đồ", "Schema"),
  f("plan.id", "Mã kế hoạch", "Plan id"),
  f("plan.type", "Loại văn bản", "Document type"),
  f("plan.number", "Số hiệu", "Number"),
  f("plan.title", "Tên kế hoạch", "Title"),
  f("plan.titleEn", "Tên tiếng Anh", "English title"),
  f("plan.issuer", "Cơ quan ban hành", "Issuer"),
  f("plan.date", "Ngày ban hành", "Issue date"),
  f("plan.province", "Tỉnh", "Province"),
  f("plan.sourceFile", "Tệp nguồn", "Source file"),
  f("plan.implements", "Thực hiện văn bản (mỗi dòng một văn bản)", "Implements (one per line)", "lines"),
];
export const PLAN_HEADER = { field: { vi: "Trường", en: "Field" }, value: { vi: "Giá trị", en: "Value" } };

/** Every sheet the catalog is written to, in order. */
export const CATALOG_SHEET_NAMES: readonly string[] = [PLAN_SHEET, ...TABLES.map((t) => t.sheet)];

/** "Tên chỉ tiêu (name)": the header names the field so that reading back never guesses. */
export function headerLabel(field: FieldSpec): string {
  return `${field.vi} (${field.path})`;
}
