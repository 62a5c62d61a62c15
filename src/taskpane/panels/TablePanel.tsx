/**
 * Nhập bảng chỉ tiêu: read targets from an .xlsx/.csv table or the selected range, answer the column
 * question when the headers are unclear, write the draft catalog into "DM …" sheets to review with
 * Excel's tools, then "Lưu danh mục" reads them back, validates them, makes them the workbook's
 * catalog (the snapshot) and offers the catalog JSON for download.
 */
import { Button, Checkbox, Field, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Select, Spinner, Subtitle2, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { CatalogSource } from "../../catalog-source/index";
import { catalogToSheets, sheetsToCatalog, CATALOG_SHEET_NAMES, type SheetProblem } from "../../core/catalog-sheets";
import type { CatalogFile } from "../../core/catalog";
import type { Lang } from "../../core/messages";
import { actualsCsv, formatTableProblem, importTable, type ColumnChoice, type TableImportResult } from "../../core/table-import";
import type { WorkbookPort } from "../../workbook/port";
import type { Strings } from "../i18n";
import { useOperation } from "../components/use-operation";
import { ErrorBar } from "../components/ErrorBar";
import { FilePicker } from "../components/FilePicker";
import { downloadBytes } from "../download";
import { controlRow } from "../components/layout-styles";
import { ProblemList } from "../components/ProblemList";

const useStyles = makeStyles({
  row: controlRow,
  list: { margin: "4px 0", paddingLeft: "20px", maxHeight: "200px", overflowY: "auto", overflowWrap: "anywhere" },
  select: { minWidth: 0, maxWidth: "100%" },
  units: { border: "none", margin: "4px 0", padding: 0, display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
});

export interface TablePanelProps {
  t: Strings;
  lang: Lang;
  port: WorkbookPort;
  source: CatalogSource;
}

type Origin = { kind: "file"; file: File } | { kind: "selection" };

async function readTable(origin: Origin, port: WorkbookPort, columns?: ColumnChoice): Promise<TableImportResult> {
  const year = new Date().getFullYear();
  if (origin.kind === "selection") return importTable(await port.readSelectionTable!(), { columns, year });
  const { importTableFile } = await import(/* webpackChunkName: "table-file" */ "../../xlsx/import-table-file");
  return importTableFile({ name: origin.file.name, data: await origin.file.arrayBuffer() }, { columns, year });
}

export default function TablePanel({ t, lang, port, source }: TablePanelProps) {
  const styles = useStyles();
  const [origin, setOrigin] = useState<Origin | null>(null);
  const [result, setResult] = useState<TableImportResult | null>(null);
  const [choice, setChoice] = useState<ColumnChoice>({});
  const [sheets, setSheets] = useState<string[] | null>(null);
  const [saved, setSaved] = useState<CatalogFile | null>(null);
  const [problems, setProblems] = useState<SheetProblem[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { busy, error, setError, run } = useOperation();

  const start = (next: Origin, columns?: ColumnChoice) =>
    run(async () => {
      setNotice(null);
      setProblems(null);
      setSaved(null);
      setOrigin(next);
      if (!columns) setChoice({});
      const read = await readTable(next, port, columns);
      setResult(read);
      if (read.kind === "error") setError(read.message);
    });

  const onFile = ([file]: File[]) => {
    if (file) void start({ kind: "file", file });
  };

  const writeReview = () =>
    run(async () => {
      if (result?.kind !== "catalog") return;
      const written = await port.writeSheets(catalogToSheets(result.catalog));
      setSheets(written.sheets);
      setNotice(t.reviewWritten(written.sheets.join(", ")));
    });

  const save = () =>
    run(async () => {
      setNotice(null);
      const names = sheets ?? [...CATALOG_SHEET_NAMES];
      const read = await port.readSheets!(names);
      // Sheets written as "DM Chỉ tiêu (2)" are read back under the name the catalog reader knows.
      const cells = read.map((s) => ({ ...s, name: CATALOG_SHEET_NAMES[names.indexOf(s.name)] ?? s.name }));
      const back = sheetsToCatalog(cells, t.saveCatalog);
      if (!back.ok) {
        setProblems(back.problems);
        return;
      }
      const stored = await source.saveCatalogAsSnapshot(back.catalog, `${back.catalog.plan.id}.json`);
      if (!stored.ok) {
        setProblems(stored.problems);
        return;
      }
      setProblems(null);
      setSaved(back.catalog);
      setNotice(t.catalogSaved(back.catalog.plan.id, back.catalog.targets.length));
    });

  const downloadActuals = () => {
    if (result?.kind !== "catalog") return;
    const csv = actualsCsv(result.actuals);
    downloadBytes(`\uFEFF${csv}\n`, `${result.catalog.plan.id}-thuc-hien.csv`, "text/csv");
  };

  const question = result?.kind === "question" ? result.question : null;
  // Unit columns (one per commune, ward or agency): the recognised ones start ticked; an empty list answers "none".
  const units = choice.units ?? question?.units?.filter((c) => c.role === "assign").map((c) => c.column) ?? [];
  const toggleUnit = (column: number, on: boolean) => setChoice((c) => ({ ...c, units: on ? [...units, column].sort((a, b) => a - b) : units.filter((u) => u !== column) }));
  // One unit per row: ticked unless the user says no (then the table is read as an ordinary one).
  const rows = choice.rows ?? question?.rows?.column.column ?? 0;
  const answer = (): ColumnChoice => ({ ...choice, ...(question?.needs.includes("units") || units.length ? { units } : {}), ...(question?.rows ? { rows } : {}) });
  const answered = question ? question.needs.every((n) => n === "units" || n === "rows" || choice[n] || (n === "plan" && units.length > 0)) : false;
  const pickColumn = (key: "name" | "plan", label: string) => (
    <Field label={label}>
      <Select className={styles.select} value={choice[key] ? String(choice[key]) : ""} onChange={(_, d) => setChoice((c) => ({ ...c, [key]: d.value ? Number(d.value) : undefined }))}>
        <option value="">{t.chooseColumn}</option>
        {question!.columns.map((c) => (
          <option key={c.column} value={c.column}>
            {c.letter} {c.header ? `“${c.header.slice(0, 40)}”` : ""}
          </option>
        ))}
      </Select>
    </Field>
  );

  return (
    <section aria-labelledby="table-title">
      <Subtitle2 as="h2" id="table-title">
        {t.tabTable}
      </Subtitle2>
      <Field label={t.pickTable}>
        <FilePicker t={t} label={t.pickTable} accept=".xlsx,.xlsm,.csv,text/csv" onPick={onFile} disabled={busy} />
      </Field>
      <div className={styles.row}>
        <Button onClick={() => void start({ kind: "selection" })} disabled={busy || !port.readSelectionTable} title={port.readSelectionTable ? undefined : t.notInThisExcel}>
          {t.useSelection}
        </Button>
        <Button appearance={sheets ? "primary" : "secondary"} onClick={() => void save()} disabled={busy || !port.readSheets}>
          {t.saveCatalog}
        </Button>
      </div>
      <Text size={200} block>
        {t.reviewHelp}
      </Text>
      {busy && <Spinner size="tiny" label={t.working} />}
      <ErrorBar t={t} message={error} onDismiss={() => setError(null)} />
      {question && origin && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <Text block>{question.message[lang]}</Text>
            {question.needs.includes("name") && pickColumn("name", t.nameColumn)}
            {question.needs.includes("plan") && pickColumn("plan", t.planColumn)}
            {question.units && question.units.length > 0 && (
              <fieldset className={styles.units}>
                <legend>{t.unitColumns}</legend>
                {question.units.map((c) => (
                  <Checkbox key={c.column} checked={units.includes(c.column)} onChange={(_, d) => toggleUnit(c.column, d.checked === true)} label={`${c.letter} “${(c.assignee ?? c.header).slice(0, 40)}”`} />
                ))}
              </fieldset>
            )}
            {question.rows && (
              <Checkbox
                checked={rows > 0}
                onChange={(_, d) => setChoice((c) => ({ ...c, rows: d.checked === true ? question.rows!.column.column : 0 }))}
                label={t.rowsAreUnits(question.rows.column.letter)}
              />
            )}
            <Button onClick={() => void start(origin, answer())} disabled={busy || !answered}>
              {t.continueImport}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {result?.kind === "catalog" && (
        <>
          <Text block>{t.tableRead(result.catalog.targets.length, result.catalog.agencies.length, result.actuals.length)}</Text>
          {result.warnings.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t.notesTitle(result.warnings.length)}</MessageBarTitle>
                <ul className={styles.list}>
                  {result.warnings.slice(0, 50).map((w, i) => (
                    <li key={i}>{formatTableProblem(w, lang)}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => void writeReview()} disabled={busy}>
              {t.writeReview}
            </Button>
            {result.actuals.length > 0 && (
              <Button onClick={downloadActuals} disabled={busy}>
                {t.downloadActuals}
              </Button>
            )}
          </div>
        </>
      )}
      <ProblemList t={t} lang={lang} problems={problems} />
      {notice && (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {saved && (
        <Button onClick={() => downloadBytes(`${JSON.stringify(saved, null, 2)}\n`, `${saved.plan.id}.json`, "application/json")}>{t.downloadCatalog}</Button>
      )}
    </section>
  );
}
