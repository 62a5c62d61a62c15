/**
 * Data for the extractor: indicator phrases, units, abbreviations and the words plans use
 * to state targets. Kept apart from the code so it can grow without touching the logic.
 * Everything is proper Vietnamese (NFC); matching is done on folded text.
 */
import type { Direction, TargetKind } from "../catalog/schema";

export interface IndicatorPhrase {
  /** The indicator as it should be written. */
  phrase: string;
  direction?: Direction;
  kind?: TargetKind;
}

/**
 * Indicator phrases common in Vietnamese socio-economic plans. Used to repair names in OCR text
 * without diacritics and to infer direction (lower is better) and kind.
 */
export const INDICATORS: readonly IndicatorPhrase[] = [
  // Kinh tế
  { phrase: "Tốc độ tăng trưởng kinh tế", kind: "rate" },
  { phrase: "Tốc độ tăng trưởng GRDP", kind: "rate" },
  { phrase: "Tốc độ tăng GRDP", kind: "rate" },
  { phrase: "Tốc độ tăng năng suất lao động", kind: "rate" },
  { phrase: "Tốc độ tăng thu ngân sách", kind: "rate" },
  { phrase: "Quy mô GRDP" },
  { phrase: "GRDP bình quân đầu người" },
  { phrase: "Thu nhập bình quân đầu người" },
  { phrase: "Cơ cấu kinh tế" },
  { phrase: "Cơ cấu lao động" },
  { phrase: "Thu ngân sách nhà nước", kind: "flow" },
  { phrase: "Thu nội địa", kind: "flow" },
  { phrase: "Chi ngân sách địa phương", kind: "flow" },
  { phrase: "Tổng vốn đầu tư toàn xã hội", kind: "flow" },
  { phrase: "Huy động vốn đầu tư phát triển toàn xã hội", kind: "flow" },
  { phrase: "Kim ngạch xuất khẩu", kind: "flow" },
  { phrase: "Kim ngạch nhập khẩu", kind: "flow" },
  { phrase: "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", kind: "flow" },
  { phrase: "Giá trị sản xuất công nghiệp", kind: "flow" },
  { phrase: "Giá trị sản xuất trên 01 ha đất sản xuất nông nghiệp" },
  { phrase: "Giá trị sản xuất" },
  { phrase: "đất sản xuất nông nghiệp" },
  { phrase: "Năng suất lao động" },
  { phrase: "năng suất nhân tố tổng hợp" },
  { phrase: "Khách du lịch", kind: "flow" },
  { phrase: "Số doanh nghiệp thành lập mới", kind: "flow" },
  { phrase: "Tỷ trọng kinh tế số" },
  { phrase: "Tỷ lệ đô thị hóa" },
  { phrase: "Tỷ lệ dân số đô thị" },
  { phrase: "Tỷ lệ xã đạt chuẩn nông thôn mới" },
  { phrase: "đạt chuẩn nông thôn mới" },
  { phrase: "nông thôn mới nâng cao" },
  { phrase: "nông thôn mới kiểu mẫu" },
  { phrase: "Chỉ số năng lực cạnh tranh cấp tỉnh" },
  // Văn hóa – xã hội
  { phrase: "Tỷ lệ hộ nghèo", direction: "decrease" },
  { phrase: "Tỷ lệ hộ cận nghèo", direction: "decrease" },
  { phrase: "Tỷ lệ lao động qua đào tạo" },
  { phrase: "có văn bằng, chứng chỉ" },
  { phrase: "Tỷ lệ thất nghiệp", direction: "decrease" },
  { phrase: "Tỷ lệ lao động thất nghiệp", direction: "decrease" },
  { phrase: "thất nghiệp thành thị", direction: "decrease" },
  { phrase: "Tỷ trọng lao động nông nghiệp", direction: "decrease" },
  { phrase: "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", direction: "decrease" },
  { phrase: "suy dinh dưỡng", direction: "decrease" },
  { phrase: "Tỷ suất tử vong", direction: "decrease" },
  { phrase: "tai nạn giao thông", direction: "decrease" },
  { phrase: "Số giường bệnh" },
  { phrase: "giường bệnh/10.000 dân" },
  { phrase: "Số bác sĩ" },
  { phrase: "Tỷ lệ dân số tham gia bảo hiểm y tế" },
  { phrase: "Tỷ lệ người dân có thẻ bảo hiểm y tế" },
  { phrase: "tham gia bảo hiểm xã hội" },
  { phrase: "Tỷ lệ trường đạt chuẩn quốc gia" },
  { phrase: "Tỷ lệ trường chuẩn quốc gia" },
  { phrase: "mức độ" },
  { phrase: "Chỉ số phát triển con người" },
  { phrase: "Tuổi thọ trung bình" },
  { phrase: "Tỷ lệ thôn, bản, tổ dân phố đạt danh hiệu văn hóa" },
  { phrase: "Tỷ lệ gia đình đạt danh hiệu gia đình văn hóa" },
  { phrase: "Tỷ lệ phường, thị trấn đạt chuẩn văn minh đô thị" },
  { phrase: "Tỷ lệ xã có đầy đủ các thiết chế văn hóa, thể thao" },
  { phrase: "thiết chế văn hóa, thể thao" },
  { phrase: "cấp thôn, cấp xã" },
  { phrase: "Tỷ lệ thời gian lao động được sử dụng" },
  { phrase: "lao động trong độ tuổi" },
  { phrase: "người có việc làm mới", kind: "flow" },
  { phrase: "các xã đặc biệt khó khăn" },
  { phrase: "theo chuẩn giai đoạn" },
  { phrase: "chuẩn nghèo đa chiều" },
  { phrase: "theo chuẩn đa chiều" },
  // Môi trường
  { phrase: "Tỷ lệ dân số được cấp nước sạch" },
  { phrase: "Tỷ lệ dân số được sử dụng nước sạch" },
  { phrase: "Tỷ lệ dân số được dùng nước sạch" },
  { phrase: "đạt quy chuẩn" },
  { phrase: "trở lên" },
  { phrase: "Tỷ lệ chất thải rắn được thu gom, xử lý" },
  { phrase: "Tỷ lệ chất thải rắn được thu gom xử lý hợp vệ sinh" },
  { phrase: "Tỷ lệ chất thải rắn" },
  { phrase: "thu gom, xử lý hợp vệ sinh" },
  { phrase: "hệ thống xử lý nước thải tập trung" },
  { phrase: "đạt tiêu chuẩn môi trường" },
  { phrase: "đang hoạt động" },
  { phrase: "Tỷ lệ cơ sở gây ô nhiễm môi trường nghiêm trọng được xử lý" },
  { phrase: "Tỷ lệ che phủ rừng" },
  { phrase: "Tỷ lệ độ che phủ rừng" },
  // Chuyển đổi số, chính quyền, an ninh
  { phrase: "hồ sơ công việc" },
  { phrase: "xử lý trên môi trường mạng" },
  { phrase: "dịch vụ công trực tuyến" },
  { phrase: "thanh toán không dùng tiền mặt" },
  { phrase: "kỹ năng số cơ bản" },
  { phrase: "Tỷ lệ tội phạm", direction: "decrease" },
  { phrase: "số vụ tai nạn", direction: "decrease" },
  { phrase: "ô nhiễm", direction: "decrease" },
  // Common words that OCR damages often
  { phrase: "khu vực thành thị" },
  { phrase: "khu vực nông thôn" },
  { phrase: "thành thị" },
  { phrase: "nông thôn" },
  { phrase: "công nghiệp - xây dựng" },
  { phrase: "nông, lâm nghiệp và thủy sản" },
  { phrase: "nông, lâm nghiệp, thủy sản" },
  { phrase: "dịch vụ" },
  { phrase: "thuế sản phẩm" },
  { phrase: "bao gồm cả" },
  { phrase: "không tính" },
  { phrase: "trong đó" },
  { phrase: "lũy kế" },
  { phrase: "Tỷ lệ" },
  { phrase: "cơ sở" },
  { phrase: "môi trường" },
  { phrase: "gây ô nhiễm" },
  { phrase: "nghiêm trọng" },
  { phrase: "được xử lý" },
  { phrase: "xử lý" },
  { phrase: "giường của" },
  { phrase: "trạm y tế xã" },
  { phrase: "trung tâm y tế" },
  { phrase: "người dân" },
  { phrase: "bảo hiểm y tế" },
  { phrase: "bảo hiểm xã hội" },
  { phrase: "lao động" },
  { phrase: "đào tạo" },
  { phrase: "văn bằng, chứng chỉ" },
  { phrase: "công nghiệp" },
  { phrase: "xây dựng" },
  { phrase: "nông nghiệp" },
  { phrase: "kinh tế" },
  { phrase: "dân số" },
  { phrase: "nước sạch" },
  { phrase: "khu công nghiệp" },
  { phrase: "cụm công nghiệp" },
  { phrase: "hệ thống" },
];

/** Lower-is-better words: an indicator containing one of these (folded) decreases. */
export const DECREASE_WORDS: readonly string[] = [
  "ngheo",
  "that nghiep",
  "tu vong",
  "suy dinh duong",
  "tai nan",
  "toi pham",
  "o nhiem",
  "ty suat sinh",
  "benh truyen nhiem",
  "lao dong nong nghiep",
  "thu hang",
];

/** Abbreviations expanded in names so they stand alone. Keys are exact (case-sensitive) tokens. */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  KCN: "khu công nghiệp",
  CCN: "cụm công nghiệp",
  NTM: "nông thôn mới",
  BHYT: "bảo hiểm y tế",
  BHXH: "bảo hiểm xã hội",
  BHTN: "bảo hiểm thất nghiệp",
  TTYT: "trung tâm y tế",
  PKĐKKV: "phòng khám đa khoa khu vực",
  PKDKKV: "phòng khám đa khoa khu vực",
  CNTT: "công nghệ thông tin",
  "KH&CN": "khoa học và công nghệ",
  DVCTT: "dịch vụ công trực tuyến",
  MTQG: "mục tiêu quốc gia",
  DN: "doanh nghiệp",
  HTX: "hợp tác xã",
  KNTC: "khiếu nại, tố cáo",
};

/** Scale words, folded, longest first, with how they are written. */
export const SCALE_WORDS: readonly { folded: string; written: string }[] = [
  { folded: "trieu ty", written: "triệu tỷ" },
  { folded: "trieu ti", written: "triệu tỷ" },
  { folded: "nghin ty", written: "nghìn tỷ" },
  { folded: "ngan ty", written: "nghìn tỷ" },
  { folded: "nghin ti", written: "nghìn tỷ" },
  { folded: "ty", written: "tỷ" },
  { folded: "ti", written: "tỷ" },
  { folded: "trieu", written: "triệu" },
  { folded: "nghin", written: "nghìn" },
  { folded: "ngan", written: "nghìn" },
];

/** What may follow a scale word. */
export const SCALED_BASES: readonly { folded: string; written: string; money?: boolean }[] = [
  { folded: "dong/nguoi", written: "đồng/người", money: true },
  { folded: "dong/lao dong", written: "đồng/lao động", money: true },
  { folded: "dong/ha", written: "đồng/ha", money: true },
  { folded: "dong", written: "đồng", money: true },
  { folded: "usd/nguoi", written: "USD/người", money: true },
  { folded: "usd", written: "USD", money: true },
  { folded: "luot khach", written: "lượt khách" },
  { folded: "luot nguoi", written: "lượt người" },
  { folded: "luot", written: "lượt" },
  { folded: "nguoi", written: "người" },
  { folded: "lao dong", written: "lao động" },
  { folded: "tan/ha", written: "tấn/ha" },
  { folded: "ta/ha", written: "tạ/ha" },
  { folded: "tan", written: "tấn" },
  { folded: "ha", written: "ha" },
  { folded: "khach", written: "khách" },
  { folded: "m2", written: "m²" },
];

/**
 * Units without a scale word, folded, longest first. Only numbers followed by one of these
 * (or by %, a scaled unit, or a zero-padded count "03 khu du lịch") are candidate targets.
 */
export const PLAIN_UNITS: readonly { folded: string; written: string; money?: boolean }[] = [
  { folded: "giuong benh/van dan", written: "giường bệnh/vạn dân" },
  { folded: "giuong benh/10.000 dan", written: "giường bệnh/vạn dân" },
  { folded: "bac si/van dan", written: "bác sĩ/vạn dân" },
  { folded: "bac si/10.000 dan", written: "bác sĩ/vạn dân" },
  { folded: "giuong benh", written: "giường bệnh" },
  { folded: "giuong", written: "giường" },
  { folded: "bac si", written: "bác sĩ" },
  { folded: "usd/nguoi", written: "USD/người", money: true },
  { folded: "usd", written: "USD", money: true },
  { folded: "dong", written: "đồng", money: true },
  { folded: "km2", written: "km²" },
  { folded: "km²", written: "km²" },
  { folded: "km", written: "km" },
  { folded: "ha", written: "ha" },
  { folded: "m2", written: "m²" },
  { folded: "m²", written: "m²" },
  { folded: "m3", written: "m³" },
  { folded: "m³", written: "m³" },
  { folded: "huyen", written: "huyện" },
  { folded: "xa", written: "xã" },
  { folded: "thon", written: "thôn" },
  { folded: "to dan pho", written: "tổ dân phố" },
  { folded: "khu pho", written: "khu phố" },
  { folded: "mo hinh", written: "mô hình" },
  { folded: "doanh nghiep", written: "doanh nghiệp" },
  { folded: "hop tac xa", written: "hợp tác xã" },
  { folded: "dang vien", written: "đảng viên" },
  { folded: "khu cong nghiep", written: "khu công nghiệp" },
  { folded: "san pham", written: "sản phẩm" },
  { folded: "khu du lich", written: "khu du lịch" },
  { folded: "benh vien", written: "bệnh viện" },
  { folded: "phong hoc", written: "phòng học" },
  { folded: "phong", written: "phòng" },
  { folded: "truong", written: "trường" },
  { folded: "luot", written: "lượt" },
  { folded: "lao dong", written: "lao động" },
  { folded: "nguoi", written: "người" },
  { folded: "ho", written: "hộ" },
  { folded: "lan", written: "lần" },
  { folded: "tuoi", written: "tuổi" },
  { folded: "diem %", written: "điểm %" },
  { folded: "diem phan tram", written: "điểm %" },
  { folded: "nha may", written: "nhà máy" },
  // "20 nhà đại đoàn kết", "15 nhà văn hóa": houses counted; the words after name what they are.
  { folded: "nha", written: "nhà" },
  { folded: "can ho", written: "căn hộ" },
  { folded: "can", written: "căn" },
  { folded: "tieu chi/xa", written: "tiêu chí/xã" },
  { folded: "tieu chi", written: "tiêu chí" },
  // "310.000 tấn" with no scale word; folded "tan" is also "tân", so the written word is checked (quantities.ts).
  { folded: "tan/ha", written: "tấn/ha" },
  { folded: "ta/ha", written: "tạ/ha" },
  { folded: "tan", written: "tấn" },
  { folded: "cum", written: "cụm" },
  { folded: "cong trinh", written: "công trình" },
  { folded: "tram", written: "trạm" },
];

/** Words that, standing right before a number, make it something other than a quantity. */
export const NOT_QUANTITY_BEFORE = [
  "so",
  "nam",
  "ngay",
  "thang",
  "quy",
  "giai doan",
  "thoi ky",
  "muc do",
  "tieu chi",
  "chi tieu",
  "km",
  "khoa",
  "lan thu",
  "dieu",
  "khoan",
  "phu luc",
  "nhom",
  "top",
  "quy chuan",
  "chuong",
  "ty",
] as const;

/** Comparator words (folded) as they stand before the number. Longest first. */
export const COMPARATOR_WORDS: readonly { folded: string; written: string; comparator: "~" | ">" | ">=" | "<" | "<=" }[] = [
  { folded: "khong vuot qua", written: "không vượt quá", comparator: "<=" },
  { folded: "khong qua", written: "không quá", comparator: "<=" },
  { folded: "toi da", written: "tối đa", comparator: "<=" },
  { folded: "it nhat", written: "ít nhất", comparator: ">=" },
  { folded: "toi thieu", written: "tối thiểu", comparator: ">=" },
  { folded: "khoang", written: "khoảng", comparator: "~" },
  { folded: "xap xi", written: "xấp xỉ", comparator: "~" },
  { folded: "gan", written: "gần", comparator: "~" },
  { folded: "tren", written: "trên", comparator: ">" },
  { folded: "hon", written: "hơn", comparator: ">" },
  { folded: "duoi", written: "dưới", comparator: "<" },
];

/** Verbs that link an indicator to its number ("đạt", "chiếm") — stripped from names. */
export const LINK_VERBS = [
  "giữ ổn định ở mức",
  "giữ ổn định",
  "giữ vững",
  "giữ ở mức",
  "duy trì ổn định ở mức",
  "duy trì ổn định",
  "ổn định",
  "bao gồm",
  "gồm",
  "đạt mức",
  "ở mức",
  "đạt",
  "chiếm",
  "gấp",
  "tăng lên",
  "tăng thêm",
  "tăng",
  "giảm xuống còn",
  "giảm xuống",
  "giảm còn",
  "giảm",
  "còn",
  "là",
  "bằng",
  "lên",
  "xuống",
  "bình quân",
  "hằng năm",
  "hàng năm",
  "mỗi năm",
  "vào",
  "đạt được",
  "duy trì",
  // "Kim ngạch xuất khẩu phấn đấu đạt …": the subject comes first
  "phấn đấu",
  "có",
  // OCR of "tăng"
  "ting",
] as const;

/** Words that open a target statement in prose. Folded. */
export const TARGET_CUES = [
  "phan dau",
  "muc tieu",
  "dam bao",
  "bao dam",
  "huong toi",
  "nham dat",
  "duy tri",
  "dat",
  "toi thieu",
  "it nhat",
  "tren",
  "khong qua",
  "toi da",
] as const;

/** Leading words stripped from a name. */
export const LEADING_NOISE = [
  // Connecting words that open a sentence of news, never an indicator's.
  "trong khi đó",
  "trong khi",
  "bên cạnh đó",
  "cùng với đó",
  "đồng thời",
  "ngoài ra",
  "theo đó",
  "tuy nhiên",
  "mặt khác",
  "song song với đó",
  "song song đó",
  "đặc biệt là",
  "đặc biệt",
  "nổi bật là",
  "đáng chú ý là",
  "đáng chú ý",
  "nhìn chung",
  "tính chung",
  "nhờ đó",
  "qua đó",
  "từ đó",
  "phấn đấu",
  "phân đầu",
  "mục tiêu",
  "nhằm đạt mục tiêu",
  "hướng tới mục tiêu",
  "góp phần",
  "đảm bảo",
  "bảo đảm",
  "duy trì",
  "giữ vững",
  "tiếp tục",
  "trong đó",
  "riêng",
  "bao gồm",
  "gồm",
  "cụ thể",
  "chia ra",
  "còn",
  "và",
  "có",
  "đạt",
  "thuộc",
  "quan tâm",
  "tập trung",
  "chú trọng",
  "đẩy mạnh",
  "tăng cường",
  "dự kiến",
  // "Kế hoạch năm 2026 đặt ra thu nhập … là …", "Mục tiêu năm 2026 là có thêm 2 xã …": the goal's verbs, not its indicator.
  "đặt ra",
  "đề ra",
  "là",
  // "…, với GRDP bình quân đầu người đạt 6.500 USD": what the goal comes with.
  "với",
] as const;

/** Words that open a head noun phrase of an indicator (folded): a name starting so is self-contained. */
export const INDICATOR_HEADS = [
  "ty le",
  "ty trong",
  "toc do",
  "chi so",
  "so ",
  "tong",
  "gia tri",
  "quy mo",
  "thu ngan sach",
  "thu noi dia",
  "chi ngan sach",
  "chi thuong xuyen",
  "chi dau tu",
  "grdp",
  "nang suat",
  "kim ngach",
  "san luong",
  "dien tich",
  "thu nhap",
  "von",
  "doanh thu",
  "khach",
  "co cau",
  "dong gop",
  "tuoi tho",
  "huy dong",
  "thu hang",
  "ty suat",
] as const;

/** Groups, and the folded keywords (whole words) that put a target in one (first match wins). */
export const GROUP_KEYWORDS: readonly { group: string; words: string[] }[] = [
  {
    group: "Chuyển đổi số",
    words: ["chuyen doi so", "so hoa", "truc tuyen", "moi truong mang", "ky so", "thuong mai dien tu", "kinh te so", "ky nang so", "xa hoi so", "thong minh", "cong nghe thong tin", "hoc truc tuyen", "thanh toan dien tu"],
  },
  // Growth, structure and productivity are the economy's own, whatever sector they name ("lao động", "xây dựng").
  { group: "Kinh tế", words: ["grdp", "tang truong kinh te", "nang suat lao dong", "co cau kinh te", "nang suat nhan to tong hop", "tfp", "von dau tu", "kim ngach", "thu ngan sach"] },
  { group: "Quốc phòng – an ninh", words: ["quoc phong", "an ninh", "toi pham", "tai nan", "trat tu", "quan su"] },
  { group: "Khoa học – công nghệ", words: ["khoa hoc", "sang che", "doi moi sang tao"] },
  { group: "Xây dựng chính quyền", words: ["thanh tra", "khieu nai", "to cao", "cai cach hanh chinh", "ket luan", "cong chuc", "hanh chinh cong", "tiep cong dan"] },
  { group: "Môi trường", words: ["rung", "chat thai", "nuoc thai", "nuoc sach", "o nhiem", "moi truong", "ve sinh"] },
  { group: "Hạ tầng", words: ["duong giao thong", "duong xa", "duong huyen", "duong tinh", "duong bo", "duong do thi", "duong truc", "cung hoa", "be tong hoa", "nhua hoa", "giao thong", "ha tang", "thuy loi", "dien luoi"] },
  {
    group: "Văn hóa – xã hội",
    words: ["ngheo", "suy dinh duong", "tre em", "tuoi tho", "di hoc", "mam non", "tieu hoc", "trung hoc", "pho cap", "lao dong", "dao tao", "y te", "bac si", "giuong", "bao hiem", "truong hoc", "truong mam non", "truong tieu hoc", "truong trung hoc", "truong pho thong", "truong chuan", "truong dat chuan", "giao duc", "van hoa", "the thao", "viec lam", "that nghiep", "hdi", "con nguoi", "benh", "hoc sinh", "dan so", "gia dinh", "van minh"],
  },
  { group: "Kinh tế", words: [] },
];

/** Heading words that mark what a section holds (folded). Results first: they win. */
export const ZONE_WORDS: readonly { zone: "result" | "target" | "task"; words: string[] }[] = [
  { zone: "result", words: ["ket qua", "danh gia", "panh gia", "tinh hinh", "boi canh", "ton tai", "han che", "nguyen nhan", "bai hoc"] },
  { zone: "target", words: ["muc tieu", "chi tieu", "muc ti", "chi ti"] },
  { zone: "task", words: ["nhiem vu", "giai phap", "to chuc thuc hien", "noi dung", "phan cong", "muc dich", "yeu cau", "can doi", "ke hoach"] },
];

/** Words that start an agency's name (folded, followed by a space). */
export const AGENCY_HEADS = [
  "so",
  "ban",
  "uy ban nhan dan",
  "ubnd",
  "cuc",
  "chi cuc",
  "cong an",
  "bo chi huy",
  "thanh tra",
  "kho bac",
  "ngan hang",
  "bao hiem xa hoi",
  "dai",
  "van phong",
  "toa an",
  "vien kiem sat",
  "lien minh",
  "truong",
  "trung tam",
  "tinh doan",
  "dang doan",
  "dang uy",
  "uy ban mat tran",
  "hoi",
  "bo",
  "cong ty",
] as const;

/** Words with a unique written form, to repair single words in OCR text (folded → written). */
export const COMMON_WORDS: Readonly<Record<string, string>> = {
  cua: "của",
  cac: "các",
  duoc: "được",
  nguoi: "người",
  va: "và",
  tren: "trên",
  duoi: "dưới",
  khoang: "khoảng",
  nhung: "những",
  nuoc: "nước",
  nghiep: "nghiệp",
  chuan: "chuẩn",
  huyen: "huyện",
  giuong: "giường",
  benh: "bệnh",
  thiet: "thiết",
  hoach: "hoạch",
  phuong: "phường",
  tuoi: "tuổi",
  khach: "khách",
};

/** How OCR commonly writes a few frequent words (keys are OCR keys, see ocrKey). */
export const OCR_ALIASES: Readonly<Record<string, string>> = {
  cia: "của",
  cta: "của",
  ctia: "của",
  ciia: "của",
  xtr: "xử",
  xu: "xử",
  gy: "gây",
  dugc: "được",
  duogc: "được",
  dupc: "được",
  nude: "nước",
  nudc: "nước",
  nuec: "nước",
};

/**
 * Provinces and centrally run cities, those of today (since 1/7/2025) and those before the merger: OCR'd text
 * writes "Bic Giang", "Béc Giang" for "Bắc Giang"; the name is restored from this list. Data, not rules.
 */
export const PROVINCE_NAMES: readonly string[] = [
  "Hà Nội", "Huế", "Thừa Thiên Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An",
  "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Hải Phòng", "Ninh Bình",
  "Quảng Trị", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Hồ Chí Minh", "Đồng Nai", "Tây Ninh",
  "Cần Thơ", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang", "Hà Giang", "Yên Bái", "Bắc Kạn", "Vĩnh Phúc", "Bắc Giang",
  "Hải Dương", "Thái Bình", "Hà Nam", "Nam Định", "Hòa Bình", "Quảng Bình", "Quảng Nam", "Kon Tum", "Bình Định", "Phú Yên",
  "Ninh Thuận", "Bình Thuận", "Đắk Nông", "Bình Phước", "Bình Dương", "Bà Rịa - Vũng Tàu", "Long An", "Tiền Giang", "Bến Tre",
  "Trà Vinh", "Sóc Trăng", "Hậu Giang", "Kiên Giang", "Bạc Liêu",
];

/** Phrases of plan titles, for OCR repair of a title ("PANH GIA TINH HINH THY'C HIEN" → "Đánh giá tình hình thực hiện"). */
export const TITLE_PHRASES: readonly string[] = [
  "Đánh giá tình hình thực hiện",
  "Đánh giá kết quả thực hiện",
  "Kế hoạch phát triển kinh tế",
  "Dự toán ngân sách nhà nước",
  "nhiệm vụ, giải pháp chủ yếu",
  "phát triển kinh tế",
];

/** The kinds of place that set targets or are given them ("tỉnh", "thành phố", "xã", "phường", "huyện", "thị xã", "đặc khu"), for a regex. Folded. */
export const PLACE_KINDS = String.raw`tinh|thanh pho|xa|phuong|huyen|thi xa|dac khu`;

/** The sectors of a structure, longest first: "tỷ trọng lao động nông nghiệp …, công nghiệp – xây dựng 27%, dịch vụ 35%". */
export const SECTORS: readonly string[] = ["nông, lâm nghiệp và thủy sản", "nông, lâm nghiệp, thủy sản", "nông, lâm, thủy sản", "công nghiệp – xây dựng", "công nghiệp - xây dựng", "công nghiệp, xây dựng", "nông nghiệp", "công nghiệp", "dịch vụ"];

/** Qualifiers that stand for one another: "thất nghiệp khu vực thành thị dưới 3%, nông thôn dưới 2%". */
export const SIBLING_QUALIFIERS: readonly (readonly string[])[] = [
  ["nhà trẻ", "mẫu giáo", "mầm non", "tiểu học", "trung học cơ sở", "trung học phổ thông"],
  ["cấp tỉnh", "cấp huyện", "cấp xã"],
  ["thành thị", "nông thôn", "đô thị"],
  ["nam", "nữ"],
  ["miền núi", "đồng bằng", "vùng cao"],
  SECTORS,
];
