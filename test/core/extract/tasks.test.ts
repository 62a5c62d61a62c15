/**
 * Tasks (nhiệm vụ) are read wherever the plan names who leads them: under an agency's heading, in a
 * numbered list with "Chủ trì: Sở …", in "giao Sở … chủ trì, phối hợp với …" — with partners and
 * deadlines — so a per-agency annex can list them; a section reporting results gives none.
 */
import { extractTargets } from "../../../src/core/extract";
import { agencyName } from "../../support/agencies";

const PLAN = [
  "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",
  "KẾ HOẠCH",
  "Triển khai chương trình phát triển công tác xã hội năm 2026",
  "",
  "I. KẾT QUẢ NĂM 2025",
  "Sở Y tế chủ trì tổ chức 12 lớp tập huấn cho nhân viên công tác xã hội.",
  "",
  "II. MỤC TIÊU",
  "1. Tỷ lệ bệnh viện có phòng công tác xã hội đạt 100% (Sở Y tế chủ trì).",
  "",
  "III. NHIỆM VỤ, GIẢI PHÁP",
  "1. Rà soát, kiện toàn đội ngũ cán bộ làm công tác xã hội tại cấp xã. Chủ trì: Sở Nội vụ; phối hợp: UBND các xã, phường; hoàn thành trong quý II/2026.",
  "2. Xây dựng cơ sở dữ liệu về đối tượng trợ giúp xã hội; giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính, hoàn thành trước ngày 30/9/2026.",
  "3. Tuyên truyền, nâng cao nhận thức của xã hội về nghề công tác xã hội.",
  "",
  "IV. TỔ CHỨC THỰC HIỆN",
  "1. Sở Giáo dục và Đào tạo",
  "- Hướng dẫn các trường học bố trí cán bộ tư vấn tâm lý cho học sinh.",
  "- Tổng hợp, báo cáo kết quả thực hiện về UBND tỉnh trong tháng 12/2026.",
].join("\n");

const result = extractTargets(PLAN, { file: "ctxh.txt" });
const nameOf = agencyName(result.agencies);
const tasks = result.tasks.map((t) => ({ lead: nameOf(t.agencies[0]), partners: (t.partners ?? []).map(nameOf), deadline: t.deadline, title: t.title.slice(0, 40), line: t.source.line, targets: t.targets ?? [] }));

test("every item that names its lead, or sits under an agency's heading in the tasks section, is a task", () => {
  expect(tasks.map((t) => [t.line, t.lead])).toEqual([
    [9, "Sở Y tế"],
    [12, "Sở Nội vụ"],
    [13, "Sở Khoa học và Công nghệ"],
    [18, "Sở Giáo dục và Đào tạo"],
    [19, "Sở Giáo dục và Đào tạo"],
  ]);
});

test("a task carries its partners, its deadline and the targets it states", () => {
  expect(tasks[0].targets).toEqual([result.targets[0].id]);
  expect(tasks[1].partners).toEqual(["UBND các xã, phường"]);
  expect(tasks[1].deadline).toEqual({ text: "hoàn thành trong quý II/2026", period: "2026-Q2" });
  expect(tasks[2].partners).toEqual(["Sở Tài chính"]);
  expect(tasks[2].deadline).toEqual({ text: "trước ngày 30/9/2026", date: "2026-09-30" });
  expect(tasks[4].deadline?.text).toBe("trong tháng 12/2026");
  expect(tasks[1].title).toBe("Rà soát, kiện toàn đội ngũ cán bộ làm cô");
});

test("results and items that name no one are not tasks", () => {
  expect(tasks.some((t) => t.title.startsWith("Sở Y tế chủ trì tổ chức"))).toBe(false);
  expect(tasks.some((t) => t.title.startsWith("Tuyên truyền"))).toBe(false);
});

test("a table of tasks gives one task per row, a lead merged down the column leading the rows below it, agencies named together leading as one, a row no one leads the issuer's", () => {
  const text = [
    "KẾ HOẠCH",
    "Thực hiện chuyển đổi số năm 2026",
    "",
    "Phụ lục: Danh mục nhiệm vụ",
    "TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành",
    "I\tNHIỆM VỤ CHUNG\t\t\t",
    "1\tXây dựng kho dữ liệu dùng chung của tỉnh\tSở Khoa học và Công nghệ\tSở Tài chính, UBND các xã, phường\tQuý III/2026",
    "2\tSố hóa hồ sơ đất đai đang lưu trữ\tSở Nông nghiệp và Môi trường\tUBND các xã\t30/11/2026",
    "3\tCập nhật cơ sở dữ liệu đất đai\t\t\tNăm 2026",
    "II\tNHIỆM VỤ CỦA CÁC ĐỊA PHƯƠNG\t\t\t",
    "4\tTập huấn kỹ năng số cho cán bộ cấp xã\t\t\tThường xuyên",
    "5\tTriển khai học trực tuyến cho học sinh\tCác sở, ban, ngành\t\tNăm 2026",
  ].join("\n");
  const r = extractTargets(text, { file: "pl.txt" });
  const name = agencyName(r.agencies);
  expect(r.tasks.map((t) => [t.source.line, t.title, name(t.agencies[0]), (t.partners ?? []).map(name), t.deadline])).toEqual([
    [7, "Xây dựng kho dữ liệu dùng chung của tỉnh", "Sở Khoa học và Công nghệ", ["Sở Tài chính", "UBND các xã, phường"], { text: "Quý III/2026", period: "2026-Q3" }],
    [8, "Số hóa hồ sơ đất đai đang lưu trữ", "Sở Nông nghiệp và Môi trường", ["UBND các xã"], { text: "30/11/2026", date: "2026-11-30" }],
    [9, "Cập nhật cơ sở dữ liệu đất đai", "Sở Nông nghiệp và Môi trường", [], { text: "Năm 2026", period: "2026" }],
    [11, "Tập huấn kỹ năng số cho cán bộ cấp xã", "UBND tỉnh", [], { text: "Thường xuyên" }],
    [12, "Triển khai học trực tuyến cho học sinh", "Các sở, ban, ngành", [], { text: "Năm 2026", period: "2026" }],
  ]);
  // The row no one leads, in a part that does not inherit the lead above, is the issuer's, with a note.
  expect(r.warnings.some((w) => w.vi.startsWith("1 nhiệm vụ không nêu cơ quan chủ trì"))).toBe(true);
});

test("under 'NHIỆM VỤ, GIẢI PHÁP', numbered tasks that name no one go to the issuer, with a note; a section that names its leads keeps its headings as headings", () => {
  const text = [
    "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG",
    "",
    "KẾ HOẠCH",
    "Phát triển du lịch năm 2026 của tỉnh Cao Bằng",
    "",
    "II. NHIỆM VỤ, GIẢI PHÁP",
    "1. Hoàn thiện cơ chế, chính sách thu hút đầu tư vào du lịch",
    "2. Đẩy mạnh quảng bá hình ảnh du lịch của tỉnh trên nền tảng số",
    "",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Phát triển sản phẩm du lịch cộng đồng",
    "- Sở Văn hóa, Thể thao và Du lịch chủ trì xây dựng bộ tiêu chí homestay đạt chuẩn.",
  ].join("\n");
  const r = extractTargets(text, { file: "dl.txt" });
  const name = agencyName(r.agencies);
  expect(r.tasks.map((t) => [t.source.line, name(t.agencies[0])])).toEqual([
    [7, "UBND tỉnh Cao Bằng"],
    [8, "UBND tỉnh Cao Bằng"],
    [12, "Sở Văn hóa, Thể thao và Du lịch"],
  ]);
  expect(r.warnings.some((w) => w.vi.startsWith("2 nhiệm vụ không nêu cơ quan chủ trì"))).toBe(true);
});

test("'các tổ chức' after 'và' is part of the agency's name, not the verb that follows it", () => {
  const text = [
    "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG",
    "KẾ HOẠCH",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh tăng cường vận động hội viên tham gia giữ gìn vệ sinh môi trường.",
    "2. Sở Nông nghiệp và Môi trường tổ chức kiểm tra việc thu gom rác thải tại các xã.",
  ].join("\n");
  const read = extractTargets(text, { file: "mt.txt" });
  const leads = read.tasks.map((t) => read.agencies.find((a) => a.id === t.agencies[0])?.name);
  expect(leads).toEqual(["Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh", "Sở Nông nghiệp và Môi trường"]);
});

test("partners are agency names only: the sentence after the list, vague 'các cơ quan liên quan' and a name with commas read right", () => {
  const text = [
    "KẾ HOẠCH",
    "Phát triển du lịch năm 2026",
    "",
    "II. NHIỆM VỤ, GIẢI PHÁP",
    "1. Giao Sở Công Thương chủ trì, phối hợp với Sở Tài chính và các cơ quan liên quan thực hiện trong quý II/2026 chương trình kích cầu tiêu dùng.",
    "2. Sở Xây dựng chủ trì, phối hợp chặt chẽ với Sở Văn hóa, Thể thao và Du lịch, UBND các xã, phường để hoàn thiện hạ tầng điểm du lịch; hoàn thành trong tháng 6/2026.",
  ].join("\n");
  const r = extractTargets(text, { file: "dl.txt" });
  const name = agencyName(r.agencies);
  expect(r.tasks.map((t) => [name(t.agencies[0]), (t.partners ?? []).map(name), t.deadline])).toEqual([
    ["Sở Công Thương", ["Sở Tài chính"], { text: "trong quý II/2026", period: "2026-Q2" }],
    ["Sở Xây dựng", ["Sở Văn hóa, Thể thao và Du lịch", "UBND các xã, phường"], { text: "hoàn thành trong tháng 6/2026", period: "2026-M06" }],
  ]);
});

test("a table's deadline cell is kept as written when it names no date, and read to its period when it does", () => {
  const text = ["KẾ HOẠCH", "Tuyên truyền pháp luật năm 2026", "", "TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian", "1\tBiên soạn tài liệu phổ biến pháp luật\tSở Tư pháp\tTháng 12 hằng năm", "2\tTổ chức Ngày Pháp luật\tSở Tư pháp\tQuý IV năm 2026"].join("\n");
  expect(extractTargets(text, { file: "pl.txt" }).tasks.map((t) => t.deadline)).toEqual([{ text: "Tháng 12 hằng năm" }, { text: "Quý IV năm 2026", period: "2026-Q4" }]);
});

test("in a table pasted one cell per line, a cell wrapped over two lines is one cell", () => {
  const text = ["KẾ HOẠCH", "Chuyển đổi số năm 2026", "", "TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành", "1", "Xây dựng kho dữ liệu", "dùng chung của tỉnh", "Sở Giáo dục", "và Đào tạo", "Quý IV/2026"].join("\n");
  const r = extractTargets(text, { file: "cds.txt" });
  expect(r.tasks.map((t) => [t.title, r.agencies.find((a) => a.id === t.agencies[0])?.name, t.deadline?.period])).toEqual([["Xây dựng kho dữ liệu dùng chung của tỉnh", "Sở Giáo dục và Đào tạo", "2026-Q4"]]);
});

test("a deadline given under its label ('Thời gian hoàn thành: Quý II/2026', 'Thời hạn: trước ngày …') is read to its period or date", () => {
  const text = [
    "KẾ HOẠCH",
    "Phát triển thương mại điện tử năm 2026",
    "",
    "II. NHIỆM VỤ, GIẢI PHÁP",
    "1. Xây dựng sàn thương mại điện tử của tỉnh. Cơ quan chủ trì: Sở Công Thương. Thời gian hoàn thành: Quý II/2026.",
    "2. Đào tạo kỹ năng bán hàng trực tuyến cho hợp tác xã. Chủ trì: Liên minh Hợp tác xã tỉnh; phối hợp: Sở Công Thương. Thời hạn: trước ngày 30/9/2026.",
  ].join("\n");
  const r = extractTargets(text, { file: "tmdt.txt" });
  expect(r.tasks.map((t) => t.deadline)).toEqual([
    { text: "Quý II/2026", period: "2026-Q2" },
    { text: "trước ngày 30/9/2026", date: "2026-09-30" },
  ]);
});

test("who heads an agency stands for it: 'Giám đốc các sở, ngành; Chủ tịch UBND các xã, phường …' lead together", () => {
  const text = [
    "KẾ HOẠCH",
    "Phòng, chống thiên tai năm 2026",
    "",
    "III. TỔ CHỨC THỰC HIỆN",
    "- Giám đốc các sở, ngành; Chủ tịch UBND các xã, phường căn cứ Kế hoạch này xây dựng phương án của đơn vị, hoàn thành trong tháng 3/2026.",
    "- Giám đốc Sở Nông nghiệp và Môi trường chỉ đạo kiểm tra hệ thống đê điều trước mùa mưa bão.",
  ].join("\n");
  const r = extractTargets(text, { file: "pctt.txt" });
  const name = agencyName(r.agencies);
  expect(r.tasks.map((t) => [name(t.agencies[0]), (t.partners ?? []).map(name), t.deadline?.period])).toEqual([
    ["Các sở, ngành", ["UBND các xã, phường"], "2026-M03"],
    ["Sở Nông nghiệp và Môi trường", [], undefined],
  ]);
});

test("a long direction over its agencies' sub-items ('2.' over '2.1.') heads them: the agency of the item before does not lead it", () => {
  const text = [
    "KẾ HOẠCH",
    "Thực hiện nhiệm vụ năm 2026",
    "",
    "II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU",
    "1. Phát triển thương mại",
    "1.1. Sở Công Thương: Chủ trì theo dõi thị trường, bảo đảm cung ứng hàng hóa thiết yếu trong dịp Tết.",
    "2. Đẩy mạnh chuyển đổi số trong các cơ quan nhà nước gắn với cải cách hành chính, nâng cao chất lượng phục vụ người dân, doanh nghiệp, thu hút đầu tư và năng lực cạnh tranh cấp tỉnh trong giai đoạn mới",
    "2.1. Sở Khoa học và Công nghệ: Chủ trì xây dựng nền tảng dữ liệu dùng chung của tỉnh.",
  ].join("\n");
  const { tasks, agencies } = extractTargets(text, { file: "cds.txt" });
  const lead = (line: number) => agencies.find((a) => a.id === tasks.find((t) => t.source.line === line)?.agencies[0])?.name;
  expect(tasks.map((t) => t.source.line)).toEqual([6, 8]);
  expect([lead(6), lead(8)]).toEqual(["Sở Công Thương", "Sở Khoa học và Công nghệ"]);
});

test("the heads of agencies named over a list lead its items; the next item of the heading's own list is not theirs", () => {
  const text = [
    "KẾ HOẠCH",
    "Thực hiện nhiệm vụ năm 2026",
    "",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Giám đốc các Sở, Chủ tịch UBND các xã, phường:",
    "- Trước ngày 15/02/2026 ban hành kế hoạch của đơn vị để triển khai Kế hoạch này.",
    "- Hằng quý đánh giá kết quả thực hiện các chỉ tiêu được giao, gửi Sở Tài chính tổng hợp.",
    "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tăng cường giám sát, tuyên truyền, vận động Nhân dân tham gia thực hiện thắng lợi Kế hoạch này.",
    "3. Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh: Hoàn thành bàn giao Bệnh viện Sản Nhi trước ngày 30/9/2026.",
  ].join("\n");
  const { tasks, agencies } = extractTargets(text, { file: "tc.txt" });
  const leads = (line: number) => tasks.find((t) => t.source.line === line)?.agencies.map((id) => agencies.find((a) => a.id === id)?.name);
  expect(leads(6)).toEqual(["Các Sở"]);
  expect(tasks.find((t) => t.source.line === 6)?.partners?.map((id) => agencies.find((a) => a.id === id)?.name)).toEqual(["UBND các xã, phường"]);
  expect(tasks.find((t) => t.source.line === 6)?.deadline?.date).toBe("2026-02-15");
  expect(leads(7)).toEqual(["Các Sở"]);
  expect(leads(8)?.[0]).not.toBe("Các Sở");
  expect(leads(9)).toEqual(["Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh"]);
});
