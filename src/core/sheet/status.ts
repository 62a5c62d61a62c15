/** Status words with their traffic-light tone and colours: one table for the annex, the pane, the preview and every writer. */
import type { Status } from "../evaluate/types";
import { STATUS_LABELS } from "../evaluate/labels";

export type Tone = "good" | "warn" | "bad" | "none";

/** Traffic-light colours (hex without "#"), shared by every writer and the pane. */
export const TONE_COLORS: Record<Exclude<Tone, "none">, { fill: string; font: string }> = {
  good: { fill: "C6EFCE", font: "006100" },
  warn: { fill: "FFEB9C", font: "9C5700" },
  bad: { fill: "FFC7CE", font: "9C0006" },
};

/** The evaluation's status words (src/core/evaluate/labels.ts) with their traffic-light tone. */
export const STATUS_LOOKS: Record<Status, { vi: string; en: string; tone: Tone }> = {
  achieved: { ...STATUS_LABELS.achieved, tone: "good" },
  on_track: { ...STATUS_LABELS.on_track, tone: "good" },
  at_risk: { ...STATUS_LABELS.at_risk, tone: "warn" },
  off_track: { ...STATUS_LABELS.off_track, tone: "bad" },
  no_data: { ...STATUS_LABELS.no_data, tone: "none" },
};
