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
 * It can walk a part's bytes, one per character (an `XmlSource` with `utf8`): the markup is ASCII,
 * so it reads the same, and only the text and values a reader takes out are decoded from UTF-8.
 * That is several times cheaper than decoding a whole sheet; a byte past ASCII where markup should
 * be (a non-ASCII space or attribute name) is then out of scope rather than read.
 */

export class OutOfScope extends Error {}

/** Thrown by a visitor that has read all it wants: the scan ends there, quietly. */
export class StopScan extends Error {}

/** The bytes `start`–`end` of a part walked as bytes, decoded from UTF-8. */
export type Utf8Span = (start: number, end: number) => string;

/**
 * A part as the tokenizer walks it: its decoded text, or (with `utf8`) its bytes one per character,
 * "\u0000"–"\u00ff", with the decoder of any span of them.
 */
export interface XmlSource {
  readonly xml: string;
  readonly utf8: Utf8Span | null;
}

/** The tag being visited: its attributes are `xml` from `start` to `end`. Valid during `open` only. */
export interface Tag extends XmlSource {
  readonly start: number;
  readonly end: number;
}

/**
 * A run of text between tags: `xml` from `start` to `end`, its entities already checked. Valid
 * during `text` only; `textOf(run)` gives it decoded, for a visitor that wants it.
 */
export interface TextRun extends XmlSource {
  readonly start: number;
  readonly end: number;
  /** Whether it holds an entity, a reference or a "\r" (else it is its own decoded text). */
  readonly encoded: boolean;
  /** Whether it holds bytes past ASCII, to be decoded from UTF-8 (walking bytes only). */
  readonly wide: boolean;
}

export interface XmlVisitor {
  open(name: string, tag: Tag, selfClosing: boolean): void;
  close(name: string): void;
  text(run: TextRun): void;
}

/** A run's text, decoded. */
export function textOf(run: TextRun): string {
  const raw = run.wide ? run.utf8!(run.start, run.end) : run.xml.slice(run.start, run.end);
  return run.encoded ? decodeText(raw) : raw;
}

/** Whether the scan under way walks bytes: a byte past ASCII inside a tag is then out of scope. */
let walkingBytes = false;

/** Walk `xml` (decoded text, or a part's bytes as an `XmlSource`), calling the visitor per tag and text run. */
export function scanXml(xml: string | XmlSource, visitor: XmlVisitor): void {
  const source = typeof xml === "string" ? { xml, utf8: null } : xml;
  walkingBytes = source.utf8 !== null;
  try {
    scan(source, visitor);
  } catch (e) {
    if (!(e instanceof StopScan)) throw e;
  } finally {
    walkingBytes = false;
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
  if (c < 128) return false;
  if (walkingBytes) throw new OutOfScope("a byte past ASCII inside a tag");
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

/** A byte past ASCII, in a part walked as bytes (WIDE to find the next one, from its lastIndex). */
const WIDE_BYTE = /[\x80-\xff]/;
const WIDE = new RegExp(WIDE_BYTE.source, "g");

function scan(source: XmlSource, visitor: XmlVisitor): void {
  const { xml, utf8 } = source;
  const n = xml.length;
  const tag = { xml, utf8, start: 0, end: 0 };
  const run = { xml, utf8, start: 0, end: 0, encoded: false, wide: false };
  // Text needs decoding only where an "&" or a "\r" is (or, walking bytes, one past ASCII): where the next of each is, kept as the scan goes.
  let nextAmpersand = -1;
  let nextReturn = -1;
  let nextWide = utf8 ? -1 : n;
  letterTag.fill(-1);
  let i = 0;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      if (nextAmpersand < i) nextAmpersand = nextAfter(xml, "&", i);
      if (nextReturn < i) nextReturn = nextAfter(xml, "\r", i);
      run.start = i;
      run.end = textEnd;
      if (nextWide < i) {
        WIDE.lastIndex = i;
        nextWide = WIDE.test(xml) ? WIDE.lastIndex - 1 : n;
      }
      run.encoded = nextAmpersand < textEnd || nextReturn < textEnd;
      run.wide = nextWide < textEnd;
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

/**
 * One-letter attributes (a cell's r, s and t) as the scan passes them, so that a reader asks for them
 * without walking the tag again: the raw value's span of letter `l` ("a" is 0), valid for the tag whose
 * attributes start at `letterTag[l]` (the last one, if written twice).
 */
const letterTag = new Int32Array(26);
const letterStart = new Int32Array(26);
const letterEnd = new Int32Array(26);

/** The end of the well-formed attributes (` name="value"`, each after white space) that start at `p`. */
function skipAttributes(xml: string, p: number): number {
  const tagStart = p;
  for (;;) {
    const nameStart = skipSpaces(xml, p);
    if (nameStart === p) return p;
    let q = nameStart;
    while (isAttributeNameChar(xml.charCodeAt(q))) q++;
    if (q === nameStart) return p;
    const letter = q - nameStart === 1 ? xml.charCodeAt(nameStart) - 97 : -1;
    q = skipSpaces(xml, q);
    if (xml.charCodeAt(q) !== EQUALS) return p;
    q = skipSpaces(xml, q + 1);
    const quote = xml.charCodeAt(q);
    if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) return p;
    const end = xml.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", q + 1);
    if (end < 0) return p;
    if (letter >= 0 && letter < 26) {
      letterTag[letter] = tagStart;
      letterStart[letter] = q + 1;
      letterEnd[letter] = end;
    }
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

/** The predefined entity named `xml` from `start` to `end`, told by its letters without slicing (formulas are full of &quot;). */
function predefinedEntity(xml: string, start: number, end: number): string | undefined {
  const first = xml.charCodeAt(start);
  switch (end - start) {
    case 2:
      if (xml.charCodeAt(start + 1) !== 116 /* t */) return undefined;
      return first === 108 /* l */ ? "<" : first === 103 /* g */ ? ">" : undefined;
    case 3:
      return first === 97 /* a */ && xml.startsWith("mp", start + 1) ? "&" : undefined;
    case 4:
      if (first === 113 /* q */) return xml.startsWith("uot", start + 1) ? '"' : undefined;
      return first === 97 /* a */ && xml.startsWith("pos", start + 1) ? "'" : undefined;
    default:
      return undefined;
  }
}

/**
 * The entity or reference at `at` (an "&"): its text, and its end in `entityEnd`. Anything but the
 * five predefined entities and character references of a valid code point is out of scope.
 */
function entityAt(xml: string, at: number, limit: number): string {
  const semicolon = xml.indexOf(";", at + 1);
  if (semicolon < 0 || semicolon >= limit || semicolon === at + 1) throw new OutOfScope("a bare &");
  entityEnd = semicolon + 1;
  if (xml.charCodeAt(at + 1) !== 35 /* # */) {
    const known = predefinedEntity(xml, at + 1, semicolon);
    if (known !== undefined) return known;
    const body = xml.slice(at + 1, semicolon);
    throw new OutOfScope(/^[A-Za-z]+$/.test(body) ? `entity &${body};` : "a bare &");
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

/** The value of a tag's attribute whose raw text is `start`–`end`, as XML gives it. */
export function valueAt(tag: Tag, start: number, end: number): string {
  const raw = tag.xml.slice(start, end);
  return attributeValue(tag.utf8 && hasWide(raw) ? tag.utf8(start, end) : raw);
}

const hasWide = (raw: string) => WIDE_BYTE.test(raw);

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
  return findAttribute(tag, name) ? valueAt(tag, found.start, found.end) : undefined;
}

/**
 * Whether the tag has the one-letter attribute `letter` (0 for "a": a cell's r, s and t), told without
 * walking the tag again; its raw value is then `found.start`–`found.end`.
 */
export function hasLetter(tag: Tag, letter: number): boolean {
  if (letterTag[letter] !== tag.start) return false;
  found.start = letterStart[letter];
  found.end = letterEnd[letter];
  return true;
}

/** Every attribute of a tag (the last of a name written twice). */
export function attributesOf(tag: Tag): Map<string, string> {
  const out = new Map<string, string>();
  const { xml, end } = tag;
  let p = tag.start;
  while (p < end) {
    p = nextAttribute(xml, p);
    out.set(xml.slice(span.nameStart, span.nameEnd), valueAt(tag, span.valueStart, span.valueEnd));
  }
  return out;
}
