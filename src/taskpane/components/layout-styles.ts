import type { GriffelStyle } from "@fluentui/react-components";

/**
 * Two form fields side by side. Native selects size to their longest option (a plan title), so
 * the fields and their selects may shrink to the pane's width instead of overflowing it.
 */
export const twoColumnFields: GriffelStyle = {
  display: "grid",
  gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
  gap: "8px",
  margin: "8px 0",
  "& > *": { minWidth: 0 },
  "& select": { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
};

/**
 * Fields side by side only where each gets 200 px, one under the other in a 320–350 px pane: a
 * picked column's or table's name is read whole, not cut to "BaoCao_So…".
 */
export const stackingFields: GriffelStyle = {
  ...twoColumnFields,
  gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 200px), 1fr))",
};

/** A row of buttons (or a field and its button) that wraps in a narrow pane. */
export const controlRow: GriffelStyle = { display: "flex", gap: "8px", alignItems: "flex-end", flexWrap: "wrap", margin: "8px 0" };

/** A field whose select takes the pane's width, not its longest option's (long agency names, English labels). */
export const fullWidthField: GriffelStyle = { minWidth: 0, "& select": { minWidth: 0, width: "100%", textOverflow: "ellipsis" } };

/** A field of a two-column grid that takes the whole row: its choices (a plan's title, an agency's name) need the width. */
export const wholeRowField: GriffelStyle = { gridColumn: "1 / -1" };
