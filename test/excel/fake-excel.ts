/**
 * Office.js stand-ins for the src/excel operations. The request context is an office-addin-mock
 * OfficeMockObject (so context.sync() and load() behave as in Office: reading a property that
 * was not loaded and synced gives an error value); ranges the operations only write to are
 * recorders, so a test can see every value sent and estimate the request size.
 */
import { OfficeMockObject } from "office-addin-mock";

export interface Written {
  label: string;
  props: Record<string, unknown>;
}

/** A conditional format already on a range: its type and, for text rules, its rule. */
/** A conditional format already on the table: its kind and, for text rules, the rule and fill. */
export interface SeedFormat {
  type: string;
  rule?: { operator: string; text: string };
  fill?: string;
}

export class Recorder {
  readonly writes: Written[] = [];
  readonly calls: string[] = [];
  /** What the next context.sync() makes readable (loaded properties, null-object flags). */
  private readonly onSync: (() => void)[] = [];

  afterSync(effect: () => void): void {
    this.onSync.push(effect);
  }

  synced(): void {
    for (const effect of this.onSync.splice(0)) effect();
  }

  /** `formats`: the conditional formats already on the range, or "null" when the range is a null object. */
  range(label: string, formats: SeedFormat[] | "null" = []): Record<string, unknown> {
    const props: Record<string, unknown> = {};
    this.writes.push({ label, props });
    const format = { fill: {}, font: {}, protection: {} } as Record<string, unknown>;
    props.format = format;
    const self: Record<string, unknown> = {
      format,
      conditionalFormats: this.conditionalFormats(label, formats),
      getCell: (r: number, c: number) => this.range(`${label}.cell(${r},${c})`),
      getResizedRange: (r: number, c: number) => this.range(`${label}.resized(${r},${c})`),
      select: () => this.calls.push(`select ${label}`),
      clear: (what: string) => this.calls.push(`clear ${label} ${what}`),
    };
    return new Proxy(self, {
      set: (_, key, value) => {
        props[String(key)] = value;
        return true;
      },
    });
  }

  conditionalFormats(label: string, formats: SeedFormat[] | "null") {
    const loaded = new Set<string>();
    let synced = false;
    const notLoaded = (what: string) => new Error(`PropertyNotLoaded: ${what} of the conditional formats on ${label}`);
    const item = (seed: SeedFormat) => ({
      get type() {
        if (!loaded.has("type")) throw notLoaded("type");
        return seed.type;
      },
      textComparisonOrNullObject: {
        isNullObject: !seed.rule,
        get rule() {
          if (!loaded.has("textComparisonOrNullObject/rule")) throw notLoaded("textComparisonOrNullObject/rule");
          if (!seed.rule) throw new Error(`InvalidObjectPath: a ${seed.type} rule has no text comparison`);
          return seed.rule;
        },
        format: {
          fill: {
            get color() {
              if (!loaded.has("textComparisonOrNullObject/format/fill/color")) throw notLoaded("textComparisonOrNullObject/format/fill/color");
              return seed.fill ?? "#FFFFFF";
            },
          },
        },
      },
      delete: () => this.calls.push(`delete cf ${label} ${seed.type}${seed.rule ? ` ${seed.rule.operator} ${seed.rule.text}` : ""}`),
    });
    const items = formats === "null" ? [] : formats.map(item);
    return {
      clearAll: () => this.calls.push(`clearAll ${label}`),
      load: (props: string) => {
        const wanted = props.split(",").map((p) => p.trim().replace(/^items\//, ""));
        this.afterSync(() => {
          wanted.forEach((p) => loaded.add(p));
          synced = true;
        });
      },
      get items() {
        if (formats === "null") throw new Error(`InvalidObjectPath: ${label} is a null object`);
        if (!synced) throw notLoaded("items");
        return items;
      },
      add: (type: string) => {
        this.calls.push(`add ${type} ${label}`);
        const rule = { format: { fill: {} as Record<string, unknown>, font: {} as Record<string, unknown> }, rule: undefined as unknown };
        this.writes.push({ label: `${label}.cf`, props: rule as unknown as Record<string, unknown> });
        return { textComparison: rule };
      },
    };
  }

  /** Size of everything sent, as JSON: what an Office.js request carries, give or take its envelope. */
  payloadBytes(): number {
    return Buffer.byteLength(JSON.stringify(this.writes));
  }

  /** The 2D arrays written to a property, in order. */
  arrays(prop: "values" | "formulas" | "numberFormat"): unknown[][][] {
    return this.writes.map((w) => w.props[prop]).filter((v): v is unknown[][] => Array.isArray(v));
  }
}

export interface MockOptions {
  /** Address of the would-be table when inserting at the selection. */
  targetAddress?: string;
  /** Address of the used part of that area, or null when it is empty. */
  usedAddress?: string | null;
  overlappingTables?: number;
  existingSheets?: string[];
  /** Table for flagStatus: header texts, body values, body address, conditional formats on its body. */
  table?: { name: string; headers: string[]; body: unknown[][]; bodyAddress: string; formats?: SeedFormat[] };
}

export function mockExcel(options: MockOptions = {}) {
  const rec = new Recorder();
  const existing = new Set(options.existingSheets ?? []);
  const tablesAdded: { address: unknown; table: Record<string, unknown> }[] = [];
  const sheetRecorder = (name: string) => ({
    name,
    activate: () => rec.calls.push(`activate ${name}`),
    getRange: (address: string) => rec.range(`${name}!${address}`),
    tables: {
      add: (address: unknown, hasHeaders: boolean) => {
        const table = rec.range(`table@${name}`);
        rec.calls.push(`tables.add ${hasHeaders}`);
        tablesAdded.push({ address, table });
        return table;
      },
    },
  });
  const t = options.table;
  let mock: OfficeMockObject;
  const data = {
    context: {
      workbook: {
        target: {
          address: options.targetAddress ?? "Sheet1!C5:L7",
          used: { address: options.usedAddress ?? "Sheet1!C5" },
          getUsedRangeOrNullObject() {
            return (mock as any).context.workbook.target.used;
          },
          getTables() {
            return { getCount: () => ({ value: options.overlappingTables ?? 0 }) };
          },
          getCell: (r: number, c: number) => rec.range(`target.cell(${r},${c})`),
          clear: (what: string) => rec.calls.push(`clear target ${what}`),
          worksheet: sheetRecorder("Sheet1"),
        },
        getSelectedRange() {
          return { getCell: () => ({ getResizedRange: () => (mock as any).context.workbook.target }) };
        },
        worksheets: {
          getItemOrNullObject: (name: string) => ({ isNullObject: !existing.has(name) }),
          add: (name: string) => {
            rec.calls.push(`worksheets.add ${name}`);
            return sheetRecorder(name);
          },
          getItem: (name: string) => sheetRecorder(name),
        },
        table: t
          ? {
              header: { values: [t.headers] },
              body: { values: t.body, address: t.bodyAddress },
            }
          : {},
        tables: {
          getItem(name: string) {
            if (!t || name !== t.name) throw new Error(`ItemNotFound: ${name}`);
            const live = (mock as any).context.workbook.table;
            const bodyFormats = rec.conditionalFormats("body", t.formats ?? []);
            return {
              getHeaderRowRange: () => live.header,
              getDataBodyRange: () => Object.assign(live.body, { conditionalFormats: bodyFormats }),
              columns: {
                getItem: (column: string) => ({ getDataBodyRange: () => rec.range(`column ${column}`) }),
                add: (_i: unknown, _v: unknown, name: string) => {
                  rec.calls.push(`columns.add ${name}`);
                  return { getDataBodyRange: () => rec.range(`new column ${name}`) };
                },
              },
            };
          },
        },
      },
    },
  };
  mock = new OfficeMockObject(data);
  const workbook = (mock as any).context.workbook;
  // Null-object state is known after sync in Office.js without a load; set it the same way here.
  workbook.target.used.isNullObject = options.usedAddress === null;
  const context = (mock as any).context;
  const mockSync = context.sync.bind(context);
  context.sync = async () => {
    await mockSync();
    rec.synced();
  };
  const sync = jest.spyOn(context, "sync");
  return { context: (mock as any).context as Excel.RequestContext, sync, rec, tablesAdded };
}
