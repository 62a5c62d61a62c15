/** The quarterly annex (phụ lục): build it from the catalog, lay it out as sheets, its words, columns and formulas. The public face of src/core/annex: edges import this, not inner files. */
export * from "./actuals";
export * from "./build";
export * from "./calendar";
export * from "./columns";
export * from "./evaluation";
export * from "./formulas";
export * from "./labels";
export * from "./layout";
export * from "./meta";
export * from "./model";
export * from "./each-agency";
export * from "./official";
export * from "./summary";
export * from "./words";
