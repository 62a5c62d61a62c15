import { explainOfficeError, runExplained } from "../../src/excel/office-errors";
import { BilingualError } from "../../src/core/messages";

describe("Excel's errors, explained", () => {
  test("a cell being edited and the 5 MB limit of Excel on the web become instructions, in both languages", () => {
    const editing = explainOfficeError({ code: "InvalidOperationInCellEditMode", message: "The operation is not allowed in cell edit mode." });
    expect(editing).toBeInstanceOf(BilingualError);
    expect((editing as BilingualError).bilingual.vi).toMatch(/nhấn Enter hoặc Esc/);
    expect((editing as BilingualError).bilingual.en).toMatch(/press Enter or Esc/);
    const tooBig = explainOfficeError({ code: "RequestPayloadSizeLimitExceeded" }) as BilingualError;
    expect(tooBig.bilingual.vi).toMatch(/Tải về tệp \.xlsx/);
  });

  test("errors with other codes, or none, pass through unchanged", () => {
    const other = { code: "GeneralException", message: "x" };
    expect(explainOfficeError(other)).toBe(other);
    const plain = new Error("boom");
    expect(explainOfficeError(plain)).toBe(plain);
    expect(explainOfficeError(undefined)).toBeUndefined();
  });

  test("runExplained rethrows Excel.run's failure explained", async () => {
    const g = globalThis as { Excel?: unknown };
    const saved = g.Excel;
    g.Excel = { run: async () => Promise.reject(Object.assign(new Error("edit mode"), { code: "InvalidOperationInCellEditMode" })) };
    try {
      await expect(runExplained(async () => 1)).rejects.toBeInstanceOf(BilingualError);
      g.Excel = { run: async (op: (c: unknown) => Promise<number>) => op({}) };
      await expect(runExplained(async () => 42)).resolves.toBe(42);
    } finally {
      g.Excel = saved;
    }
  });
});
