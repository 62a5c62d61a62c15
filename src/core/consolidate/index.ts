/** Consolidation of agencies' annexes: reading submissions, merging, completeness, timeliness, the report layout. The public face of src/core/consolidate: edges import this, not inner files. */
export * from "./consolidate";
export * from "./grid";
export * from "./headers";
export * from "./layout";
export * from "./submission";
export * from "./types";
