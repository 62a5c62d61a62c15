/**
 * Table import on held-out tables never tuned against (test/fixtures/tables/held-out): precision,
 * recall and F1 of the targets read, lead agencies right, actuals offered. Figures only, no pass/fail.
 */
import { tableHeldOutReport } from "../test/xlsx/table-held-out";

export async function run(): Promise<string[]> {
  return (await tableHeldOutReport()).lines;
}
