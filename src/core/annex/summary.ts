/**
 * The picture for the planning department: how many targets are in each status, by group and by
 * agency, with an in-cell bar made of text (it shows in any Excel from 2007 and in LibreOffice,
 * printed too). The Office.js writer adds a stacked bar chart over the same counts (`chart`).
 */
import { STATUS_LABELS } from "../evaluate/labels";
import type { Status } from "../evaluate/types";
import type { CellValue, SheetLayout } from "../sheet/layout";
import { layoutTableSheet } from "./layout";
import { annexRows, type Annex } from "./model";

export const SUMMARY_SHEET = "Tóm tắt";
const ORDER: Status[] = ["achieved", "on_track", "at_risk", "off_track", "no_data"];
/** One mark per status in the bar: full, dark, medium, light, dotted. */
const MARKS: Record<Status, string> = { achieved: "█", on_track: "▓", at_risk: "▒", off_track: "░", no_data: "·" };
const BAR_WIDTH = 30;

/** A stacked text bar of `BAR_WIDTH` marks, each status its share (largest remainders, so the marks add up). */
export function textBar(counts: Readonly<Record<Status, number>>): string {
  const total = ORDER.reduce((n, s) => n + counts[s], 0);
  if (!total) return "";
  const exact = ORDER.map((s) => (counts[s] * BAR_WIDTH) / total);
  const marks = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; k < BAR_WIDTH - marks.reduce((a, b) => a + b, 0); k++) marks[order[k][1]]++;
  return ORDER.map((s, i) => MARKS[s].repeat(marks[i])).join("");
}

/**
 * What each status is called in this report: the annex's own words (configurable). Achieved counts
 * "Vượt" and "Đạt" once the year is over; off track reads "Không đạt" then, "Chậm tiến độ" before.
 */
export function statusHeaders(annex: Pick<Annex, "words" | "groups">): Record<Status, string> {
  const w = annex.words;
  const rows = annexRows(annex);
  const final = rows.some((r) => r.judging?.final);
  const within = rows.some((r) => r.judging && !r.judging.final);
  const both = (atEnd: string, before: string) => [...new Set([...(final ? [atEnd] : []), ...(within || !final ? [before] : [])])].join(" / ");
  const achieved = final ? [...new Set([w.exceeded, w.achieved])].join(" / ") : w.achieved;
  return { achieved, on_track: w.onTrack, at_risk: w.atRisk, off_track: both(w.missed, w.offTrack), no_data: w.noData || STATUS_LABELS.no_data.vi };
}

function count(rows: { status: Status | null }[]): Record<Status, number> {
  const out = { achieved: 0, on_track: 0, at_risk: 0, off_track: 0, no_data: 0 };
  for (const r of rows) out[r.status ?? "no_data"]++;
  return out;
}

/** The summary sheet of a consolidated report: groups, their total, then agencies; `chart` covers the header and the group rows. */
export function layoutSummarySheet(annex: Annex, lines: string[]): SheetLayout {
  const rows = annexRows(annex);
  const groups = annex.groups.map((g) => [g.name, count(g.rows)] as const);
  const agencies = new Map<string, typeof rows>();
  for (const r of rows) {
    const name = r.agencyName || "Chưa rõ cơ quan";
    const list = agencies.get(name);
    if (list) list.push(r);
    else agencies.set(name, [r]);
  }
  const line = (label: string, c: Record<Status, number>): CellValue[] => [label, ...ORDER.map((s) => c[s]), ORDER.reduce((n, s) => n + c[s], 0), textBar(c)];
  const section = (title: string): CellValue[] => [title, ...ORDER.map(() => null), null, null];
  const body: CellValue[][] = [
    ...groups.map(([name, c]) => line(name, c)),
    line("Cộng", count(rows)),
    section("Theo cơ quan chủ trì"),
    ...[...agencies].map(([name, list]) => line(name, count(list))),
  ];
  const words = statusHeaders(annex);
  const legend = `Thanh: ${ORDER.map((s) => `${MARKS[s]} ${words[s]}`).join("   ")}`;
  const sheet = layoutTableSheet(
    SUMMARY_SHEET,
    "TÓM TẮT KẾT QUẢ ĐÁNH GIÁ CÁC CHỈ TIÊU",
    [...lines, legend],
    [
      { header: "Nhóm chỉ tiêu / cơ quan chủ trì", width: 34, wrap: true },
      ...ORDER.map((s) => ({ header: words[s], width: 10, format: "0" })),
      { header: "Tổng số", width: 9, format: "0" },
      { header: "Tỷ lệ theo đánh giá", width: 34 },
    ],
    body,
  );
  const header = sheet.rows.findIndex((r) => r.style === "header") + 1;
  // The header and the group rows: what the Office.js chart draws.
  sheet.chart = { title: "Đánh giá theo nhóm chỉ tiêu", area: { top: header, left: 1, bottom: header + groups.length, right: 1 + ORDER.length } };
  return sheet;
}
