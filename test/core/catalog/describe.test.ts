import { describeTarget, planTitle } from "../../../src/core/catalog/describe";
import type { Target } from "../../../src/core/catalog/schema";

const base: Target = {
  id: "x.1", plan: "x", name: "Thu ngân sách", unit: "tỷ đồng", value: 15295.5, comparator: "=", kind: "level",
  direction: "increase", year: 2024, group: "Kinh tế", source: { file: "f", line: 1, text: "t" },
};

test("a target as Vietnamese and English readers write it", () => {
  expect(describeTarget(base)).toBe("15.295,5 tỷ đồng");
  expect(describeTarget(base, "en")).toBe("15,295.5 tỷ đồng");
  const growth: Target = { ...base, unit: "%", value: undefined, min: 15, max: 16, comparator: "~", kind: "rate" };
  expect(describeTarget(growth)).toBe("tăng khoảng 15–16%/năm");
  expect(describeTarget(growth, "en")).toBe("up about 15–16%/year");
  const poverty: Target = { ...base, unit: "%", value: undefined, min: 1, max: 1.5, comparator: "=", kind: "change", direction: "decrease" };
  expect(describeTarget(poverty)).toBe("giảm 1–1,5%/năm");
  expect(describeTarget({ ...base, unit: "%", value: 90, comparator: ">" })).toBe("trên 90%");
});

test("a plan's name has its type once", () => {
  expect(planTitle({ type: "Kế hoạch", title: "Kế hoạch thực hiện Nghị quyết 96" })).toBe("Kế hoạch thực hiện Nghị quyết 96");
  expect(planTitle({ type: "Kế hoạch", title: "Thực hiện Nghị quyết số 01/NQ-CP" })).toBe("Kế hoạch thực hiện Nghị quyết số 01/NQ-CP");
});

test("a title that already names its plan's type gets no second one; a title that only cites another document still does", () => {
  expect(planTitle({ type: "Kế hoạch", title: "Chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2026" })).toBe("Chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2026");
  expect(planTitle({ type: "Nghị quyết", title: "Các chỉ tiêu chủ yếu của Nghị quyết HĐND tỉnh năm 2026" })).toBe("Các chỉ tiêu chủ yếu của Nghị quyết HĐND tỉnh năm 2026");
  expect(planTitle({ type: "Kế hoạch", title: "Triển khai thực hiện kế hoạch số 115 về chuyển đổi số" })).toBe("Kế hoạch triển khai thực hiện kế hoạch số 115 về chuyển đổi số");
  expect(planTitle({ type: "Chương trình hành động", title: "Thực hiện Nghị quyết số 29-NQ/TU" })).toBe("Chương trình hành động thực hiện Nghị quyết số 29-NQ/TU");
});
