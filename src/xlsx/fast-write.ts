/**
 * A lean .xlsx writer for sheet layouts: writes SpreadsheetML directly. Used for the
 * consolidated workbook (thousands of rows), where a full workbook model is too slow.
 * Renders exactly what the ExcelJS writer renders: same cells, styles, merges, panes,
 * print setup, conditional formats, validations, protection and hidden metadata sheet.
 */
import { layoutMetaSheet, type Area, type SheetLayout } from "../core/annex/layout";
import { TONE_COLORS } from "../core/annex/labels";
import type { MetaRecord } from "../core/annex/meta";
import { cellStyle, FONT_NAME, inputCells, type CellStyle } from "../core/annex/style";
import type { CellValue } from "../core/annex/model";
import { escapeFormulaText } from "../core/text/escape";
import { areaAddress, columnLetter } from "./address";
import { writeZip } from "./zip";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** The shared style table: fonts, fills, borders, number formats and the cell formats combining them. */
class StyleTable {
  private fonts = new Map<string, number>();
  private fills = new Map<string, number>([["none", 0], ["gray125", 1]]);
  private numFmts = new Map<string, number>();
  private xfs = new Map<string, number>([["default", 0]]);
  private xfXml: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  readonly dxfs: string[] = [];

  constructor() {
    this.font({ bold: false, italic: false, size: 11 });
  }

  private font(f: CellStyle["font"]): number {
    const key = `${f.bold}|${f.italic}|${f.size}`;
    let id = this.fonts.get(key);
    if (id === undefined) this.fonts.set(key, (id = this.fonts.size));
    return id;
  }

  private fill(rgb: string | null): number {
    if (!rgb) return 0;
    let id = this.fills.get(rgb);
    if (id === undefined) this.fills.set(rgb, (id = this.fills.size));
    return id;
  }

  private numFmt(code: string | null): number {
    if (!code) return 0;
    if (code === "@") return 49;
    let id = this.numFmts.get(code);
    if (id === undefined) this.numFmts.set(code, (id = 164 + this.numFmts.size));
    return id;
  }

  xf(style: CellStyle): number {
    const f = style.font;
    const key = `${f.bold}|${f.italic}|${f.size}|${style.fill}|${style.border}|${style.numFmt}|${style.horizontal}|${style.vertical}|${style.wrap}|${style.indent}|${style.unlocked}`;
    const known = this.xfs.get(key);
    if (known !== undefined) return known;
    const numFmtId = this.numFmt(style.numFmt);
    const fontId = this.font(style.font);
    const fillId = this.fill(style.fill);
    const borderId = style.border ? 1 : 0;
    const align =
      style.horizontal || style.vertical || style.wrap || style.indent
        ? `<alignment${style.horizontal ? ` horizontal="${style.horizontal}"` : ""}${style.vertical ? ` vertical="center"` : ""}${style.wrap ? ' wrapText="1"' : ""}${style.indent ? ` indent="${style.indent}"` : ""}/>`
        : "";
    const protection = style.unlocked ? '<protection locked="0"/>' : "";
    this.xfXml.push(
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"${align ? ' applyAlignment="1"' : ""}${protection ? ' applyProtection="1"' : ""}>${align}${protection}</xf>`,
    );
    const id = this.xfXml.length - 1;
    this.xfs.set(key, id);
    return id;
  }

  dxf(tone: keyof typeof TONE_COLORS): number {
    const c = TONE_COLORS[tone];
    this.dxfs.push(`<dxf><font><color rgb="FF${c.font}"/></font><fill><patternFill patternType="solid"><fgColor rgb="FF${c.fill}"/><bgColor rgb="FF${c.fill}"/></patternFill></fill></dxf>`);
    return this.dxfs.length - 1;
  }

  toXml(): string {
    const numFmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`);
    const fonts = [...this.fonts.keys()].map((key) => {
      const [bold, italic, size] = key.split("|");
      return `<font>${bold === "true" ? "<b/>" : ""}${italic === "true" ? "<i/>" : ""}<sz val="${size}"/><name val="${FONT_NAME}"/><family val="1"/></font>`;
    });
    const fills = [...this.fills.keys()].map((key) =>
      key === "none" || key === "gray125"
        ? `<fill><patternFill patternType="${key}"/></fill>`
        : `<fill><patternFill patternType="solid"><fgColor rgb="FF${key}"/><bgColor rgb="FF${key}"/></patternFill></fill>`,
    );
    const thin = ["left", "right", "top", "bottom"].map((side) => `<${side} style="thin"><color indexed="64"/></${side}>`).join("");
    return (
      `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
      (numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join("")}</numFmts>` : "") +
      `<fonts count="${fonts.length}">${fonts.join("")}</fonts>` +
      `<fills count="${fills.length}">${fills.join("")}</fills>` +
      `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>${thin}<diagonal/></border></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="${this.xfXml.length}">${this.xfXml.join("")}</cellXfs>` +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
      `<dxfs count="${this.dxfs.length}">${this.dxfs.join("")}</dxfs>` +
      `</styleSheet>`
    );
  }
}

function cellXml(ref: string, value: CellValue, styleId: number): string {
  const s = styleId ? ` s="${styleId}"` : "";
  if (value === null) return `<c r="${ref}"${s}/>`;
  if (typeof value === "number") return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : `<c r="${ref}"${s}/>`;
  const text = xmlText(escapeFormulaText(value));
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
}

function paneXml(freeze: { rows: number; columns: number }): string {
  const { rows, columns } = freeze;
  if (!rows && !columns) return "";
  const topLeft = `${columnLetter(columns + 1)}${rows + 1}`;
  const active = rows && columns ? "bottomRight" : rows ? "bottomLeft" : "topRight";
  return `<pane${columns ? ` xSplit="${columns}"` : ""}${rows ? ` ySplit="${rows}"` : ""} topLeftCell="${topLeft}" activePane="${active}" state="frozen"/><selection pane="${active}" activeCell="${topLeft}" sqref="${topLeft}"/>`;
}

function sheetXml(layout: SheetLayout, styles: StyleTable, selected: boolean): string {
  const inputs = inputCells(layout);
  const parts: string[] = [];
  parts.push(`${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`);
  if (layout.print) parts.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  const lastCol = Math.max(1, layout.columns.length);
  parts.push(`<dimension ref="A1:${columnLetter(lastCol)}${Math.max(1, layout.rows.length)}"/>`);
  parts.push(`<sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ""}>${layout.freeze ? paneXml(layout.freeze) : ""}</sheetView></sheetViews>`);
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (layout.columns.length) {
    parts.push("<cols>");
    layout.columns.forEach((c, i) => parts.push(`<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"${c.hidden ? ' hidden="1"' : ""}/>`));
    parts.push("</cols>");
  }
  parts.push("<sheetData>");
  // Cells of the same row style, column, format and lock look alike: resolve each kind once.
  const styleIds = new Map<string, number | null>();
  const letters = layout.columns.map((_, c) => columnLetter(c + 1));
  layout.rows.forEach((row, i) => {
    const r = i + 1;
    const cells: string[] = [];
    row.cells.forEach((value, c) => {
      const kind = `${row.style}|${c}|${row.formats?.[c] ?? ""}|${inputs.has(`${r}:${c + 1}`)}|${value === null}`;
      let id = styleIds.get(kind);
      if (id === undefined) {
        const style = cellStyle(layout, r, c + 1, inputs);
        id = style ? styles.xf(style) : null;
        styleIds.set(kind, id);
      }
      if (value === null && id === null) return;
      cells.push(cellXml(`${letters[c] ?? columnLetter(c + 1)}${r}`, value, id ?? 0));
    });
    parts.push(`<row r="${r}"${row.height ? ` ht="${row.height}" customHeight="1"` : ""}>${cells.join("")}</row>`);
  });
  parts.push("</sheetData>");
  if (layout.protect) parts.push('<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>');
  if (layout.merges.length) {
    parts.push(`<mergeCells count="${layout.merges.length}">${layout.merges.map((m) => `<mergeCell ref="${areaAddress(m)}"/>`).join("")}</mergeCells>`);
  }
  let priority = 1;
  for (const light of layout.trafficLights) {
    const first = `${columnLetter(light.area.left)}${light.area.top}`;
    const rules = light.rules.map((rule) => {
      const text = xmlText(rule.text);
      return `<cfRule type="containsText" dxfId="${styles.dxf(rule.tone)}" priority="${priority++}" operator="containsText" text="${text}"><formula>NOT(ISERROR(SEARCH("${text.replace(/&quot;/g, "&quot;&quot;")}",${first})))</formula></cfRule>`;
    });
    parts.push(`<conditionalFormatting sqref="${areaAddress(light.area)}">${rules.join("")}</conditionalFormatting>`);
  }
  if (layout.validations.length) {
    parts.push(`<dataValidations count="${layout.validations.length}">`);
    for (const v of layout.validations) {
      parts.push(`<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${areaAddress(v.area)}"><formula1>"${xmlText(v.values.join(","))}"</formula1></dataValidation>`);
    }
    parts.push("</dataValidations>");
  }
  parts.push('<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>');
  if (layout.print) parts.push('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
  parts.push("</worksheet>");
  return parts.join("");
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The .xlsx bytes of these sheets plus the hidden metadata sheet. */
export async function writeLayoutsXlsx(sheets: SheetLayout[], meta: MetaRecord[]): Promise<Uint8Array> {
  const all = [...sheets, layoutMetaSheet(meta)];
  const styles = new StyleTable();
  const encoder = new TextEncoder();
  const sheetParts = all.map((layout, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: encoder.encode(sheetXml(layout, styles, i === 0)) }));
  const definedNames = all
    .map((layout, i) =>
      layout.print
        ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(quoteSheet(layout.name))}!$${layout.print.titleRows.from}:$${layout.print.titleRows.to}</definedName>`
        : "",
    )
    .join("");
  const workbook =
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>` +
    all
      .map((l, i) => `<sheet name="${xmlText(l.name)}" sheetId="${i + 1}"${l.visibility === "veryHidden" ? ' state="veryHidden"' : ""} r:id="rId${i + 1}"/>`)
      .join("") +
    `</sheets>${definedNames ? `<definedNames>${definedNames}</definedNames>` : ""}<calcPr calcId="191029"/></workbook>`;
  const rels =
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    all.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
    `<Relationship Id="rId${all.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`;
  const contentTypes =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    all.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("") +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>';
  const rootRels =
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  return writeZip([
    { name: "[Content_Types].xml", data: encoder.encode(contentTypes) },
    { name: "_rels/.rels", data: encoder.encode(rootRels) },
    { name: "xl/workbook.xml", data: encoder.encode(workbook) },
    { name: "xl/_rels/workbook.xml.rels", data: encoder.encode(rels) },
    ...sheetParts,
    { name: "xl/styles.xml", data: encoder.encode(styles.toXml()) },
  ]);
}

export type { Area };
