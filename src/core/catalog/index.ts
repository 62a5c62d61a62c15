/** The plan catalog: schema, loading and merging, queries, descriptions, agency matching, problems. The public face of src/core/catalog: edges import this, not inner files. */
export * from "./agency-match";
export * from "./describe";
export * from "./json-schema";
export * from "./load";
export * from "./plan-id";
export * from "./problems";
export * from "./query";
export * from "./schema";
