/** What consolidation reads from a submitted annex, and what it reports. */
import type { MetaRecord } from "../annex/meta";
import type { Bilingual } from "../messages";

export type ReportedField = "actual" | "lastYear" | "estimateYear";
export const REPORTED_FIELDS: readonly ReportedField[] = ["actual", "lastYear", "estimateYear"];

/** One target row of an accepted file. */
export interface SubmittedRow {
  file: string;
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  agency: string;
  targetId: string;
  values: Record<ReportedField, number | null>;
  note: string;
}

export interface SubmittedTask {
  file: string;
  agency: string;
  taskId: string;
  state: string;
  note: string;
}

export interface SubmissionDate {
  /** ISO timestamp or date. */
  at: string;
  source: "metadata" | "file" | "generated";
}

export interface Submission {
  file: string;
  meta: MetaRecord;
  submitted: SubmissionDate;
  rows: SubmittedRow[];
  tasks: SubmittedTask[];
}

/**
 * An accepted file as a consolidation's result lists it. Its rows are merged into the report (or
 * its conflicts) and not kept: a thousand files' rows would double the memory the report needs.
 */
export interface AcceptedFile {
  file: string;
  meta: MetaRecord;
  submitted: SubmissionDate;
  /** How many target rows of the file were read. */
  rowCount: number;
}

/** A whole file, or one row or cell of it, that did not make it into the report, and why. */
export interface Rejection {
  file: string;
  sheet?: string;
  row?: number;
  field?: string;
  agency?: string;
  targetId?: string;
  /** The value as submitted (text). */
  value?: string;
  reason: Bilingual;
}
