/**
 * One worksheet part of the SpreadsheetML writer, rendered straight from a SheetLayout row by row
 * into a sink (the deflate stream): no cell objects. Carries what the ExcelJS renderer (write.ts)
 * carried: column widths and hidden columns, row heights, frozen panes, merges, list validations
 * (one per range), traffic lights as expression rules, protection, A4 landscape print setup.
 */
import { areaAddress, cellAddress, columnName, isFormula, type CellValue, type SheetLayout } from "../core/sheet";
import { cellStyle, inputCells, TONE_COLORS } from "../core/sheet";
import { formulaString } from "../core/text";
import { LookCache } from "./look-cache";
import type { StyleTable } from "./sml-styles";
import { keepsSpace, xmlText } from "./sml-text";

export interface SheetSink {
  write(xml: string): void;
}

const WORKSHEET_OPEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

export function writeWorksheet(layout: SheetLayout, sink: SheetSink, styles: StyleTable): void {
  sink.write(WORKSHEET_OPEN + sheetHead(layout));
  writeRows(layout, sink, styles);
  sink.write(sheetTail(layout, styles));
}

function sheetHead(layout: SheetLayout): string {
  let xml = layout.print ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "";
  const width = layout.rows.reduce((most, r) => Math.max(most, r.cells.length), 0);
  xml += `<dimension ref="${width && layout.rows.length ? areaAddress({ top: 1, left: 1, bottom: layout.rows.length, right: width }) : "A1"}"/>`;
  const freeze = layout.freeze;
  if (freeze && (freeze.rows || freeze.columns)) {
    const pane = freeze.rows && freeze.columns ? "bottomRight" : freeze.rows ? "bottomLeft" : "topRight";
    const split = (freeze.columns ? ` xSplit="${freeze.columns}"` : "") + (freeze.rows ? ` ySplit="${freeze.rows}"` : "");
    xml +=
      `<sheetViews><sheetView workbookViewId="0"><pane${split} topLeftCell="${cellAddress(freeze.rows + 1, freeze.columns + 1)}" activePane="${pane}" state="frozen"/>` +
      `<selection pane="${pane}"/></sheetView></sheetViews>`;
  }
  xml += '<sheetFormatPr defaultRowHeight="15"/>';
  return xml + columnsXml(layout);
}

/** Neighbouring columns that look the same share one <col> element. */
function columnsXml(layout: SheetLayout): string {
  const cols: string[] = [];
  const columns = layout.columns;
  for (let i = 0; i < columns.length; ) {
    let j = i;
    while (j + 1 < columns.length && columns[j + 1].width === columns[i].width && !!columns[j + 1].hidden === !!columns[i].hidden) j++;
    cols.push(`<col min="${i + 1}" max="${j + 1}" width="${columns[i].width}" customWidth="1"${columns[i].hidden ? ' hidden="1"' : ""}/>`);
    i = j + 1;
  }
  return cols.length ? `<cols>${cols.join("")}</cols>` : "";
}

function writeRows(layout: SheetLayout, sink: SheetSink, styles: StyleTable): void {
  const inputs = inputCells(layout);
  const looks = new LookCache<number>();
  const letters: string[] = [];
  // ' s="7"' per style index, built once: a report has millions of cells and few styles.
  const styleAttrs: string[] = [""];
  sink.write("<sheetData>");
  // Plain loops, no closure or object per cell: a report has millions of cells.
  const rows = layout.rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const r = i + 1;
    const values = row.cells;
    const formats = row.formats;
    let cells = "";
    for (let c = 0; c < values.length; c++) {
      const value = values[c];
      const kind = looks.kind(row.style, c, formats ? formats[c] ?? null : null, inputs.has(r, c + 1), value === null);
      const s = looks.known(kind) ?? looks.remember(kind, styles.cellFormat(cellStyle(layout, r, c + 1, inputs), row.style === "plain"));
      if (value === null && !s) continue;
      cells += cellXml((letters[c] ??= columnName(c + 1)) + r, (styleAttrs[s] ??= ` s="${s}"`), value);
    }
    if (!cells && !row.height) continue;
    const height = row.height ? ` ht="${row.height}" customHeight="1"` : "";
    sink.write(`<row r="${r}"${height}>${cells}</row>`);
  }
  sink.write("</sheetData>");
}

/**
 * Text is written in the cell (inline string) rather than in a shared strings table: a 150,000-row
 * report has hundreds of thousands of distinct texts, and looking each up in a table cost a third of
 * the writing time and more memory than the deflated repeats.
 */
function cellXml(ref: string, style: string, value: CellValue): string {
  if (value === null) return `<c r="${ref}"${style}/>`;
  if (typeof value === "string") return `<c r="${ref}"${style} t="inlineStr"><is>${keepsSpace(value) ? '<t xml:space="preserve">' : "<t>"}${xmlText(value)}</t></is></c>`;
  if (typeof value === "number") return Number.isFinite(value) ? `<c r="${ref}"${style}><v>${value}</v></c>` : `<c r="${ref}"${style} t="e"><v>#NUM!</v></c>`;
  if (!isFormula(value)) return "";
  const formula = `<f>${xmlText(value.formula)}</f>`;
  // The value a formula gives on the figures written, cached for readers that do not calculate; an empty text when it shows nothing.
  const result = value.result ?? "";
  if (typeof result === "number" && Number.isFinite(result)) return `<c r="${ref}"${style}>${formula}<v>${result}</v></c>`;
  return `<c r="${ref}"${style} t="str">${formula}<v>${xmlText(String(result))}</v></c>`;
}

function sheetTail(layout: SheetLayout, styles: StyleTable): string {
  let xml = "";
  // Protected: selecting cells and resizing rows and columns stay allowed (the ExcelJS writer's options).
  if (layout.protect) xml += '<sheetProtection sheet="1" formatColumns="0" formatRows="0"/>';
  if (layout.merges.length) xml += `<mergeCells count="${layout.merges.length}">${layout.merges.map((m) => `<mergeCell ref="${areaAddress(m)}"/>`).join("")}</mergeCells>`;
  // Expression rules (cell equals the label), which Excel and LibreOffice both read; the first rule that matches wins.
  layout.trafficLights.forEach((light, i) => {
    const anchor = cellAddress(light.area.top, light.area.left);
    const rules = light.rules.map((rule, j) => {
      const dxf = styles.differentialFormat(TONE_COLORS[rule.tone].fill, TONE_COLORS[rule.tone].font);
      return `<cfRule type="expression" dxfId="${dxf}" priority="${i * 10 + j + 1}"><formula>${xmlText(`${anchor}=${formulaString(rule.text)}`)}</formula></cfRule>`;
    });
    xml += `<conditionalFormatting sqref="${areaAddress(light.area)}">${rules.join("")}</conditionalFormatting>`;
  });
  if (layout.validations.length) {
    const items = layout.validations.map(
      (v) => `<dataValidation type="list" allowBlank="1" sqref="${areaAddress(v.area)}"><formula1>${xmlText(formulaString(v.values.join(",")))}</formula1></dataValidation>`,
    );
    xml += `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
  }
  if (layout.print) {
    xml += '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>';
    xml += '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>';
    const footer = layout.print.footer;
    if (footer) xml += `<headerFooter><oddFooter>${xmlText(`&C${footer}`)}</oddFooter><evenFooter>${xmlText(`&C${footer}`)}</evenFooter></headerFooter>`;
  } else {
    // Excel's defaults, written out as ExcelJS writes them.
    xml += '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup orientation="portrait" fitToWidth="1" fitToHeight="1"/>';
  }
  return `${xml}</worksheet>`;
}
