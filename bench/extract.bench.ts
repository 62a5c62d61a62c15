/**
 * Extraction speed: median time to extract targets from a ~100 KB plan document (goal: under
 * 50 ms). Uses the largest source document in ../shared/seeds, or a generated 100 KB plan.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { extractTargets } from "../src/core/extract";

const SOURCES = resolve(__dirname, "../../shared/seeds");

/** A generated plan: headings, numbered targets, task prose, results — repeated to ~100 KB. */
function generatedPlan(bytes: number): string {
  const parts = ["KẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2025\n"];
  for (let i = 1; Buffer.byteLength(parts.join("\n")) < bytes; i++) {
    parts.push(
      `II. MỤC TIÊU ${i}\n`,
      `(${i}) Tỷ lệ hộ nghèo giảm bình quân 1-1,5%/năm; tỷ lệ lao động qua đào tạo đạt trên 90%, trong đó có văn bằng, chứng chỉ đạt khoảng 40-45%.\n`,
      `- Tỷ lệ dân số được cấp nước sạch đạt 92% (trong đó thành thị đạt 100%; nông thôn đạt 90%).\n`,
      `III. NHIỆM VỤ\n\n${i}.1. Sở Giao thông vận tải: Tiếp tục đầu tư giao thông nông thôn, phấn đấu 100% đường xã được cứng hóa; hoàn thành trước ngày 30/6/2025.\n`,
      `Phần thứ nhất\nĐÁNH GIÁ KẾT QUẢ\n\nThu ngân sách ước đạt 15.200 tỷ đồng, đạt 104,5% dự toán, tăng 8% so với cùng kỳ.\n`,
    );
  }
  return parts.join("\n");
}

function documentForBench(): { name: string; text: string } {
  if (existsSync(SOURCES)) {
    const files = readdirSync(SOURCES).filter((f) => f.endsWith(".txt") && /^\d/.test(f));
    if (files.length) {
      const largest = files.map((f) => ({ f, size: statSync(join(SOURCES, f)).size })).sort((a, b) => b.size - a.size)[0].f;
      return { name: largest, text: readFileSync(join(SOURCES, largest), "utf8") };
    }
  }
  return { name: "generated plan (../shared/seeds absent)", text: generatedPlan(100 * 1024) };
}

export async function run(): Promise<string[]> {
  const { name, text } = documentForBench();
  const kb = Buffer.byteLength(text) / 1024;
  let targets = 0;
  for (let i = 0; i < 3; i++) targets = extractTargets(text, { file: name }).targets.length; // warm up
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 21; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    extractTargets(text, { file: name });
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const wall = median(times);
  return [
    `extract: ${name}, ${kb.toFixed(0)} KB, ${targets} targets`,
    `extract: median ${wall.toFixed(1)} ms wall (${median(cpu).toFixed(1)} ms CPU) over ${times.length} runs, min ${Math.min(...times).toFixed(1)} ms; ${((wall * 100) / kb).toFixed(1)} ms per 100 KB (goal < 50 ms)`,
  ];
}
