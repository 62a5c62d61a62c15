/** Text helpers: normalising and folding Vietnamese, CSV, formula escaping, closest matches. The public face of src/core/text: edges import this, not inner files. */
export * from "./case";
export * from "./closest";
export * from "./csv";
export * from "./escape";
export * from "./normalize";
export * from "./unicode";
