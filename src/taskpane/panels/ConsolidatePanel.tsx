/** Tổng hợp báo cáo: many agencies' .xlsx annexes → one consolidated report, written to the workbook or downloaded. */
import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Subtitle2, Text } from "@fluentui/react-components";
import { useState } from "react";
import { FilePicker } from "../components/FilePicker";
import type { Catalog } from "../../core/catalog";
import type { ConsolidationResult } from "../../core/consolidate";
import { layoutConsolidation } from "../../core/consolidate";
import { savedWords } from "../evaluation-words";
import type { Lang } from "../../core/messages";
import type { Strings } from "../i18n";
import type { WorkbookPort } from "../../workbook/port";
import { useOperation } from "../components/use-operation";
import { ErrorBar } from "../components/ErrorBar";
import { downloadBytes, XLSX_MIME } from "../download";
import { controlRow } from "../components/layout-styles";

const useStyles = makeStyles({
  row: controlRow,
  list: { margin: "4px 0", paddingLeft: "20px", maxHeight: "200px", overflowY: "auto" },
});

export interface ConsolidatePanelProps {
  t: Strings;
  lang: Lang;
  port: WorkbookPort;
  catalog: Catalog;
}

export default function ConsolidatePanel({ t, lang, port, catalog }: ConsolidatePanelProps) {
  const styles = useStyles();
  const [files, setFiles] = useState<File[]>([]);
  const [period, setPeriod] = useState(String(new Date().getFullYear()));
  const [done, setDone] = useState<{ result: ConsolidationResult } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const { busy, error, setError, run } = useOperation();

  const pick = (picked: File[]) => {
    setFiles(picked);
    setDone(null);
  };

  const consolidate = () =>
    run(async () => {
      setNotice(null);
      const { mergeFiles } = await import(/* webpackChunkName: "xlsx-consolidate" */ "../../xlsx/consolidate");
      // Each file's bytes are fetched when its turn comes: one file in memory at a time.
      const uploads = files.map((f) => ({ name: f.name, open: async () => ({ ok: true as const, file: { name: f.name, data: await f.arrayBuffer(), lastModified: f.lastModified } }) }));
      setProgress({ done: 0, total: uploads.length });
      let shownAt = Date.now();
      try {
        // The report file is written when it is downloaded, not before the result shows.
        const outcome = await mergeFiles(catalog, uploads, {
          period: period.trim(),
          now: new Date().toISOString(),
          // The evaluation words chosen in the annex panel.
          words: savedWords(),
          onRead: (read, total) => {
            // A re-render per file would cost more than reading it: the bar moves at most ten times a second.
            const now = Date.now();
            if (read < total && now - shownAt < 100) return;
            shownAt = now;
            setProgress({ done: read, total });
          },
        });
        if (!outcome.ok) throw new Error(outcome.error[lang]);
        setDone({ result: outcome.result });
      } finally {
        setProgress(null);
      }
    });

  const write = () =>
    run(async () => {
      if (!done) return;
      const { sheets } = await port.writeSheets(layoutConsolidation(done.result).sheets);
      setNotice(t.annexWritten(sheets.join(", ")));
    });

  const download = () =>
    run(async () => {
      if (!done) return;
      const { consolidationToXlsx } = await import(/* webpackChunkName: "xlsx-consolidate" */ "../../xlsx/consolidate");
      const { plan, period: code } = done.result;
      downloadBytes(await consolidationToXlsx(done.result), `tong-hop-${plan}-${code}.xlsx`, XLSX_MIME);
    });

  const r = done?.result;
  const complete = r?.completeness.filter((c) => c.status === "complete").length ?? 0;
  return (
    <section aria-labelledby="consolidate-title">
      <Subtitle2 as="h2" id="consolidate-title">
        {t.tabConsolidate}
      </Subtitle2>
      <Field label={t.pickReports} hint={t.filesChosen(files.length)}>
        <FilePicker t={t} label={t.pickReports} multiple accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onPick={pick} disabled={busy} />
      </Field>
      <div className={styles.row}>
        <Field label={t.period} hint={t.periodExamples}>
          <Input value={period} onChange={(_, d) => setPeriod(d.value)} />
        </Field>
        <Button appearance="primary" onClick={consolidate} disabled={busy || files.length === 0}>
          {t.consolidateButton}
        </Button>
      </div>
      {busy &&
        (progress ? (
          <Field validationMessage={t.readingFiles(progress.done, progress.total)} validationState="none">
            <ProgressBar value={progress.done} max={progress.total} aria-label={t.readingFiles(progress.done, progress.total)} />
          </Field>
        ) : (
          <ProgressBar aria-label={t.working} />
        ))}
      <ErrorBar t={t} message={error} onDismiss={() => setError(null)} />
      {r && done && (
        <>
          <MessageBar intent={r.rejected.length || r.conflicts.length ? "warning" : "success"} role="status" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.consolidated(r.plan, r.submissions.length)}</MessageBarTitle>
              {t.consolidationSummary(complete, r.completeness.length, r.conflicts.length, r.rejected.length)}
              {r.rejected.length > 0 && (
                <ul className={styles.list}>
                  {r.rejected.slice(0, 50).map((x, i) => (
                    <li key={i}>
                      {[x.file, x.sheet, x.row ? `${t.rowWord} ${x.row}` : null, x.field].filter(Boolean).join(" › ")}: {x.reason[lang]}
                    </li>
                  ))}
                </ul>
              )}
            </MessageBarBody>
          </MessageBar>
          <div className={styles.row}>
            <Button onClick={write} disabled={busy}>
              {t.writeToWorkbook}
            </Button>
            <Button onClick={download} disabled={busy}>
              {t.downloadXlsx}
            </Button>
          </div>
        </>
      )}
      {notice && <Text role="status">{notice}</Text>}
    </section>
  );
}
