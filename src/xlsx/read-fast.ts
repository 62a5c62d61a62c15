/**
 * The fast annex reader: .xlsx bytes → the same grids ExcelJS gives (see read.ts), from the zip
 * (read-zip.ts) and a narrow tokenizer of the workbook, styles, shared strings and worksheets
 * (read-xml.ts). It mirrors ExcelJS 4.4's reading rule for rule, including its quirks (a number
 * under a date format is a Date; a formula's string result is decoded twice; "_x000D_" escapes);
 * test/xlsx/read-fast.differential.test.ts proves it on files from several producers.
 * Where it departs, on purpose: rows and cells without an "r" attribute are placed as the standard
 * says (ExcelJS drops such rows), and a formula whose cached text result is empty (t="str", <v></v>)
 * reads as empty, where ExcelJS cannot tell it from a formula never calculated.
 * Anything else it does not know returns null: the caller reads the file with ExcelJS instead.
 */
import { MAX_SHEET_ROWS, type GridCell, type SheetGrid } from "../core/consolidate";
import { forgetParts, readPartOnce } from "./part-cache";
import { inflateEntry, storedBytes, type ZipDirectory } from "./read-zip";
import { attribute, attributesOf, found, hasLetter, OutOfScope, scanXml, StopScan, textOf, valueAt, type Tag, type XmlSource } from "./read-xml";

export type FastRead = { ok: true; sheets: SheetGrid[] } | { ok: false; lying: true } | null;

interface Parts {
  text(name: string): XmlSource | null;
  /** `read` of the part's text, or what it gave for the same part of the file before (part-cache.ts); null when there is no such part. */
  once<T>(name: string, read: (xml: XmlSource) => T): T | null;
}

/** How a part's UTF-8 bytes become what the tokenizer walks. */
export type PartDecoder = (bytes: Uint8Array) => XmlSource;

const utf8Decoder = new TextDecoder("utf-8");

/** Decoded whole (runs everywhere). */
const decodeWhole: PartDecoder = (bytes) => ({ xml: utf8Decoder.decode(bytes), utf8: null });

/** The decoder in use: whole parts unless an edge installs another, as Node's adapter does one that walks bytes. */
let decodePart: PartDecoder = decodeWhole;

export function usePartDecoder(decoder: PartDecoder | null): void {
  decodePart = decoder ?? decodeWhole;
  forgetParts(); // what was read with the other decoder is read anew
}

/** Sheets of the workbook, or `lying` when an entry is not what the zip declares, or null when out of scope. */
export function readSheetsFast(bytes: Uint8Array, directory: ZipDirectory): FastRead {
  let lying = false;
  const parts: Parts = {
    text(name) {
      const entry = directory.get(name);
      if (!entry) return null;
      const data = inflateEntry(bytes, entry);
      if (!data) {
        lying = true;
        throw new OutOfScope("lying entry");
      }
      if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) throw new OutOfScope("UTF-16 part");
      return decodePart(data);
    },
    once(name, read) {
      const entry = directory.get(name);
      if (!entry) return null;
      const stored = storedBytes(bytes, entry);
      if (!stored) return read(this.text(name)!); // the lying entry is caught there
      return readPartOnce(name, entry, stored, () => read(this.text(name)!));
    },
  };
  try {
    return { ok: true, sheets: readWorkbook(parts, directory) };
  } catch (e) {
    if (lying) return { ok: false, lying: true };
    if (e instanceof OutOfScope) return null;
    throw e;
  }
}

interface SheetRef {
  name: string;
  hidden: boolean;
  part: string;
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

function requireRoot({ xml }: XmlSource, root: string): void {
  const at = xml.indexOf(`<${root}`);
  if (at < 0 || !/[\s>/]/.test(xml[at + root.length + 1] ?? "")) throw new OutOfScope(`no <${root}> root (a prefixed or strict part)`);
}

interface WorkbookPart {
  date1904: boolean;
  declared: Array<{ name: string; id: number; state?: string; rel?: string }>;
}

function readWorkbookPart(workbook: XmlSource): WorkbookPart {
  requireRoot(workbook, "workbook");
  if (!workbook.xml.includes(MAIN_NS)) throw new OutOfScope("not transitional SpreadsheetML (strict OOXML?)");
  let date1904 = false;
  const declared: WorkbookPart["declared"] = [];
  scanXml(workbook, {
    open(name, tag) {
      if (name === "workbookPr") date1904 = attribute(tag, "date1904") === "1";
      else if (name === "sheet") {
        const a = attributesOf(tag);
        declared.push({ name: a.get("name") ?? "", id: Number(a.get("sheetId")), state: a.get("state"), rel: a.get("r:id") });
      }
    },
    close() {},
    text() {},
  });
  const ids = new Set(declared.map((d) => d.id));
  if (ids.size !== declared.length || declared.some((d) => !Number.isInteger(d.id) || d.id < 1)) throw new OutOfScope("sheet ids repeated or not positive");
  return { date1904, declared };
}

/** A relationships part: each relationship's target, by id. */
function readTargets(rels: XmlSource): Map<string, string> {
  const targets = new Map<string, string>();
  scanXml(rels, {
    open(name, tag) {
      if (name !== "Relationship") return;
      const a = attributesOf(tag);
      const id = a.get("Id");
      const target = a.get("Target");
      if (id !== undefined && target !== undefined) targets.set(id, target);
    },
    close() {},
    text() {},
  });
  return targets;
}

function readWorkbook(parts: Parts, directory: ZipDirectory): SheetGrid[] {
  const workbook = parts.once("xl/workbook.xml", readWorkbookPart);
  if (workbook === null) throw new OutOfScope("no xl/workbook.xml");
  const { date1904, declared } = workbook;
  const targets = parts.once("xl/_rels/workbook.xml.rels", readTargets) ?? new Map<string, string>();
  // ExcelJS's own mapping from a sheet's relationship to its part; sheets it cannot map (chartsheets) it skips.
  const sheets: SheetRef[] = [];
  for (const d of declared) {
    const target = d.rel === undefined ? undefined : targets.get(d.rel);
    if (target === undefined) continue;
    const part = `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`;
    if (!directory.has(part) || !/xl\/worksheets\/sheet(\d+)[.]xml/.test(part)) continue;
    sheets.push({ name: d.name, hidden: (d.state || "visible") !== "visible", part });
  }

  const dateStyles = parts.once("xl/styles.xml", readDateStyles);
  if (dateStyles === null) throw new OutOfScope("no xl/styles.xml");
  const sst = parts.text("xl/sharedStrings.xml");
  const shared = sst === null ? [] : readSharedStrings(sst);
  return sheets.map((s) => readSheet(parts.text(s.part)!, s, { dateStyles, shared, date1904 }));
}

/** ExcelJS's test for a date format (utils.isDateFmt), mirrored so both readers agree on what is a date. */
function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(bare);
}

/** ExcelJS's built-in number formats that are dates (ids 14–22, 45–47). */
const BUILT_IN_DATE = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** Per cell style index (cellXfs), whether numbers under it are dates. */
function readDateStyles(xml: XmlSource): boolean[] {
  requireRoot(xml, "styleSheet");
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let section = "";
  scanXml(xml, {
    open(name, tag, selfClosing) {
      if (name === "numFmts" || name === "cellXfs") {
        if (!selfClosing) section = name;
      } else if (name === "numFmt" && section === "numFmts") {
        const a = attributesOf(tag);
        custom.set(parseInt(a.get("numFmtId") ?? "", 10), a.get("formatCode") ?? "");
      } else if (name === "xf" && section === "cellXfs") {
        formatIds.push(parseInt(attribute(tag, "numFmtId") ?? "", 10));
      }
    },
    close(name) {
      if (name === section) section = "";
    },
    text() {},
  });
  return formatIds.map((id) => {
    if (!id) return false; // NaN or 0: ExcelJS gives no format
    const format = custom.get(id);
    if (format) return isDateFormat(format);
    return BUILT_IN_DATE.has(id);
  });
}

/** "_x000D_" escapes, as ExcelJS's TextXform decodes them (upper-case hex only). */
const unescapeX = (s: string) => (s.indexOf("_x") < 0 ? s : s.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))));

/** Shared strings as ExcelJS reads them: plain text, or rich runs joined; phonetic runs (rPh) ignored. */
function readSharedStrings(xml: XmlSource): Array<string | null> {
  requireRoot(xml, "sst");
  const out: Array<string | null> = [];
  let inSi = false;
  let depthIgnored = 0;
  let plain: string | null = null;
  let runs: string[] | null = null;
  let inRun = false;
  let text: string | null = null;
  scanXml(xml, {
    open(name, _tag, selfClosing) {
      if (depthIgnored) {
        if (!selfClosing) depthIgnored++;
        return;
      }
      if (name === "si") {
        inSi = true;
        plain = null;
        runs = null;
        return; // a self-closing <si/> is closed (and counted) by close()
      }
      if (!inSi) return;
      if (name.includes(":")) throw new OutOfScope("prefixed element in a shared string");
      if (name === "rPh") {
        if (!selfClosing) depthIgnored = 1;
      } else if (name === "r") {
        if (plain !== null) throw new OutOfScope("plain and rich text in one shared string");
        runs ??= [];
        inRun = true;
        runs.push("");
      } else if (name === "t") {
        if (runs !== null && !inRun) throw new OutOfScope("plain and rich text in one shared string");
        text = "";
      }
    },
    close(name) {
      if (depthIgnored) {
        depthIgnored--;
        return;
      }
      if (name === "t" && text !== null) {
        const value = unescapeX(text);
        if (inRun) runs![runs!.length - 1] = value;
        else {
          if (plain !== null) throw new OutOfScope("two plain texts in one shared string");
          plain = value;
        }
        text = null;
      } else if (name === "r") inRun = false;
      else if (name === "si" && inSi) {
        out.push(runs !== null ? runs.join("") : plain);
        inSi = false;
      }
    },
    text(run) {
      if (text !== null && !depthIgnored) text += textOf(run);
    },
  });
  return out;
}

interface SheetContext {
  dateStyles: boolean[];
  shared: Array<string | null>;
  date1904: boolean;
}

const excelToDate = (v: number, date1904: boolean) => new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));

/** ExcelJS's utils.xmlDecode: a formula's string result is decoded once more. */
const xmlDecodeAgain = (s: string) =>
  s.indexOf("&") < 0 ? s : s.replace(/&([a-z]*);/g, (c) => ({ "&lt;": "<", "&gt;": ">", "&amp;": "&", "&apos;": "'", "&quot;": '"' })[c] ?? c);

/** "B12" → row 12, column 2, read leniently as ExcelJS does (not core/sheet's columnNumber, which takes letters only). */
function cellRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  const row = Number(ref.slice(i));
  if (!col || !Number.isInteger(row) || row < 1 || col > 16384) return null;
  return { row, col };
}

/** Letters of a cell's attributes, for `hasLetter`. */
const R = 17;
const S = 18;
const T = 19;

/** The column of a cell whose address is the tag's text from `start` to `end`, read in place; 0 unless the address is in row `row`. */
function cellColumn(tag: Tag, start: number, end: number, row: number): number {
  const { xml } = tag;
  let p = start;
  let col = 0;
  for (let c = xml.charCodeAt(p); p < end && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)); c = xml.charCodeAt(++p)) col = col * 26 + (c & 31);
  const digits = p;
  let number = 0;
  for (let c = xml.charCodeAt(p); p < end && c >= 48 && c <= 57; c = xml.charCodeAt(++p)) number = number * 10 + (c - 48);
  if (p === end && p > digits && col > 0 && col <= 16384) return number === row ? col : 0;
  const at = cellRef(valueAt(tag, start, end)); // entities, spaces or other oddities: read as text
  return at && at.row === row ? at.col : 0;
}

/** A cell's style index ("s"), the tag's text from `start` to `end`, read in place. */
function styleIndex(tag: Tag, start: number, end: number): number {
  let index = 0;
  for (let p = start; p < end; p++) {
    const c = tag.xml.charCodeAt(p);
    if (c < 48 || c > 57) {
      const s = valueAt(tag, start, end);
      return s ? parseInt(s, 10) : 0;
    }
    index = index * 10 + (c - 48);
  }
  return index;
}

const HYPERLINKS = "hyperlinks (ExcelJS turns their cells into text)";

function readSheet(xml: XmlSource, ref: SheetRef, context: SheetContext): SheetGrid {
  requireRoot(xml, "worksheet");
  const rows: GridCell[][] = [];
  let truncated = false;
  let inData = false;
  let rowNumber = 0;
  let col = 0;
  let cells: GridCell[] | null = null;
  // The cell being read.
  let type: string | undefined;
  let style = 0;
  // A formula's text is decoded only if the cell turns out never calculated: where its one run is, till then.
  let formula: string | null = null;
  // (copied into one object per sheet: formulas are most cells of an annex, and most are never decoded)
  const formulaRun = { xml: xml.xml, utf8: xml.utf8, start: 0, end: 0, encoded: false, wide: false };
  let hasFormulaRun = false;
  let isFormula = false;
  let value: string | undefined;
  let sawValue = false;
  let runs: string[] | null = null;
  let inRun = false;
  let inText: "v" | "t" | "f" | null = null;
  let runText: string | null = null;
  let inCell = false;
  let ignoredDepth = 0;
  const merges: string[] = [];
  let lastRow = 0;

  const finishCell = () => {
    let cell: GridCell | undefined;
    if (isFormula) {
      if (value) {
        if (type === "str") cell = xmlDecodeAgain(value);
        else if (type === "b") cell = parseInt(value, 10) !== 0;
        else if (type === "e") cell = value;
        else {
          const n = parseFloat(value);
          cell = style && context.dateStyles[style] ? excelToDate(n, context.date1904) : n;
        }
      } else if (sawValue && type === "str") cell = null; // a cached result that is empty text: nothing, but not uncalculated
      else cell = { uncomputed: true, formula: formula ?? (hasFormulaRun ? textOf(formulaRun) : "") };
    } else if (runs !== null) {
      if (type !== "inlineStr") throw new OutOfScope("rich text in a cell that is not an inline string");
      cell = runs.join("");
    } else if (value !== undefined) {
      if (type === "s") {
        const index = parseInt(value, 10);
        if (!(index >= 0 && index < context.shared.length)) throw new OutOfScope("shared string index out of range");
        cell = context.shared[index];
      } else if (type === "str") cell = xmlDecodeAgain(value);
      else if (type === "inlineStr") cell = value;
      else if (type === "b") cell = parseInt(value, 10) !== 0;
      else if (type === "e") cell = value;
      else {
        const n = parseFloat(value);
        cell = style && context.dateStyles[style] ? excelToDate(n, context.date1904) : n;
      }
    }
    if (cell !== undefined && cells) {
      cells[col - 1] = cell;
      if (rowNumber > lastRow) lastRow = rowNumber;
    }
  };

  scanXml(xml, {
    open(name, tag, selfClosing) {
      // Told as the scan passes (not by a search of the whole part first: a fifth of an annex's reading).
      if (name === "hyperlink") throw new OutOfScope(HYPERLINKS);
      if (ignoredDepth) {
        if (!selfClosing) ignoredDepth++;
        return;
      }
      if (!inData) {
        if (name === "sheetData" && !selfClosing) inData = true;
        else if (name === "mergeCell") merges.push(attribute(tag, "ref") ?? "");
        return;
      }
      if (truncated) return;
      if (name.includes(":")) throw new OutOfScope("prefixed element in sheetData");
      if (name === "row") {
        const r = hasLetter(tag, R) ? valueAt(tag, found.start, found.end) : undefined;
        rowNumber = r === undefined ? rowNumber + 1 : Number(r);
        if (!Number.isInteger(rowNumber) || rowNumber < 1) throw new OutOfScope("row number");
        if (rowNumber > MAX_SHEET_ROWS) {
          // Nothing past the cap is read: the sheet (and its file) is refused for its size anyway.
          truncated = true;
          throw new StopScan();
        }
        cells = [];
        rows[rowNumber - 1] = cells;
        col = 0;
      } else if (name === "c") {
        if (!cells) throw new OutOfScope("cell outside a row");
        if (!hasLetter(tag, R)) col += 1;
        else if (!(col = cellColumn(tag, found.start, found.end, rowNumber))) throw new OutOfScope("cell address");
        type = hasLetter(tag, T) ? valueAt(tag, found.start, found.end) : undefined;
        style = hasLetter(tag, S) ? styleIndex(tag, found.start, found.end) : 0;
        formula = null;
        hasFormulaRun = false;
        isFormula = false;
        value = undefined;
        sawValue = false;
        runs = null;
        inRun = false;
        inCell = true;
        if (selfClosing) {
          inCell = false;
          finishCell();
        }
      } else if (!inCell) {
        throw new OutOfScope(`<${name}> in sheetData outside a cell`);
      } else if (name === "f") {
        if (attribute(tag, "t") !== undefined) isFormula = true;
        if (!selfClosing) inText = "f";
      } else if (name === "v") {
        sawValue = true;
        if (!selfClosing) inText = "v";
      } else if (name === "is") {
        // inline string: its <t> or its runs follow
      } else if (name === "r") {
        if (value !== undefined) throw new OutOfScope("plain and rich inline text");
        runs ??= [];
        runs.push("");
        inRun = true;
      } else if (name === "t") {
        if (runs !== null && !inRun) throw new OutOfScope("plain and rich inline text");
        if (inRun) runText = "";
        else if (!selfClosing) inText = "t";
      } else if (name === "rPr" || name === "rPh" || name === "extLst") {
        if (name === "rPh") throw new OutOfScope("phonetic run in an inline string");
        if (!selfClosing) ignoredDepth = 1;
      } else throw new OutOfScope(`<${name}> in a cell`);
    },
    close(name) {
      if (ignoredDepth) {
        ignoredDepth--;
        return;
      }
      if (!inData) return;
      if (name === "sheetData") {
        inData = false;
        return;
      }
      if (truncated) return;
      if (name === "c" && inCell) {
        inCell = false;
        finishCell();
      } else if (name === "f") {
        inText = null;
        if (formula !== null || hasFormulaRun) isFormula = true;
      } else if (name === "v" || (name === "t" && !inRun)) inText = null;
      else if (name === "t" && inRun && runText !== null) {
        runs![runs!.length - 1] = unescapeX(runText);
        runText = null;
      } else if (name === "r") inRun = false;
      else if (name === "row") cells = null;
    },
    text(run) {
      if (ignoredDepth || !inCell) return;
      if (runText !== null) runText += textOf(run);
      else if (inText === "f") {
        if (formula === null && !hasFormulaRun) {
          formulaRun.start = run.start;
          formulaRun.end = run.end;
          formulaRun.encoded = run.encoded;
          formulaRun.wide = run.wide;
          hasFormulaRun = true;
        }
        else {
          formula = (formula ?? textOf(formulaRun)) + textOf(run);
          hasFormulaRun = false;
        }
      } else if (inText === "v" || inText === "t") value = (value ?? "") + textOf(run);
    },
  });
  // A sheet cut short was not scanned to its end: its hyperlinks, if any, are looked for in its text.
  if (truncated && xml.xml.includes("<hyperlink")) throw new OutOfScope(HYPERLINKS);
  return finishGrid(rows, lastRow, merges, ref, truncated);
}

/** ExcelJS keeps a merged range's value in its first cell only, and counts the range's rows as rows. */
function finishGrid(rows: GridCell[][], lastValueRow: number, merges: string[], ref: SheetRef, truncated: boolean): SheetGrid {
  let last = lastValueRow;
  for (const range of merges) {
    const [a, b] = range.split(":");
    const from = cellRef(a ?? "");
    const to = b === undefined ? from : cellRef(b);
    if (!from || !to) throw new OutOfScope("merge range");
    const top = Math.min(from.row, to.row);
    const bottom = Math.max(from.row, to.row);
    const left = Math.min(from.col, to.col);
    const right = Math.max(from.col, to.col);
    if ((bottom - top + 1) * (right - left + 1) > 100_000) throw new OutOfScope("huge merge");
    if (bottom > MAX_SHEET_ROWS) throw new OutOfScope("merge beyond the row cap");
    for (let r = top; r <= bottom; r++) {
      const cells = rows[r - 1];
      if (!cells) continue;
      for (let c = left; c <= right; c++) if ((r !== top || c !== left) && c - 1 < cells.length) delete cells[c - 1];
    }
    if ((bottom > top || right > left) && bottom > last) last = bottom;
  }
  rows.length = Math.min(rows.length, last);
  const grid: GridCell[][] = new Array(last);
  for (let r = 0; r < last; r++) {
    const cells = rows[r];
    if (!cells) {
      grid[r] = [];
      continue;
    }
    let length = cells.length;
    while (length > 0 && cells[length - 1] === undefined) length--;
    cells.length = length;
    for (let c = 0; c < length; c++) if (cells[c] === undefined) cells[c] = null;
    grid[r] = cells;
  }
  return { name: ref.name, hidden: ref.hidden, rows: grid, ...(truncated ? { truncated } : {}) };
}
