/**
 * The hand-written XML tokenizer of the fast reader against the regular expression it replaced
 * (kept below as the reference): on random markup — tags with odd spacing, quotes and slashes,
 * entities good and bad, comments, processing instructions, CDATA, DOCTYPEs, stray "<" — both
 * must refuse the same inputs, and give the same tags, attributes and text for the rest.
 * Walking a part's UTF-8 bytes (as the CLI does) must read what walking its decoded text reads,
 * or refuse it: never read it otherwise.
 */
import fc from "fast-check";
import { bytePartDecoder } from "../../src/node/read-annexes";
import { attribute, attributesOf, found, hasLetter, OutOfScope, scanXml, textOf, valueAt, type XmlSource } from "../../src/xlsx/read-xml";

// ---- the reference: the regular-expression tokenizer the fast reader first shipped with --------

const TOKEN = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<|[^<]+/g;
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);|&/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function referenceDecode(raw: string): string {
  const text = raw.indexOf("\r") >= 0 ? raw.replace(/\r\n?/g, "\n") : raw;
  return text.replace(ENTITY, (whole, body: string | undefined) => {
    if (body === undefined) throw new OutOfScope("bare &");
    if (body[0] === "#") {
      const code = body[1] === "x" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!(code > 0 && code <= 0x10ffff)) throw new OutOfScope(whole);
      return String.fromCodePoint(code);
    }
    const named = NAMED[body];
    if (named === undefined) throw new OutOfScope(whole);
    return named;
  });
}

function referenceAttributes(raw: string): Array<[string, string]> {
  const out = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTRIBUTE.exec(raw)) !== null) out.set(m[1], referenceDecode((m[2] ?? m[3]).replace(/[\t\n\r]/g, " ")));
  return [...out];
}

type Event = ["open", string, Array<[string, string]>, boolean] | ["close", string] | ["text", string];

function referenceEvents(xml: string): Event[] | "refused" {
  const events: Event[] = [];
  try {
    TOKEN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TOKEN.exec(xml)) !== null) {
      const token = m[0];
      if (m[2] !== undefined) {
        if (m[1]) events.push(["close", m[2]]);
        else {
          events.push(["open", m[2], referenceAttributes(m[3]), m[4] === "/"]);
          if (m[4] === "/") events.push(["close", m[2]]);
        }
      } else if (token.charCodeAt(0) === 60) {
        if (token === "<") return "refused";
      } else events.push(["text", referenceDecode(token)]);
    }
  } catch (e) {
    if (e instanceof OutOfScope) return "refused";
    throw e;
  }
  return events;
}

// ---- the tokenizer under test --------------------------------------------------------------

function events(xml: string | XmlSource): Event[] | "refused" {
  const out: Event[] = [];
  try {
    scanXml(xml, {
      open(name, tag, selfClosing) {
        const all = [...attributesOf(tag)];
        // Each attribute read alone (the hot path) says what the whole map says; one-letter ones too, as the scan noted them.
        for (const [key, value] of all) expect(attribute(tag, key)).toBe(value);
        for (let letter = 0; letter < 26; letter++) {
          const name = String.fromCharCode(97 + letter);
          const expected = all.find(([key]) => key === name)?.[1];
          expect(hasLetter(tag, letter) ? valueAt(tag, found.start, found.end) : undefined).toBe(expected);
        }
        out.push(["open", name, all, selfClosing]);
      },
      close: (name) => out.push(["close", name]),
      text: (run) => out.push(["text", textOf(run)]),
    });
  } catch (e) {
    if (e instanceof OutOfScope) return "refused";
    throw e;
  }
  return out;
}

// ---- random markup ----------------------------------------------------------------------------

/** Mostly the usual, sometimes the odd: so that most inputs are read, and every odd case is met. */
const usually = <T,>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) => fc.oneof({ weight: 9, arbitrary: usual }, { weight: 1, arbitrary: odd });
const space = usually(fc.constantFrom(" ", ""), fc.constantFrom("  ", "\t", "\n", "\r\n", "\u00a0", "\u2028", "\ufeff", "\v"));
const name = usually(fc.constantFrom("c", "row", "v", "x:sheet", "_a", "a.b-c"), fc.constantFrom("1c", "-x", "é", ""));
const entity = usually(
  fc.constantFrom("&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#65;", "&#x1EA1;", "&#00065;"),
  fc.constantFrom("&#X41;", "&#0;", "&#1114112;", "&#;", "&nbsp;", "&", "&amp", "&#x;"),
);
const plain = fc.constantFrom("a", "Thực hiện", "15.295", " ", "x y", ">", "=", "/", "'", '"', "\r", "\n", "]]>");
const text = fc.array(fc.oneof({ weight: 4, arbitrary: plain }, { weight: 1, arbitrary: entity }), { maxLength: 4 }).map((parts) => parts.join(""));
const attributeName = usually(fc.constantFrom("r", "s", "t", "xml:space", "a", "r:id"), fc.constantFrom("é", 'x"y', "<", ""));
const quote = usually(fc.constantFrom('"', "'"), fc.constant(""));
const quoted = fc.tuple(quote, text.map((t) => t.replace(/["']/g, "")), quote).map(([o, t, c]) => `${o}${t}${o && c ? o : c}`);
const equals = usually(fc.constant("="), fc.constantFrom("", "=="));
const attributeText = fc.tuple(usually(fc.constant(" "), space), attributeName, space, equals, space, quoted).map((parts) => parts.join(""));
const tag = fc
  .tuple(fc.constantFrom("<", "</"), name, fc.array(attributeText, { maxLength: 3 }), space, usually(fc.constantFrom(">", "/>"), fc.constantFrom("/ >", "")))
  .map(([open, n, attributes, s, close]) => `${open}${n}${attributes.join("")}${s}${close}`);
const other = fc.constantFrom("<!-- ghi chú -->", "<!-->", "<!--", '<?xml version="1.0"?>', "<?>", "<![CDATA[a<b]]>", "<!DOCTYPE x>", "<", "<<", "< c>");
const markup = fc.array(fc.oneof({ weight: 12, arbitrary: tag }, { weight: 6, arbitrary: text }, { weight: 1, arbitrary: other }), { maxLength: 8 }).map((parts) => parts.join(""));

test("the tokenizer reads random markup exactly as the regular expression it replaced", () => {
  let read = 0;
  fc.assert(
    fc.property(markup, (xml) => {
      const expected = referenceEvents(xml);
      expect(events(xml)).toEqual(expected);
      if (expected !== "refused" && expected.length > 2) read++;
    }),
    { numRuns: 10_000, seed: 1504 },
  );
  // Not only refusals: a good share of the inputs are read, tags, attributes and all.
  expect(read).toBeGreaterThan(500);
});

const asBytes = (xml: string) => bytePartDecoder(new TextEncoder().encode(xml));

test("walking the markup's UTF-8 bytes reads what walking its text reads, or refuses it", () => {
  let read = 0;
  fc.assert(
    fc.property(markup, (xml) => {
      const walked = events(asBytes(xml));
      if (walked === "refused") return;
      expect(walked).toEqual(events(xml));
      if (walked.length > 2) read++;
    }),
    { numRuns: 10_000, seed: 1505 },
  );
  // Not only refusals: most inputs walked as text are walked as bytes too.
  expect(read).toBeGreaterThan(400);
});

test("walking bytes, text and values past ASCII are decoded; a non-ASCII space or name inside a tag is refused", () => {
  const xml = `<sheet name="Trang &amp; Số 1"><c r="A1"><t>Thực hiện &#7841; \r\nđạt</t></c></sheet>`;
  expect(events(asBytes(xml))).toEqual(events(xml));
  expect(events(asBytes(xml))).toContainEqual(["text", "Thực hiện ạ \nđạt"]);
  expect(events(asBytes(xml))).toContainEqual(["open", "sheet", [["name", "Trang & Số 1"]], false]);
  for (const odd of [`<c\u00a0r="A1"/>`, `<c r="A1"\u2003s="2"/>`, `<c r="A1" é="2"/>`]) {
    expect(events(odd)).not.toBe("refused");
    expect(events(asBytes(odd))).toBe("refused");
  }
});

test("a worksheet's cells, entities and comments are read the same way", () => {
  const xml =
    `<?xml version="1.0"?>\n<worksheet xmlns="m"><!-- sửa tay --><sheetData>\r\n<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> a &amp; b &#7841;\r\n</t></is></c>` +
    `<c r='B1' s = "3"\tt="str"><f>"&lt;"&amp;"x"</f><v>&amp;lt;x</v></c></row></sheetData></worksheet>`;
  const read = events(xml);
  expect(read).toEqual(referenceEvents(xml));
  expect(read).toContainEqual(["text", " a & b ạ\n"]);
  expect(read).toContainEqual(["open", "c", [["r", "B1"], ["s", "3"], ["t", "str"]], false]);
});

test("markup the tokenizer does not read is refused, never misread", () => {
  for (const xml of ["<a>&nbsp;</a>", "<a><![CDATA[x]]></a>", "<!DOCTYPE a><a/>", "<a b=c/>", "<a b='1'c='2'/>", "<a>1 < 2</a>", "<a>&#0;</a>", "<a/ >"]) {
    expect({ xml, read: events(xml) }).toEqual({ xml, read: "refused" });
  }
});
