/** What each status is called, and how statuses rank (worst to best). */
import type { Bilingual, Lang } from "../messages";
import type { Status } from "./types";

export const STATUS_LABELS: Readonly<Record<Status, Bilingual>> = Object.freeze({
  achieved: { vi: "Đạt", en: "Achieved" },
  on_track: { vi: "Đúng tiến độ", en: "On track" },
  at_risk: { vi: "Có nguy cơ", en: "At risk" },
  off_track: { vi: "Chậm tiến độ", en: "Off track" },
  no_data: { vi: "Chưa có số liệu", en: "No data" },
});

export function statusLabel(status: Status, lang: Lang = "vi"): string {
  return STATUS_LABELS[status][lang];
}

/** A miss once the target's year has ended is no longer late but final: official reports say "Không đạt". */
export const MISSED_LABEL: Readonly<Bilingual> = Object.freeze({ vi: "Không đạt", en: "Not achieved" });

/** At year end, beyond the target on the better side: official reports say "Vượt". */
export const EXCEEDED_LABEL: Readonly<Bilingual> = Object.freeze({ vi: "Vượt", en: "Exceeded" });

/** The word a judgement is shown with: its status, except that a final miss reads "Không đạt". */
export function judgementLabel(judgement: { status: Status; final?: boolean }, lang: Lang = "vi"): string {
  return judgement.status === "off_track" && judgement.final ? MISSED_LABEL[lang] : STATUS_LABELS[judgement.status][lang];
}

/** Rank for sorting and comparison: no_data 0, off_track 1, at_risk 2, on_track 3, achieved 4. */
export const STATUS_RANK: Readonly<Record<Status, number>> = Object.freeze({
  no_data: 0,
  off_track: 1,
  at_risk: 2,
  on_track: 3,
  achieved: 4,
});
