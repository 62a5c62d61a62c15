/**
 * A lean .xlsx reader: cell values only (what consolidation needs), read straight from
 * the package's XML. Several times faster than a full workbook model; anything it does
 * not understand throws, and the caller falls back to ExcelJS.
 */
import type { GridCell, SheetGrid } from "../core/consolidate/grid";
import type { ZipEntryInfo } from "./size-guard";
import { readEntry } from "./zip";

const decoder = new TextDecoder();

export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e as "amp"];
  });
}

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out.set(m[1], decodeXml(m[2] ?? m[3] ?? ""));
  }
  return out;
}

/** Concatenated <t> texts of a string item, phonetic runs (<rPh>) left out. */
function itemText(xml: string): string {
  const body = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, "");
  let text = "";
  for (const m of body.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)) text += m[1];
  return decodeXml(text);
}

function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

function resolveTarget(target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = `xl/${target}`.split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== ".") out.push(p);
  }
  return out.join("/");
}

export function parseSheetXml(xml: string, strings: string[]): GridCell[][] {
  const rows: GridCell[][] = [];
  let rowIndex = -1;
  let colIndex = -1;
  const pattern = /<(?:\w+:)?row\b([^>]*?)\/?>|<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
  for (const m of xml.matchAll(pattern)) {
    if (m[1] !== undefined) {
      const r = /\br="(\d+)"/.exec(m[1]);
      rowIndex = r ? Number(r[1]) - 1 : rowIndex + 1;
      colIndex = -1;
      continue;
    }
    const attrs = m[2];
    const ref = /\br="([A-Z]+)(\d+)"/.exec(attrs);
    if (ref) {
      colIndex = columnIndex(ref[1]);
      rowIndex = Number(ref[2]) - 1;
    } else colIndex++;
    const body = m[3];
    if (body === undefined || rowIndex < 0) continue;
    const type = /\bt="(\w+)"/.exec(attrs)?.[1] ?? "n";
    const v = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
    let value: GridCell = null;
    switch (type) {
      case "s":
        if (v !== undefined) {
          const s = strings[Number(v)];
          if (s === undefined) throw new Error(`shared string ${v} missing`);
          value = s;
        }
        break;
      case "inlineStr":
        value = itemText(body);
        break;
      case "str":
      case "e":
        value = v === undefined ? null : decodeXml(v);
        break;
      case "b":
        value = v === undefined ? null : v === "1";
        break;
      case "d":
        value = v === undefined ? null : decodeXml(v);
        break;
      default:
        value = v === undefined || v === "" ? null : Number(v);
        if (typeof value === "number" && Number.isNaN(value)) throw new Error(`bad number "${v}"`);
    }
    if (value === null) continue;
    const row = (rows[rowIndex] ??= []);
    while (row.length < colIndex) row.push(null);
    row[colIndex] = value;
  }
  for (let r = 0; r < rows.length; r++) if (rows[r] === undefined) rows[r] = [];
  return rows;
}

/** Every sheet of a guarded .xlsx as plain values. Throws on anything unexpected. */
export async function fastReadSheets(zip: Uint8Array, entries: ZipEntryInfo[]): Promise<SheetGrid[]> {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const text = async (name: string): Promise<string | null> => {
    const entry = byName.get(name);
    return entry ? decoder.decode(await readEntry(zip, entry)) : null;
  };
  const [workbook, rels] = await Promise.all([text("xl/workbook.xml"), text("xl/_rels/workbook.xml.rels")]);
  if (!workbook || !rels) throw new Error("workbook.xml or its relationships missing");
  const targets = new Map<string, { type: string; path: string }>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
    const a = attributes(m[1]);
    targets.set(a.get("Id") ?? "", { type: a.get("Type") ?? "", path: resolveTarget(a.get("Target") ?? "") });
  }
  const sharedPath = [...targets.values()].find((t) => t.type.endsWith("/sharedStrings"))?.path;
  const sharedXml = sharedPath ? await text(sharedPath) : null;
  const strings = sharedXml ? [...sharedXml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)].map((m) => itemText(m[1] ?? "")) : [];
  const sheets = [...workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)].map((m) => attributes(m[1]));
  return Promise.all(
    sheets.map(async (a) => {
      const relId = [...a.entries()].find(([k]) => k === "r:id" || k.endsWith(":id"))?.[1] ?? "";
      const target = targets.get(relId);
      if (!target) throw new Error(`sheet ${a.get("name")} has no part`);
      const xml = await text(target.path);
      if (xml === null) throw new Error(`sheet part ${target.path} missing`);
      const state = a.get("state") ?? "visible";
      return { name: a.get("name") ?? "", hidden: state !== "visible", rows: parseSheetXml(xml, strings) };
    }),
  );
}
