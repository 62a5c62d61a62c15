import { say, type Lang } from "../messages";
import type { TableProblem } from "./types";

/** "Sheet1, row 4, column C: …": where a table problem sits, then what it is. */
export function formatTableProblem(p: TableProblem, lang: Lang): string {
  const [row, column] = say({ vi: ["dòng", "cột"], en: ["row", "column"] }, lang);
  return `${p.sheet}, ${row} ${p.row}${p.column ? `, ${column} ${p.column}` : ""}: ${p.message[lang]}`;
}
