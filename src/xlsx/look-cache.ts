/**
 * Cells of the same row style, column, number format, lock and emptiness look alike: each look is
 * built once per sheet, by every file writer (ExcelJS styles, SpreadsheetML style indexes). Keyed
 * without building strings, since it is asked for every cell.
 */
export class LookCache<Look> {
  private readonly kinds = new Map<string, Map<string | null, number>[]>();
  private readonly looks: (Look | undefined)[] = [];
  private nextKind = 0;

  /** A number naming the kind of cell. */
  kind(rowStyle: string, column: number, numFmt: string | null, unlocked: boolean, empty: boolean): number {
    let byColumn = this.kinds.get(rowStyle);
    if (!byColumn) this.kinds.set(rowStyle, (byColumn = []));
    const slot = column * 4 + (unlocked ? 2 : 0) + (empty ? 1 : 0);
    const byFormat = byColumn[slot] ?? (byColumn[slot] = new Map());
    let kind = byFormat.get(numFmt);
    if (kind === undefined) byFormat.set(numFmt, (kind = this.nextKind++));
    return kind;
  }

  /** The look of that kind, built by `build` the first time it is asked for. */
  look(kind: number, build: () => Look): Look {
    return this.known(kind) ?? this.remember(kind, build());
  }

  /** The look of that kind if built already: for a hot loop that builds it without a closure per cell. */
  known(kind: number): Look | undefined {
    return kind < this.looks.length ? this.looks[kind] : undefined;
  }

  remember(kind: number, look: Look): Look {
    this.looks[kind] = look;
    return look;
  }
}
