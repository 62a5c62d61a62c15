import { loadCatalogsOrThrow } from "../../src/core/catalog/load";
import type { FunctionContext } from "../../src/functions/args";
import { FUNCTION_NAMES, type FunctionName } from "../../src/functions/declarations";
import { runFunction } from "../../src/functions/run";

const source = { file: "test.txt", line: 1, text: "chỉ tiêu thử" };

/** A small catalog with one target of each shape the functions must handle. */
export const catalog = loadCatalogsOrThrow([
  {
    file: "test.json",
    data: {
      version: "test",
      plan: { id: "t", type: "Kế hoạch", title: "Kế hoạch thử nghiệm", issuer: "UBND tỉnh", date: "2024", province: "Bắc Giang", sourceFile: "test.txt",
        reporting: [{ frequency: "quarter", due: { type: "day_of_last_month", day: 15 } }] },
      agencies: [{ id: "t.so-tai-chinh", name: "Sở Tài chính", level: "province" }],
      targets: [
        { id: "t.growth", plan: "t", name: "Tốc độ tăng trưởng GRDP", unit: "%", min: 15, max: 16, comparator: "~", kind: "rate", direction: "increase", year: 2030, fromYear: 2021, agency: "t.so-tai-chinh", group: "Kinh tế", source },
        { id: "t.forest", plan: "t", name: "Tỷ lệ che phủ rừng", unit: "%", value: 37.6, comparator: "=", kind: "level", direction: "increase", year: 2024, group: "Môi trường", source },
        { id: "t.poverty", plan: "t", name: "Tỷ lệ hộ nghèo", unit: "%", value: 2, comparator: "<", kind: "level", direction: "decrease", year: 2024, group: "Văn hóa – xã hội", source },
        { id: "t.export", plan: "t", name: "Kim ngạch xuất khẩu", unit: "triệu USD", value: 1000, comparator: "=", kind: "flow", direction: "increase", year: 2024, agency: "t.so-tai-chinh", group: "Kinh tế", source },
      ],
      tasks: [],
    },
  },
]);

/** KH.* called as Excel calls them: raw cell values, positionally, through the one runner. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Call = (ctx: FunctionContext, ...args: unknown[]) => any;
export const kh = Object.fromEntries(FUNCTION_NAMES.map((name) => [name, (ctx: FunctionContext, ...args: unknown[]) => runFunction(ctx, name, args)])) as Record<FunctionName, Call>;
