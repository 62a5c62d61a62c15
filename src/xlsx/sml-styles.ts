/**
 * The styles part (xl/styles.xml) of the SpreadsheetML writer: fonts, fills, borders, number formats
 * and cell formats, each written once however many cells share it, plus the differential formats
 * (dxf) of the traffic lights. Looks are the core's CellStyle (src/core/sheet/style.ts).
 */
import { FONT_NAME, type CellStyle } from "../core/sheet";
import { xmlText } from "./sml-text";

/** Formats Excel knows by number: written by id, as Excel and ExcelJS write them. */
const BUILTIN_FORMATS: Record<string, number> = { "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "@": 49 };
const FIRST_CUSTOM_FORMAT = 164;

const argb = (rgb: string) => `FF${rgb.toUpperCase()}`;
const solidFill = (rgb: string) => `<fill><patternFill patternType="solid"><fgColor rgb="${argb(rgb)}"/><bgColor rgb="${argb(rgb)}"/></patternFill></fill>`;
const THIN_BORDER = '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>';

/** A table of distinct XML fragments, each numbered by first use. */
class Table {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(initial: string[] = []) {
    for (const item of initial) this.id(item);
  }
  id(item: string): number {
    let id = this.index.get(item);
    if (id === undefined) {
      id = this.items.length;
      this.index.set(item, id);
      this.items.push(item);
    }
    return id;
  }
}

export class StyleTable {
  private readonly fonts = new Table(['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>']);
  private readonly fills = new Table(['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']);
  private readonly borders = new Table(["<border><left/><right/><top/><bottom/><diagonal/></border>"]);
  private readonly customFormats = new Map<string, number>();
  private readonly xfs = new Table(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly dxfs = new Table();

  /** The cell format index (the s attribute) of a look; 0 for none. `plain`: only number format and lock apply. */
  cellFormat(style: CellStyle | null, plain: boolean): number {
    if (!style) return 0;
    const numFmtId = style.numFmt ? this.numberFormat(style.numFmt) : 0;
    let attributes = `numFmtId="${numFmtId}"`;
    let fontId = 0;
    let fillId = 0;
    let borderId = 0;
    let alignment = "";
    if (!plain) {
      const f = style.font;
      fontId = this.fonts.id(`<font>${f.bold ? "<b/>" : ""}${f.italic ? "<i/>" : ""}<sz val="${f.size}"/><name val="${FONT_NAME}"/></font>`);
      if (style.fill) fillId = this.fills.id(solidFill(style.fill));
      if (style.border) borderId = this.borders.id(THIN_BORDER);
      alignment = alignmentXml(style);
    }
    attributes += ` fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (numFmtId) attributes += ' applyNumberFormat="1"';
    if (fontId) attributes += ' applyFont="1"';
    if (fillId) attributes += ' applyFill="1"';
    if (borderId) attributes += ' applyBorder="1"';
    if (alignment) attributes += ' applyAlignment="1"';
    if (style.unlocked) attributes += ' applyProtection="1"';
    const children = alignment + (style.unlocked ? '<protection locked="0"/>' : "");
    return this.xfs.id(children ? `<xf ${attributes}>${children}</xf>` : `<xf ${attributes}/>`);
  }

  /** The differential format (a traffic light's colours) index. */
  differentialFormat(fill: string, font: string): number {
    return this.dxfs.id(`<dxf><font><color rgb="${argb(font)}"/></font>${solidFill(fill)}</dxf>`);
  }

  private numberFormat(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    let id = this.customFormats.get(code);
    if (id === undefined) this.customFormats.set(code, (id = FIRST_CUSTOM_FORMAT + this.customFormats.size));
    return id;
  }

  xml(): string {
    const list = (tag: string, items: string[]) => `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
    const formats = [...this.customFormats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`);
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (formats.length ? list("numFmts", formats) : "") +
      list("fonts", this.fonts.items) +
      list("fills", this.fills.items) +
      list("borders", this.borders.items) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.xfs.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      list("dxfs", this.dxfs.items) +
      "</styleSheet>"
    );
  }
}

function alignmentXml(style: CellStyle): string {
  let a = "";
  if (style.horizontal) a += ` horizontal="${style.horizontal}"`;
  if (style.vertical) a += ` vertical="${style.vertical === "middle" ? "center" : style.vertical}"`;
  if (style.wrap) a += ' wrapText="1"';
  if (style.indent) a += ` indent="${style.indent}"`;
  return a ? `<alignment${a}/>` : "";
}
