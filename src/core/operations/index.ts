/** Conductors of user operations shared by the pane, the CLI and the preview. The public face of src/core/operations: edges import this, not inner files. */
export * from "./evaluate-rows";
export * from "./flag-status";
export * from "./insert-targets";
export * from "./import-document";
export * from "./annex-figures";
export * from "./write-annex";
