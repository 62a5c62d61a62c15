/** Building targets for evaluation tests. */
import type { Target } from "../../../src/core/catalog/schema";

export function target(fields: Partial<Target> & Pick<Target, "kind" | "comparator" | "direction">): Target {
  return {
    id: "t.01",
    plan: "t",
    name: "Chỉ tiêu thử",
    unit: "%",
    year: 2024,
    group: "Kinh tế",
    source: { file: "test.txt", line: 1, text: "thử" },
    ...(fields.min === undefined && fields.value === undefined ? { value: 10 } : {}),
    ...fields,
  } as Target;
}
