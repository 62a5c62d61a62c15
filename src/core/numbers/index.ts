/** Numbers as Vietnamese documents write them: parsing, formatting (vi/en), decimals, scale words. The public face of src/core/numbers: edges import this, not inner files. */
export * from "./format";
export * from "./scale";
export * from "./vi";
