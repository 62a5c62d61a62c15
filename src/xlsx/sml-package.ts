/**
 * The package parts of the SpreadsheetML writer around the worksheets: content types, relationships,
 * the workbook (sheets, very hidden state, print titles, recalculation on opening) and the document
 * properties (creator).
 */
import type { SheetLayout } from "../core/sheet";
import { xmlText } from "./sml-text";

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml";

export const sheetPath = (index: number) => `xl/worksheets/sheet${index + 1}.xml`;

export function contentTypesXml(sheetCount: number): string {
  const sheets = Array.from({ length: sheetCount }, (_, i) => `<Override PartName="/${sheetPath(i)}" ContentType="${SHEET_TYPE}.worksheet+xml"/>`).join("");
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${SHEET_TYPE}.sheet.main+xml"/>${sheets}` +
    `<Override PartName="/xl/styles.xml" ContentType="${SHEET_TYPE}.styles+xml"/>` +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    "</Types>"
  );
}

const relationships = (items: { type: string; target: string }[]) =>
  `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  items.map((r, i) => `<Relationship Id="rId${i + 1}" Type="${r.type}" Target="${r.target}"/>`).join("") +
  "</Relationships>";

export const rootRelsXml = () =>
  relationships([
    { type: `${OFFICE_RELS}/officeDocument`, target: "xl/workbook.xml" },
    { type: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", target: "docProps/core.xml" },
    { type: `${OFFICE_RELS}/extended-properties`, target: "docProps/app.xml" },
  ]);

/** Worksheets are rId1…rIdN (in sheet order), then styles. */
export const workbookRelsXml = (sheetCount: number) =>
  relationships([
    ...Array.from({ length: sheetCount }, (_, i) => ({ type: `${OFFICE_RELS}/worksheet`, target: sheetPath(i).slice(3) })),
    { type: `${OFFICE_RELS}/styles`, target: "styles.xml" },
  ]);

/** A sheet name in a formula or defined name: 'Phụ lục' (quotes doubled). */
const quotedSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

export function workbookXml(sheets: readonly SheetLayout[]): string {
  const sheetList = sheets
    .map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}"${s.visibility === "veryHidden" ? ' state="veryHidden"' : ""} r:id="rId${i + 1}"/>`)
    .join("");
  // Rows repeated at the top of every printed page.
  const titles = sheets
    .map((s, i) => (s.print ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(`${quotedSheet(s.name)}!$${s.print.titleRows.from}:$${s.print.titleRows.to}`)}</definedName>` : ""))
    .join("");
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${OFFICE_RELS}"><bookViews><workbookView/></bookViews><sheets>${sheetList}</sheets>` +
    (titles ? `<definedNames>${titles}</definedNames>` : "") +
    // Excel recalculates every formula on opening, whatever the cached values say.
    '<calcPr calcId="171027" fullCalcOnLoad="1"/></workbook>'
  );
}

/** Creator and dates (W3CDTF, whole seconds). */
export function corePropsXml(creator: string, now: Date): string {
  const at = `${now.toISOString().slice(0, 19)}Z`;
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ` +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${xmlText(creator)}</dc:creator><cp:lastModifiedBy>${xmlText(creator)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified></cp:coreProperties>`
  );
}

export function appPropsXml(creator: string): string {
  return `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${xmlText(creator)}</Application></Properties>`;
}
