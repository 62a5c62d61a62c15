/**
 * Memory that does not grow with the number of files. Each annex read, and each report row built, leaves
 * garbage; V8 lets its heap grow well past what is live before collecting (1,000 files peaked at 636 MB with
 * about 170 MB live). For a large consolidation the command asks V8 to grow the heap in smaller steps, so it
 * collects sooner: 1,000 files then peak under 500 MB for about a quarter more CPU. Small runs keep V8's default.
 * 15%, not 20%: at 20% a loaded machine (concurrent marking falling behind) peaked at 491–498 MB, too near the
 * goal; at 15% 458–475 MB (3 runs each, alternating).
 */
import { setFlagsFromString } from "node:v8";

/** From this many files on, memory is worth more than the CPU spent collecting sooner. */
export const MANY_FILES = 200;

/** Collect sooner when the run is large. V8 reads this flag each time it sizes the heap, so it holds from here on. */
export function boundMemoryFor(fileCount: number): void {
  if (fileCount >= MANY_FILES) setFlagsFromString("--heap-growing-percent=15");
}
