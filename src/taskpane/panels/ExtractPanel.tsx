/**
 * Nhập kế hoạch từ văn bản: open a .txt/.md/.docx/.pdf plan (read and converted by
 * src/core/operations/import-document.ts, as `kehoach extract` does), review the targets the extractor found next
 * to the line each came from, fix or drop them, and save the accepted ones as a catalog.
 */
import { Button, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarBody, Spinner, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { CatalogSource } from "../../catalog-source/index";
import type { Problem } from "../../core/catalog";
import type { ExtractResult } from "../../core/extract";
import { documentText, draftsOf, extractDocument, reviewedCatalog, type Draft } from "../../core/operations";
import { BilingualError, type Lang } from "../../core/messages";
import type { Strings } from "../i18n";
import { useOperation } from "../components/use-operation";
import { ErrorBar } from "../components/ErrorBar";
import { downloadBytes } from "../download";
import { controlRow } from "../components/layout-styles";
import { ProblemList } from "../components/ProblemList";
import { FilePicker } from "../components/FilePicker";

const useStyles = makeStyles({
  // One card per draft: name on its own line, then figure, unit and year side by side, so all of it fits a 320 px pane.
  drafts: { listStyle: "none", padding: 0, margin: "8px 0" },
  draft: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: "6px 0" },
  draftHead: { display: "flex", alignItems: "center", gap: "4px", minWidth: 0 },
  grow: { flex: 1, minWidth: 0 },
  quote: { color: tokens.colorNeutralForeground2, fontStyle: "italic", display: "block", margin: "2px 0 4px", fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  figures: { display: "grid", gridTemplateColumns: "minmax(0, 3fr) minmax(0, 3fr) minmax(0, 2fr)", gap: "4px", "& > *": { minWidth: 0 } },
  // Fluent's Input keeps a minimum width of its own; in a third of a pane it must shrink.
  figure: { minWidth: 0, width: "100%" },
  row: controlRow,
});

export interface ExtractPanelProps {
  t: Strings;
  lang: Lang;
  source: CatalogSource;
}

/** Every format `kehoach extract` reads. */
const DOCUMENT_TYPES = ".txt,.md,.docx,.pdf,text/plain,text/markdown,application/pdf";

export default function ExtractPanel({ t, lang, source }: ExtractPanelProps) {
  const styles = useStyles();
  const [file, setFile] = useState<string | null>(null);
  const [result, setResult] = useState<ExtractResult | null>(null);
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { busy, error, setError, run } = useOperation();

  const open = ([picked]: File[]) => {
    if (!picked) return;
    void run(async () => {
      setProblems(null);
      setNotice(null);
      const { documentReaders } = await import(/* webpackChunkName: "document-readers" */ "../../documents/readers");
      const read = await documentText(picked.name, new Uint8Array(await picked.arrayBuffer()), documentReaders);
      if (!read.ok) throw new BilingualError(read.error);
      const extracted = extractDocument(read.text, picked.name);
      setFile(picked.name);
      setResult(extracted);
      setDrafts(draftsOf(extracted));
    });
  };

  const edit = (i: number, patch: Partial<Draft>) => setDrafts((all) => all.map((d, j) => (j === i ? { ...d, ...patch } : d)));

  /** The catalog file, validated like any import; null (with problems shown) when it is not valid. */
  const catalogJson = (): string | null => {
    if (!result || !file) return null;
    const reviewed = reviewedCatalog(result, drafts, file);
    setProblems(reviewed.ok ? null : reviewed.problems);
    return reviewed.ok ? JSON.stringify(reviewed.catalog, null, 2) : null;
  };

  const save = () => {
    const json = catalogJson();
    if (json && result) {
      downloadBytes(json, `${result.plan}.json`, "application/json");
      setNotice(t.downloaded(`${result.plan}.json`));
    }
  };

  const use = () =>
    run(async () => {
      const json = catalogJson();
      if (!json || !result) return;
      const imported = await source.importText(json, `${result.plan}.json`);
      if (!imported.ok) setProblems(imported.problems);
      else setNotice(t.imported(imported.active.label));
    });

  return (
    <section aria-labelledby="extract-title">
      <Subtitle2 as="h2" id="extract-title">
        {t.tabExtract}
      </Subtitle2>
      <Field label={t.pickDocument}>
        <FilePicker t={t} label={t.pickDocument} accept={DOCUMENT_TYPES} onPick={open} disabled={busy} />
      </Field>
      {busy && <Spinner size="tiny" label={t.working} />}
      <ErrorBar t={t} message={error} onDismiss={() => setError(null)} />
      {result?.warnings.map((w, i) => (
        <MessageBar key={i} intent="warning">
          <MessageBarBody>{w[lang]}</MessageBarBody>
        </MessageBar>
      ))}
      {result && (
        <>
          <Text block>{t.extracted(drafts.length, drafts.filter((d) => d.accepted).length)}</Text>
          <ul className={styles.drafts} aria-label={t.reviewTable}>
            {drafts.map((d, i) => (
              <li key={d.target.id} className={styles.draft}>
                <div className={styles.draftHead}>
                  <Checkbox checked={d.accepted} onChange={(_, v) => edit(i, { accepted: v.checked === true })} aria-label={`${t.accept}: ${d.name}`} />
                  <Input className={styles.grow} value={d.name} onChange={(_, v) => edit(i, { name: v.value })} aria-label={`${t.target} ${i + 1}`} />
                </div>
                <span className={styles.quote}>
                  {t.sourceLine(d.target.source.file, d.target.source.line)}: “{d.target.source.text}”
                </span>
                <div className={styles.figures}>
                  <Field label={t.planFigure} size="small">
                    <Input className={styles.figure} size="small" value={d.amount} onChange={(_, v) => edit(i, { amount: v.value })} aria-label={`${t.planFigure} ${i + 1}`} />
                  </Field>
                  <Field label={t.unit} size="small">
                    <Input className={styles.figure} size="small" value={d.unit} onChange={(_, v) => edit(i, { unit: v.value })} aria-label={`${t.unit} ${i + 1}`} />
                  </Field>
                  <Field label={t.year} size="small">
                    <Input className={styles.figure} size="small" value={d.year} onChange={(_, v) => edit(i, { year: v.value })} aria-label={`${t.year} ${i + 1}`} />
                  </Field>
                </div>
              </li>
            ))}
          </ul>
          <div className={styles.row}>
            <Button onClick={save} disabled={busy}>
              {t.downloadCatalog}
            </Button>
            <Button appearance="primary" onClick={use} disabled={busy}>
              {t.useAsCatalog}
            </Button>
          </div>
        </>
      )}
      <ProblemList t={t} lang={lang} problems={problems} />
      {notice && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
