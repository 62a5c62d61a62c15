/** Timing shared by the benches (not a bench itself: run.ts only runs *.bench.ts). */
import { performance } from "node:perf_hooks";

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Medians of `runs` runs after one warm-up: wall and CPU time in ms. */
export async function measure(work: () => Promise<unknown> | unknown, runs = 5): Promise<{ wall: number; cpu: number }> {
  await work();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await work();
    walls.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  return { wall: median(walls), cpu: median(cpus) };
}
