/** The in-memory sheet as an HTML table: computed KH.* results, editable input cells, status colours, selection. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useSyncExternalStore, type KeyboardEvent } from "react";
import type { Catalog } from "../core/catalog";
import { parseViNumber } from "../core/numbers";
import type { Strings } from "../taskpane/i18n";
import { ruleFor } from "../core/sheet";
import { columnName } from "../core/sheet";
import { computeFormula } from "../memory-workbook/formulas";
import { displayValue } from "./display";
import type { MemoryWorkbook } from "../memory-workbook/memory-workbook";

const useStyles = makeStyles({
  tabs: { display: "flex", gap: "4px", marginBottom: "4px", flexWrap: "wrap" },
  tab: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    background: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    padding: "2px 10px",
    cursor: "pointer",
  },
  activeTab: { background: tokens.colorNeutralBackground1, fontWeight: tokens.fontWeightSemibold, borderBottomColor: tokens.colorBrandStroke1 },
  scroller: { overflow: "auto", maxHeight: "calc(100vh - 120px)", border: `1px solid ${tokens.colorNeutralStroke1}` },
  table: { borderCollapse: "collapse", fontSize: "12px", background: "#ffffff", color: "#000000" },
  head: { background: "#f3f3f3", color: "#424242", fontWeight: 400, border: "1px solid #d6d6d6", padding: "1px 4px", position: "sticky", top: 0 },
  cell: { border: "1px solid #e1e1e1", padding: "1px 4px", maxWidth: "260px", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", height: "20px" },
  number: { textAlign: "right" },
  header: { fontWeight: 700, background: "#0f6cbd", color: "#ffffff" },
  selected: { outline: "2px solid #107c41", outlineOffset: "-2px" },
  input: { width: "90px", border: "none", background: "transparent", textAlign: "right", font: "inherit", color: "#000000" },
});

export interface GridProps {
  t: Strings;
  workbook: MemoryWorkbook;
  catalog: Catalog | null;
}

export function Grid({ t, workbook, catalog }: GridProps) {
  const styles = useStyles();
  useSyncExternalStore(workbook.subscribe, workbook.getVersion);
  const selectedRow = useRef<HTMLTableRowElement>(null);
  const sel = workbook.selection;
  const shown = workbook.hasSheet(sel.sheet) ? sel.sheet : workbook.sheets[0].name;
  useEffect(() => {
    selectedRow.current?.scrollIntoView?.({ block: "nearest" });
  }, [sel]);

  const extent = workbook.extent(shown);
  const rows = Math.max(extent.rows + 3, 20);
  const columns = Math.max(extent.columns + 1, 8);

  const commit = (row: number, column: number, text: string) => {
    const trimmed = text.trim();
    if (trimmed === "") workbook.setCell(shown, row, column, { value: "" });
    else {
      const parsed = parseViNumber(trimmed, "auto");
      workbook.setCell(shown, row, column, { value: parsed.ok ? parsed.value : trimmed });
    }
    workbook.changed();
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>, row: number, column: number) => {
    if (e.key === "Enter") {
      commit(row, column, e.currentTarget.value);
      const next = document.querySelector<HTMLInputElement>(`input[data-cell="${row + 1},${column}"]`);
      next?.focus();
    }
  };

  return (
    <div>
      <div className={styles.tabs} role="group" aria-label={t.sheetTabs}>
        {workbook.sheets.map((s) => (
          <button key={s.name} type="button" className={`${styles.tab} ${s.name === shown ? styles.activeTab : ""}`} aria-pressed={s.name === shown} onClick={() => workbook.select({ sheet: s.name, row: 0, column: 0, rows: 1, columns: 1 })}>
            {s.name}
          </button>
        ))}
      </div>
      <div className={styles.scroller} tabIndex={0} role="region" aria-label={t.sheetGrid(shown)}>
        <table className={styles.table} data-testid="grid" data-sheet={shown}>
          <thead>
            <tr>
              <th className={styles.head} scope="col">
                <span style={{ position: "absolute", left: "-9999px" }}>#</span>
              </th>
              {Array.from({ length: columns }, (_, c) => (
                <th key={c} className={styles.head} scope="col">
                  {columnName(c + 1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => {
              const rowSelected = sel.sheet === shown && r >= sel.row && r < sel.row + sel.rows;
              return (
                <tr key={r} ref={rowSelected && r === sel.row ? selectedRow : undefined} data-row={r + 1} aria-selected={rowSelected || undefined}>
                  <th className={styles.head} scope="row" style={{ position: "static" }}>
                    {r + 1}
                  </th>
                  {Array.from({ length: columns }, (_, c) => {
                    const cell = workbook.cell(shown, r, c);
                    const table = workbook.tableAt(shown, r, c);
                    const isHeader = table !== undefined && r === table.top;
                    const inSelection = rowSelected && c >= sel.column && c < sel.column + sel.columns;
                    const computed = cell?.formula ? computeFormula(workbook, catalog, shown, r, cell.formula) : null;
                    const value = computed ? (computed.ok ? computed.value : computed.error) : cell?.value;
                    const text = displayValue(value, cell?.format);
                    const rule =
                      table?.rules && !isHeader && table.columns[c - table.left] === table.rules.column && typeof value === "string" ? ruleFor(value) : undefined;
                    const className = [styles.cell, typeof value === "number" ? styles.number : "", isHeader ? styles.header : "", inSelection ? styles.selected : ""].join(" ");
                    const style = { background: rule?.fill ?? cell?.fill, color: rule?.font };
                    if (cell?.unlocked && !isHeader) {
                      const column = table ? table.columns[c - table.left] : columnName(c + 1);
                      return (
                        <td key={c} className={className} style={style}>
                          <input
                            onFocus={() => workbook.select({ sheet: shown, row: r, column: c, rows: 1, columns: 1 })}
                            key={`${String(cell.value)}`}
                            className={styles.input}
                            data-cell={`${r},${c}`}
                            aria-label={t.cellInput(column, r + 1)}
                            defaultValue={text}
                            onBlur={(e) => e.currentTarget.value !== text && commit(r, c, e.currentTarget.value)}
                            onKeyDown={(e) => onKey(e, r, c)}
                          />
                        </td>
                      );
                    }
                    return (
                      <td
                        key={c}
                        className={className}
                        style={style}
                        title={computed && !computed.ok ? computed.message : undefined}
                        onClick={() => workbook.select({ sheet: shown, row: r, column: c, rows: 1, columns: 1 })}
                      >
                        {text}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
