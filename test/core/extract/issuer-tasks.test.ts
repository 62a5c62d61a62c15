/**
 * Plans whose tasks section names no agency: the issuer leads each task, with a note saying so. Under a
 * numbered direction, the paragraphs below add the concrete tasks they name (a resolution, a scheme, a
 * programme to carry out); general directions, a paragraph cut by a page break, the closing sentence and
 * the recipients' list ("Nơi nhận:") are not tasks.
 */
import { extractTargets } from "../../../src/core/extract";

const PLAN = [
  "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH",
  "KẾ HOẠCH",
  "Phát triển kinh tế - xã hội năm 2026",
  "",
  "I. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU",
  "1. Thúc đẩy sản xuất công nghiệp và thương mại",
  "",
  "Tăng cường hỗ trợ doanh nghiệp tháo gỡ khó khăn, mở rộng thị trường tiêu thụ sản phẩm.",
  "",
  "Triển khai hiệu quả Nghị quyết số 21-NQ/TU ngày 12/3/2024 của Tỉnh ủy về phát triển công nghiệp chế biến. Xây dựng Đề án phát triển cụm công nghiệp giai đoạn 2026-2030, trình UBND tỉnh trong quý III/2026. Đẩy mạnh xúc tiến thương mại, kết nối cung cầu với các",
  "",
  "Tỉnh bạn, nhất là theo Kế hoạch số 15/KH-UBND.",
  "",
  "2. Chăm lo an sinh xã hội",
  "",
  "Thực hiện tốt các chính sách đối với người có công; triển khai Chương trình mục tiêu quốc gia giảm nghèo bền vững trên địa bàn.",
  "",
  "Trên đây là Kế hoạch phát triển kinh tế - xã hội năm 2026 của UBND tỉnh Hà Tĩnh.",
  "",
  "Nơi nhận:",
  "- Bộ Tài chính;",
  "- Các sở, ban, ngành;",
].join("\n");

const result = extractTargets(PLAN, { file: "ht-2026.txt" });
const issuer = result.agencies.find((a) => a.id === result.tasks[0]?.agencies[0]);

test("the paragraphs under a direction name the tasks: a resolution or a scheme to carry out, each its own task", () => {
  expect(result.tasks.map((t) => [t.source.line, t.title.slice(0, 30)])).toEqual([
    [6, "Thúc đẩy sản xuất công nghiệp "],
    [10, "Triển khai hiệu quả Nghị quyết"],
    [10, "Xây dựng Đề án phát triển cụm "],
    [14, "Chăm lo an sinh xã hội"],
    [16, "Thực hiện tốt các chính sách đ"],
  ]);
});

test("the issuer leads them, and a note says so", () => {
  expect(issuer?.name).toMatch(/Hà Tĩnh/);
  expect(result.tasks.every((t) => t.agencies[0] === issuer?.id)).toBe(true);
  expect(result.warnings.some((w) => w.vi.includes("không nêu cơ quan chủ trì") && w.vi.includes(issuer!.name))).toBe(true);
});

test("a sentence's deadline is its task's; a paragraph cut by a page break and the closing lines are no tasks", () => {
  expect(result.tasks[2].deadline).toEqual({ text: "trong quý III/2026", period: "2026-Q3" });
  expect(result.tasks.some((t) => /^Tỉnh bạn|^Trên đây|Bộ Tài chính|Các sở/.test(t.title))).toBe(false);
});

test("in a text read by OCR without its marks, a task keeps its words as written: the indicator vocabulary that repairs target names would turn 'Trien khai Chuong trinh' into other words", () => {
  const ocrPlan = [
    "UY BAN NHAN DAN TINH LANG SON",
    "KE HOACH",
    "Phat trien kinh te - xa hoi nam 2026",
    "",
    "III. NHIEM VU VA GIAI PHAP CHU YEU",
    "1. Day manh san xuat cong nghiep",
    "",
    "Trien khai Chuong trinh hanh dong so 12-CTr/TU cua Ban Thuong vu Tinh uy ve phat trien cong nghiep che bien.",
  ].join("\n");
  const read = extractTargets(ocrPlan, { file: "ls-ocr.txt" });
  expect(read.tasks.map((t) => t.title)).toEqual(["Day manh san xuat cong nghiep", "Trien khai Chuong trinh hanh dong so 12-CTr/TU cua Ban Thuong vu Tinh uy ve phat trien cong nghiep che bien"]);
});

test("a direction too long to read as a heading is the next item of the list, not a task under the one before: both stay tasks", () => {
  const text = [
    "KẾ HOẠCH",
    "Phát triển công nghiệp năm 2026",
    "",
    "II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU",
    "1. Hoàn thiện cơ chế, chính sách thu hút đầu tư vào công nghiệp",
    "",
    "Rà soát các chính sách ưu đãi của tỉnh, bãi bỏ những quy định không còn phù hợp với thực tế.",
    "",
    "2. Phát triển công nghiệp chế biến, chế tạo gắn với vùng nguyên liệu tập trung, thu hút các dự án có công nghệ hiện đại, thân thiện với môi trường và sử dụng ít lao động giản đơn",
    "",
    "Ưu tiên quỹ đất sạch cho các dự án công nghiệp chế biến nông sản.",
    "",
    "3. Nâng cao chất lượng nguồn nhân lực đáp ứng yêu cầu công nghiệp hóa",
    "",
    "Mở rộng đào tạo nghề theo đặt hàng của doanh nghiệp.",
  ].join("\n");
  const { tasks } = extractTargets(text, { file: "cn-2026.txt" });
  expect(tasks.map((t) => t.source.line)).toEqual([5, 9, 13]);
});

test("a council resolution whose session line runs into 'QUYẾT NGHỊ:' leads nothing: its targets fall to the province's people's committee, with the note", () => {
  const text = [
    "HỘI ĐỒNG NHÂN DÂN",
    "TỈNH QUẢNG TRỊ",
    "Số: 41/NQ-HĐND",
    "",
    "NGHỊ QUYẾT",
    "Về kế hoạch phát triển kinh tế - xã hội năm 2026",
    "",
    "HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG TRỊ",
    "KHÓA IX, KỲ HỌP THỨ 4",
    "QUYẾT NGHỊ:",
    "Điều 1. Các chỉ tiêu chủ yếu năm 2026",
    "- Tốc độ tăng trưởng GRDP đạt 9%.",
    "- Tỷ lệ che phủ rừng đạt 50%.",
  ].join("\n");
  const result = extractTargets(text, { file: "nq.txt", plan: "qt" });
  const names = new Map(result.agencies.map((a) => [a.id, a.name]));
  expect(result.targets.map((t) => names.get(t.agency ?? ""))).toEqual(["UBND tỉnh Quảng Trị", "UBND tỉnh Quảng Trị"]);
  expect(result.agencies.map((a) => a.name)).not.toContain(expect.stringMatching(/KỲ HỌP/));
  expect(result.warnings.map((w) => w.vi).join(" ")).toMatch(/không có cơ quan chủ trì trong văn bản; tạm giao cho cơ quan ban hành \(UBND tỉnh Quảng Trị\)/);
});
