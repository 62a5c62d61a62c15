/** The reporting calendar: period codes, Decree 09/2019 cut-offs, deadlines, working days. */
export * from "./dates";
export * from "./codes";
export * from "./calendar";
export * from "./cutoffs";
export * from "./workdays";
export * from "./deadlines";
export * from "./lunar";
export * from "./holidays";
