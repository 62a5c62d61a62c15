import { parseCsv } from "../../../src/core/text/csv";

describe("CSV delimiter: the one the table's rows agree on", () => {
  test("a vi-VN table under a title line holding a comma is read by ';'", () => {
    const text = "BIỂU CHỈ TIÊU GIAO CÁC SỞ, NGÀNH\nSTT;Chỉ tiêu;Kế hoạch\n1;Tăng trưởng;8,5\n2;Hộ nghèo, đa chiều;Dưới 1,9\n";
    const table = parseCsv(text);
    expect(table.delimiter).toBe(";");
    expect(table.rows[1].fields).toEqual(["STT", "Chỉ tiêu", "Kế hoạch"]);
    expect(table.rows[3].fields).toEqual(["2", "Hộ nghèo, đa chiều", "Dưới 1,9"]);
  });

  test("a comma file keeps ',' even with vi-VN decimals quoted; a tab file keeps tab despite commas in names", () => {
    expect(parseCsv('id,period,value\nbg.1,2024-Q2,"14,5"\nbg.2,2024-Q2,3\n').delimiter).toBe(",");
    expect(parseCsv("STT\tChỉ tiêu\tKH\n1\tLao động, việc làm\t5\n2\tThu ngân sách\t6\n").delimiter).toBe("\t");
  });

  test("one line: ';' where it has one, else ','", () => {
    expect(parseCsv("a;b").delimiter).toBe(";");
    expect(parseCsv("a,b").delimiter).toBe(",");
  });
});
