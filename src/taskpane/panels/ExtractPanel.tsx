/**
 * Nhập kế hoạch từ văn bản: open a .txt/.md/.docx plan, review the targets the extractor found next
 * to the line each came from, fix or drop them, and save the accepted ones as a catalog.
 */
import { Button, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { CatalogSource } from "../../catalog-source/index";
import { loadCatalogs } from "../../core/catalog/load";
import type { Target } from "../../core/catalog/schema";
import { targetAmount } from "../../core/catalog/describe";
import { formatProblem, type Problem } from "../../core/catalog/problems";
import { extractTargets, toCatalog } from "../../core/extract";
import type { ExtractResult } from "../../core/extract/types";
import { parseViRange } from "../../core/numbers/vi";
import type { Lang } from "../../core/messages";
import type { Strings } from "../i18n";
import { useOperation } from "../components/use-operation";
import { ErrorBar } from "../components/ErrorBar";
import { downloadBytes } from "../download";
import { controlRow } from "../components/layout-styles";
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

interface Draft {
  target: Target;
  accepted: boolean;
  name: string;
  amount: string;
  unit: string;
  year: string;
}

export interface ExtractPanelProps {
  t: Strings;
  lang: Lang;
  source: CatalogSource;
}

/** Every format `kehoach extract` reads. */
const DOCUMENT_TYPES = ".txt,.md,.docx,.pdf,text/plain,text/markdown,application/pdf";

async function documentText(file: File): Promise<string> {
  if (/\.pdf$/i.test(file.name)) {
    const { extractText, getDocumentProxy } = await import(/* webpackChunkName: "unpdf" */ "unpdf");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(await file.arrayBuffer())), { mergePages: false });
    return (Array.isArray(text) ? text : [text]).join("\n\n");
  }
  if (/\.docx$/i.test(file.name)) {
    const mammoth = await import(/* webpackChunkName: "mammoth" */ "mammoth");
    const result = await mammoth.extractRawText({ arrayBuffer: await file.arrayBuffer() });
    return result.value;
  }
  return file.text();
}

/** The reviewed drafts as targets; an amount or year the user mistyped is a problem, never a guess. */
export function applyEdits(drafts: readonly Draft[], file: string): { targets: Target[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const accepted = drafts.filter((d) => d.accepted);
  const ids = new Set(accepted.map((d) => d.target.id));
  const targets = accepted.map((d, i) => {
    const { value: _v, min: _min, max: _max, parent, ...rest } = d.target;
    const t: Target = { ...rest, name: d.name.trim(), unit: d.unit.trim(), year: Number(d.year) };
    if (parent && ids.has(parent)) t.parent = parent;
    const range = parseViRange(d.amount, "auto");
    if (!range.ok) problems.push({ file, path: `targets[${i}] (${d.target.id})`, message: range.error });
    else if (range.min === range.max) t.value = range.min;
    else Object.assign(t, { min: range.min, max: range.max });
    return t;
  });
  return { targets, problems };
}

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
      const text = await documentText(picked);
      const extracted = extractTargets(text, { file: picked.name });
      setFile(picked.name);
      setResult(extracted);
      setDrafts(extracted.targets.map((x) => ({ target: x, accepted: true, name: x.name, amount: targetAmount(x), unit: x.unit, year: String(x.year) })));
    });
  };

  const edit = (i: number, patch: Partial<Draft>) => setDrafts((all) => all.map((d, j) => (j === i ? { ...d, ...patch } : d)));

  /** The catalog file, validated like any import; null (with problems shown) when it is not valid. */
  const catalogJson = (): string | null => {
    if (!result || !file) return null;
    const { targets, problems: edits } = applyEdits(drafts, file);
    const kept = new Set(targets.map((x) => x.id));
    const tasks = result.tasks.map((task) => ({ ...task, targets: task.targets?.filter((id) => kept.has(id)) }));
    const catalog = toCatalog({ ...result, targets, tasks }, { file });
    const check = loadCatalogs([{ file, data: catalog }]);
    const all = [...edits, ...(check.ok ? [] : check.problems)];
    setProblems(all.length ? all : null);
    return all.length ? null : JSON.stringify(catalog, null, 2);
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
      {problems && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.problemsTitle(problems.length)}</MessageBarTitle>
            <ul>
              {problems.slice(0, 100).map((p, i) => (
                <li key={i}>{formatProblem(p, lang)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
