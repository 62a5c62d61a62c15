/**
 * A narrow XML tokenizer for the parts of an .xlsx the fast reader reads (worksheets, shared
 * strings, workbook, styles, relationships). It knows the five predefined entities and character
 * references, comments and the XML declaration; anything else (a DOCTYPE, CDATA, an unknown
 * entity) throws OutOfScope, and the file goes to ExcelJS. Prefixed element names are passed on
 * as written: the readers decide where one is harmless (mc:AlternateContent) and where it is not.
 */

export class OutOfScope extends Error {}

/** Thrown by a visitor that has read all it wants: the scan ends there, quietly. */
export class StopScan extends Error {}

export interface XmlVisitor {
  open(name: string, attributes: string, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

const TOKEN = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<|[^<]+/g;

/** Walk `xml`, calling the visitor per tag and text run (text already decoded). */
export function scanXml(xml: string, visitor: XmlVisitor): void {
  try {
    scan(xml, visitor);
  } catch (e) {
    if (!(e instanceof StopScan)) throw e;
  }
}

function scan(xml: string, visitor: XmlVisitor): void {
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(xml)) !== null) {
    const token = m[0];
    const name = m[2];
    if (name !== undefined) {
      if (m[1]) visitor.close(name);
      else {
        visitor.open(name, m[3], m[4] === "/");
        if (m[4] === "/") visitor.close(name);
      }
    } else if (token.charCodeAt(0) === 60 /* < */) {
      if (token === "<") throw new OutOfScope("markup the tokenizer does not read (CDATA, DOCTYPE, a malformed tag)");
      // comment or processing instruction: nothing to read
    } else visitor.text(decodeText(token));
  }
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);|&/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Entities and references decoded, line ends normalised as an XML parser does. */
export function decodeText(raw: string): string {
  let text = raw.indexOf("\r") >= 0 ? raw.replace(/\r\n?/g, "\n") : raw;
  if (text.indexOf("&") < 0) return text;
  text = text.replace(ENTITY, (whole, body: string | undefined) => {
    if (body === undefined) throw new OutOfScope("a bare &");
    if (body[0] === "#") {
      const code = body[1] === "x" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!(code > 0 && code <= 0x10ffff)) throw new OutOfScope(`character reference ${whole}`);
      return String.fromCodePoint(code);
    }
    const named = NAMED[body];
    if (named === undefined) throw new OutOfScope(`entity ${whole}`);
    return named;
  });
  return text;
}

const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Attributes of a tag as a map (values decoded; whitespace in values normalised to spaces, as XML requires). */
export function attributesOf(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!raw) return out;
  ATTRIBUTE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTRIBUTE.exec(raw)) !== null) {
    const value = m[2] ?? m[3];
    out.set(m[1], decodeText(value.replace(/[\t\n\r]/g, " ")));
  }
  return out;
}

/** One attribute, without building the map (the hot path: r, s and t of each cell). */
export function attribute(raw: string, name: string): string | undefined {
  if (!raw) return undefined;
  let at = raw.indexOf(` ${name}=`);
  if (at < 0) {
    at = raw.indexOf(`\t${name}=`);
    if (at < 0) at = raw.indexOf(`\n${name}=`);
    if (at < 0) return attributesOf(raw).get(name);
  }
  const q = raw.charCodeAt(at + name.length + 2);
  if (q !== 34 && q !== 39) return attributesOf(raw).get(name);
  const end = raw.indexOf(String.fromCharCode(q), at + name.length + 3);
  const value = raw.slice(at + name.length + 3, end);
  return value.indexOf("&") >= 0 || /[\t\n\r]/.test(value) ? decodeText(value.replace(/[\t\n\r]/g, " ")) : value;
}
