/** The general sheet model every writer renders: layout, styles, status words and colours, A1 addresses, the targets table. The public face of src/core/sheet: edges import this, not inner files. */
export * from "./a1";
export * from "./layout";
export * from "./status";
export * from "./status-rules";
export * from "./structured-ref";
export * from "./style";
export * from "./table-layout";
