/** The annex as data, independent of any writer. */
import type { Status } from "../evaluate/types";
import type { JudgingRule } from "../evaluate/rule";
import type { ColumnKey } from "./columns";
import type { EvaluationWords } from "./formulas";

export interface AnnexRow {
  /** "1", "2", … continuous across groups; "1.1" for a sub-target under its parent. */
  stt: string;
  targetId: string;
  name: string;
  unit: string;
  agencyId: string | null;
  agencyName: string;
  /** A number, or text where the plan gives a range ("15–16"); null when unknown. */
  planYear: number | string | null;
  /** The figure of a target set for a later year than the period's ("Mục tiêu đến năm 2030"); null otherwise. */
  targetFinal: number | string | null;
  lastYear: number | null;
  actual: number | null;
  estimateYear: number | null;
  percentPlan: number | null;
  percentLastYear: number | null;
  status: Status | null;
  /** The status as the annex words it (see EvaluationWords): the formula's value on the figures written. */
  statusText: string | null;
  /** The rule the status and % so kế hoạch formulas are written from. */
  judging: JudgingRule | null;
  note: string;
  isSubTarget: boolean;
}

export interface AnnexGroup {
  numeral: string;
  name: string;
  rows: AnnexRow[];
}

export interface AnnexTaskRow {
  stt: string;
  taskId: string;
  title: string;
  agencies: string;
  deadline: string;
  state: string;
  note: string;
}

export interface AnnexMeta {
  format: "kehoach-annex";
  version: 1;
  kind: "agency" | "consolidated";
  plan: string;
  /** Agency id, or "*" for an annex covering every agency of the plan. */
  agency: string;
  period: string;
  catalogVersion: string;
  generatedAt: string;
  submittedAt?: string;
  deadline?: string;
}

export interface Annex {
  meta: AnnexMeta;
  /** The issuing body, as written above the national motto: "UBND TỈNH X", then the agency. */
  issuer: string[];
  heading: string;
  /** Title lines under the heading: plan, agency, period and cut-off, deadline. */
  titleLines: string[];
  columns: ColumnKey[];
  /** Headers that depend on the annex ("Mục tiêu đến năm 2030"), replacing the column's own. */
  headers: Partial<Record<ColumnKey, string>>;
  /** Words of the status column. */
  words: EvaluationWords;
  groups: AnnexGroup[];
  tasks: AnnexTaskRow[];
}

export function annexRows(annex: Pick<Annex, "groups">): AnnexRow[] {
  return annex.groups.flatMap((g) => g.rows);
}
