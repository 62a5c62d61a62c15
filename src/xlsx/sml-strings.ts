/** The shared strings part (xl/sharedStrings.xml) of the SpreadsheetML writer: each distinct text once, cells refer to it by number. */
import { keepsSpace, xmlText } from "./sml-text";

export class SharedStrings {
  private readonly index = new Map<string, number>();
  /** How many string cells refer to the table (the count attribute). */
  private uses = 0;

  id(text: string): number {
    this.uses++;
    let id = this.index.get(text);
    if (id === undefined) this.index.set(text, (id = this.index.size));
    return id;
  }

  /** The part's XML, in pieces (a large report has tens of thousands of strings). */
  *xml(): Generator<string> {
    yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${this.index.size}">`;
    let chunk = "";
    for (const text of this.index.keys()) {
      chunk += keepsSpace(text) ? `<si><t xml:space="preserve">${xmlText(text)}</t></si>` : `<si><t>${xmlText(text)}</t></si>`;
      if (chunk.length > 1 << 16) {
        yield chunk;
        chunk = "";
      }
    }
    yield `${chunk}</sst>`;
  }
}
