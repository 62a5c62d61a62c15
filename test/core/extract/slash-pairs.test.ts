/**
 * One indicator written for two qualifiers with two figures slash for slash ("đô thị/nông thôn đạt 100%/95%") gives
 * two targets, each named with its own qualifier; a per-unit slash ("/vạn dân") or a fraction ("29/32 xã") does not.
 */
import { extractTargets } from "../../../src/core/extract";
import { splitSlashName } from "../../../src/core/extract/slash-pairs";

const read = (text: string) => extractTargets(`KẾ HOẠCH năm 2030\n\nII. MỤC TIÊU\n${text}`, { file: "kh.txt" }).targets.map((t) => [t.name, t.value, t.unit]);

test("a name with 'A/B' stands for two names, the qualifiers known or of the same length", () => {
  expect(splitSlashName("Tỷ lệ hộ dùng nước sạch đô thị/nông thôn")).toEqual(["Tỷ lệ hộ dùng nước sạch đô thị", "Tỷ lệ hộ dùng nước sạch nông thôn"]);
  expect(splitSlashName("Tỷ lệ trường mầm non/tiểu học đạt chuẩn")).toEqual(["Tỷ lệ trường mầm non đạt chuẩn", "Tỷ lệ trường tiểu học đạt chuẩn"]);
  expect(splitSlashName("Số bác sĩ/giường bệnh trên vạn dân")).toEqual(["Số bác sĩ trên vạn dân", "Số giường bệnh trên vạn dân"]);
  expect(splitSlashName("Tỷ lệ xã/phường đạt chuẩn tiếp cận pháp luật")).toEqual(["Tỷ lệ xã đạt chuẩn tiếp cận pháp luật", "Tỷ lệ phường đạt chuẩn tiếp cận pháp luật"]);
  expect(splitSlashName("Tỷ lệ người dân tham gia bảo hiểm y tế/bảo hiểm xã hội")).toEqual(["Tỷ lệ người dân tham gia bảo hiểm y tế", "Tỷ lệ người dân tham gia bảo hiểm xã hội"]);
  expect(splitSlashName("Tỷ lệ trẻ em suy dinh dưỡng (thể nhẹ cân/thể thấp còi)")).toEqual(["Tỷ lệ trẻ em suy dinh dưỡng (thể nhẹ cân)", "Tỷ lệ trẻ em suy dinh dưỡng (thể thấp còi)"]);
  expect(splitSlashName("Số bác sĩ/vạn dân")).toBeUndefined();
  expect(splitSlashName("Thu nhập bình quân đầu người/năm")).toBeUndefined();
});

test("figures slash for slash give one target per qualifier; the pair's unit goes to each", () => {
  expect(read("- Tỷ lệ dân số đô thị/nông thôn được dùng nước sạch đạt 99%/92%.\n- Số bác sĩ/giường bệnh trên 1 vạn dân đạt 12/33.")).toEqual([
    ["Tỷ lệ dân số đô thị được dùng nước sạch", 99, "%"],
    ["Tỷ lệ dân số nông thôn được dùng nước sạch", 92, "%"],
    ["Số bác sĩ trên 1 vạn dân", 12, "bác sĩ/vạn dân"],
    ["Số giường bệnh trên 1 vạn dân", 33, "giường bệnh/vạn dân"],
  ]);
});

test("a fraction of places and a rate per vạn dân stay one target", () => {
  expect(read("- Số xã đạt chuẩn nông thôn mới 29/32 xã.\n- Số bác sĩ/vạn dân đạt 13.")).toEqual([
    ["Số xã đạt chuẩn nông thôn mới", 29, "xã"],
    ["Số bác sĩ/vạn dân", 13, "bác sĩ/vạn dân"],
  ]);
});
