/** A this-row structured reference to a table column, whatever characters its header has: [@[Thực hiện]]. */
export function thisRow(column: string): string {
  return `[@[${column.replace(/['#[\]]/g, "'$&")}]]`;
}
