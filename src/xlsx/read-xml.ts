/**
 * A narrow XML tokenizer for the parts of an .xlsx the fast reader reads (worksheets, shared
 * strings, workbook, styles, relationships). It knows the five predefined entities and character
 * references, comments and the XML declaration; anything else (a DOCTYPE, CDATA, an unknown
 * entity, a malformed tag) throws OutOfScope, and the file goes to ExcelJS. Prefixed element names
 * are passed on as written: the readers decide where one is harmless (mc:AlternateContent) and
 * where it is not.
 * It walks the text by character codes and allocates nothing per tag: element names come from a
 * small table of names already seen, and a tag's attributes are read in place (`attribute`), so a
 * sheet of a hundred thousand cells makes no garbage but its values.
 */

export class OutOfScope extends Error {}

/** Thrown by a visitor that has read all it wants: the scan ends there, quietly. */
export class StopScan extends Error {}

/** The tag being visited: its attributes are `xml` from `start` to `end`. Valid during `open` only. */
export interface Tag {
  readonly xml: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A run of text between tags: `xml` from `start` to `end`, its entities already checked. Valid
 * during `text` only; `textOf(run)` gives it decoded, for a visitor that wants it.
 */
export interface TextRun {
  readonly xml: string;
  readonly start: number;
  readonly end: number;
  /** Whether it holds an entity, a reference or a "\r" (else it is its own decoded text). */
  readonly encoded: boolean;
}

export interface XmlVisitor {
  open(name: string, tag: Tag, selfClosing: boolean): void;
  close(name: string): void;
  text(run: TextRun): void;
}

/** A run's text, decoded. */
export function textOf(run: TextRun): string {
  const raw = run.xml.slice(run.start, run.end);
  return run.encoded ? decodeText(raw) : raw;
}

/** Walk `xml`, calling the visitor per tag and text run. */
export function scanXml(xml: string, visitor: XmlVisitor): void {
  try {
    scan(xml, visitor);
  } catch (e) {
    if (!(e instanceof StopScan)) throw e;
  }
}

const GT = 62;
const SLASH = 47;
const EQUALS = 61;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;

/** What JavaScript's \s matches (the tokenizer once was a regular expression; it reads tags exactly as that did). */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 5760 || (c >= 8192 && c <= 8202) || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}

const isNameStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 58) || c === 45 || c === 46;
/** A character of an attribute's name: anything but white space, "=", ">" and "/" (nor NaN, past the end). */
const isAttributeNameChar = (c: number) => c === c && c !== EQUALS && c !== GT && c !== SLASH && !isSpace(c);

function skipSpaces(xml: string, p: number): number {
  while (isSpace(xml.charCodeAt(p))) p++;
  return p;
}

const MALFORMED = "markup the tokenizer does not read (CDATA, DOCTYPE, a malformed tag)";

function scan(xml: string, visitor: XmlVisitor): void {
  const n = xml.length;
  const tag = { xml, start: 0, end: 0 };
  const run = { xml, start: 0, end: 0, encoded: false };
  // Text needs decoding only where an "&" or a "\r" is: where the next of each is, kept as the scan goes.
  let nextAmpersand = -1;
  let nextReturn = -1;
  let i = 0;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      if (nextAmpersand < i) nextAmpersand = nextAfter(xml, "&", i);
      if (nextReturn < i) nextReturn = nextAfter(xml, "\r", i);
      run.start = i;
      run.end = textEnd;
      run.encoded = nextAmpersand < textEnd || nextReturn < textEnd;
      if (nextAmpersand < textEnd) checkEntities(xml, nextAmpersand, textEnd);
      visitor.text(run);
    }
    if (lt < 0) return;
    const c = xml.charCodeAt(lt + 1);
    if (c === 33 /* ! */) {
      const end = xml.startsWith("<!--", lt) ? xml.indexOf("-->", lt + 4) : -1;
      if (end < 0) throw new OutOfScope(MALFORMED);
      i = end + 3;
      continue;
    }
    if (c === 63 /* ? */) {
      const end = xml.indexOf("?>", lt + 2);
      if (end < 0) throw new OutOfScope(MALFORMED);
      i = end + 2;
      continue;
    }
    const closing = c === SLASH;
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!isNameStart(xml.charCodeAt(nameStart))) throw new OutOfScope(MALFORMED);
    let p = nameStart + 1;
    while (isNameChar(xml.charCodeAt(p))) p++;
    const name = nameAt(xml, nameStart, p);
    const attributesEnd = (p = skipAttributes(xml, p));
    p = skipSpaces(xml, p);
    const selfClosing = xml.charCodeAt(p) === SLASH;
    if (selfClosing) p++;
    if (xml.charCodeAt(p) !== GT) throw new OutOfScope(MALFORMED);
    i = p + 1;
    if (closing) {
      visitor.close(name);
      continue;
    }
    tag.start = nameStart + name.length;
    tag.end = attributesEnd;
    visitor.open(name, tag, selfClosing);
    if (selfClosing) visitor.close(name);
  }
}

/** Where the next `char` at or after `from` is (the text's length when there is none). */
function nextAfter(xml: string, char: string, from: number): number {
  const at = xml.indexOf(char, from);
  return at < 0 ? xml.length : at;
}

/** The end of the well-formed attributes (` name="value"`, each after white space) that start at `p`. */
function skipAttributes(xml: string, p: number): number {
  for (;;) {
    const nameStart = skipSpaces(xml, p);
    if (nameStart === p) return p;
    let q = nameStart;
    while (isAttributeNameChar(xml.charCodeAt(q))) q++;
    if (q === nameStart) return p;
    q = skipSpaces(xml, q);
    if (xml.charCodeAt(q) !== EQUALS) return p;
    q = skipSpaces(xml, q + 1);
    const quote = xml.charCodeAt(q);
    if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) return p;
    const end = xml.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", q + 1);
    if (end < 0) return p;
    p = end + 1;
  }
}

/** Element names seen before, by a hash of their characters: a name is sliced out of the text once. */
const NAMES: Array<string | undefined> = new Array(1024);

function nameAt(xml: string, start: number, end: number): string {
  let hash = end - start;
  for (let k = start; k < end; k++) hash = (hash * 31 + xml.charCodeAt(k)) & 1023;
  const known = NAMES[hash];
  if (known !== undefined && known.length === end - start && xml.startsWith(known, start)) return known;
  return (NAMES[hash] = xml.slice(start, end));
}

const NAMED = new Map([
  ["lt", "<"],
  ["gt", ">"],
  ["amp", "&"],
  ["quot", '"'],
  ["apos", "'"],
]);

/**
 * The entity or reference at `at` (an "&"): its text, and its end in `entityEnd`. Anything but the
 * five predefined entities and character references of a valid code point is out of scope.
 */
function entityAt(xml: string, at: number, limit: number): string {
  const semicolon = xml.indexOf(";", at + 1);
  if (semicolon < 0 || semicolon >= limit || semicolon === at + 1) throw new OutOfScope("a bare &");
  entityEnd = semicolon + 1;
  if (xml.charCodeAt(at + 1) !== 35 /* # */) {
    // The usual ones (formulas are full of &quot;) are told by their letters, without slicing.
    for (const [body, text] of NAMED) if (semicolon - at - 1 === body.length && xml.startsWith(body, at + 1)) return text;
    const body = xml.slice(at + 1, semicolon);
    if (!/^[A-Za-z]+$/.test(body)) throw new OutOfScope("a bare &");
    const named = NAMED.get(body);
    if (named === undefined) throw new OutOfScope(`entity &${body};`);
    return named;
  }
  const hex = xml.charCodeAt(at + 2) === 120; /* x */
  let code = 0;
  const digitsStart = hex ? at + 3 : at + 2;
  for (let p = digitsStart; p < semicolon; p++) {
    const c = xml.charCodeAt(p);
    const digit = c >= 48 && c <= 57 ? c - 48 : hex && ((c | 32) >= 97 && (c | 32) <= 102) ? (c | 32) - 87 : -1;
    if (digit < 0) throw new OutOfScope("a bare &");
    code = Math.min(code * (hex ? 16 : 10) + digit, 0x110000);
  }
  if (digitsStart === semicolon) throw new OutOfScope("a bare &");
  if (!(code > 0 && code <= 0x10ffff)) throw new OutOfScope(`character reference ${xml.slice(at, semicolon + 1)}`);
  return String.fromCodePoint(code);
}

let entityEnd = 0;

/** Every "&" of `xml` from `from` (an "&") to `end` begins an entity or reference we know. */
function checkEntities(xml: string, from: number, end: number): void {
  for (let at = from; at >= 0 && at < end; at = xml.indexOf("&", entityEnd)) entityAt(xml, at, end);
}

/** Entities and references decoded, line ends normalised as an XML parser does. */
export function decodeText(raw: string): string {
  let text = raw.indexOf("\r") >= 0 ? raw.replace(/\r\n?/g, "\n") : raw;
  let at = text.indexOf("&");
  if (at < 0) return text;
  let out = "";
  let from = 0;
  while (at >= 0) {
    out += text.slice(from, at) + entityAt(text, at, text.length);
    from = entityEnd;
    at = text.indexOf("&", from);
  }
  text = out + text.slice(from);
  return text;
}

/** An attribute's value as XML gives it: entities decoded, white space characters made spaces. */
export function attributeValue(raw: string): string {
  return raw.indexOf("&") >= 0 || /[\t\n\r]/.test(raw) ? decodeText(raw.replace(/[\t\n\r]/g, " ")) : raw;
}

/** Where the value of attribute `name` lies, set by `findAttribute`. */
export const found = { start: 0, end: 0 };

/** Whether the tag has attribute `name` (the last one, if written twice); its raw value is then `found.start`–`found.end`. */
export function findAttribute(tag: Tag, name: string): boolean {
  const { xml, end } = tag;
  let p = tag.start;
  let hit = false;
  while (p < end) {
    p = nextAttribute(xml, p);
    if (span.nameEnd - span.nameStart === name.length && xml.startsWith(name, span.nameStart)) {
      hit = true;
      found.start = span.valueStart;
      found.end = span.valueEnd;
    }
  }
  return hit;
}

/** The spans of the attribute `nextAttribute` read last: its name and its raw value. */
const span = { nameStart: 0, nameEnd: 0, valueStart: 0, valueEnd: 0 };

/** Reads the attribute at `p` of a tag the scan found well-formed into `span`; returns where the next one begins. */
function nextAttribute(xml: string, p: number): number {
  const nameStart = skipSpaces(xml, p);
  let q = nameStart;
  while (isAttributeNameChar(xml.charCodeAt(q))) q++;
  span.nameStart = nameStart;
  span.nameEnd = q;
  q = skipSpaces(xml, skipSpaces(xml, q) + 1); // past "="
  span.valueStart = q + 1;
  span.valueEnd = xml.indexOf(xml[q], q + 1);
  return span.valueEnd + 1;
}

/** One attribute's value, read in place. */
export function attribute(tag: Tag, name: string): string | undefined {
  return findAttribute(tag, name) ? attributeValue(tag.xml.slice(found.start, found.end)) : undefined;
}

/**
 * The raw values' spans of a tag's one-letter attributes (a cell's r, s and t), in one walk:
 * `spans.start[letter]` and `spans.end[letter]`, letter 0 for "a"; -1 where the tag has none.
 */
export function letterAttributes(tag: Tag, spans: LetterSpans): void {
  spans.start.fill(-1);
  const { xml, end } = tag;
  let p = tag.start;
  while (p < end) {
    p = nextAttribute(xml, p);
    const letter = span.nameEnd - span.nameStart === 1 ? xml.charCodeAt(span.nameStart) - 97 : -1;
    if (letter >= 0 && letter < 26) {
      spans.start[letter] = span.valueStart;
      spans.end[letter] = span.valueEnd;
    }
  }
}

export interface LetterSpans {
  start: Int32Array;
  end: Int32Array;
}

export const letterSpans = (): LetterSpans => ({ start: new Int32Array(26), end: new Int32Array(26) });

/** Every attribute of a tag (the last of a name written twice). */
export function attributesOf(tag: Tag): Map<string, string> {
  const out = new Map<string, string>();
  const { xml, end } = tag;
  let p = tag.start;
  while (p < end) {
    p = nextAttribute(xml, p);
    out.set(xml.slice(span.nameStart, span.nameEnd), attributeValue(xml.slice(span.valueStart, span.valueEnd)));
  }
  return out;
}
