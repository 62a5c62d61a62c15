/** Lập phụ lục: an agency's (or every agency's) annex for a plan and period, into the workbook or as .xlsx. */
import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Select, Spinner, Subtitle2 } from "@fluentui/react-components";
import { lazy, Suspense, useMemo, useState } from "react";
import type { Catalog } from "../../core/catalog";
import { planAgencies } from "../../core/annex";
import { buildAgencyAnnexes, type BuildAnnexOptions, type WordChoice } from "../../core/annex";
import { carriedReport, prepareAnnex, type CarriedFigures } from "../../core/operations";
import { BilingualError } from "../../core/messages";
import { evaluateTarget } from "../../core/evaluate";
import type { Lang } from "../../core/messages";
import type { Strings } from "../i18n";
import type { WorkbookPort } from "../../workbook/port";
import { useOperation } from "../components/use-operation";
import { ErrorBar } from "../components/ErrorBar";
import { downloadBytes, XLSX_MIME } from "../download";
import { controlRow, twoColumnFields, wholeRowField } from "../components/layout-styles";
import { AgencyOptions, chosenPlanTitle, PlanOptions, planTooltip } from "../components/PlanOptions";
import { savedWords } from "../evaluation-words";
import { ANNEX_STRINGS } from "./annex-strings";

const AnnexWords = lazy(() => import(/* webpackChunkName: "annex-words" */ "./AnnexWords"));
/** Cells left behind listed at most; the rest counted. */
const NOT_CARRIED_SHOWN = 20;

const useStyles = makeStyles({
  grid: twoColumnFields,
  wide: wholeRowField,
  row: controlRow,
  list: { margin: "4px 0", paddingLeft: "20px", maxHeight: "200px", overflowY: "auto", overflowWrap: "anywhere" },
});

export interface AnnexPanelProps {
  t: Strings;
  lang: Lang;
  port: WorkbookPort;
  catalog: Catalog;
}

export default function AnnexPanel({ t, lang, port, catalog }: AnnexPanelProps) {
  const styles = useStyles();
  const [plan, setPlan] = useState(catalog.plans[0]?.id ?? "");
  const [agency, setAgency] = useState("");
  const [period, setPeriod] = useState(String(new Date().getFullYear()));
  const [notice, setNotice] = useState<string | null>(null);
  const [leftBehind, setLeftBehind] = useState<string[]>([]);
  const [words, setWords] = useState<WordChoice>(savedWords);
  const [showWords, setShowWords] = useState(false);
  const { busy, error, setError, run } = useOperation();
  const agencies = useMemo(() => planAgencies(catalog, plan), [catalog, plan]);
  const s = ANNEX_STRINGS[lang];
  const customWords = Object.keys(words).length;

  const options = (): BuildAnnexOptions => ({ plan, agency: agency || undefined, period: period.trim(), generatedAt: new Date().toISOString(), evaluate: evaluateTarget, words });

  // The workbook's own annex for this plan and period gives its typed figures to the new one (by target id).
  const write = () =>
    run(async () => {
      setNotice(null);
      setLeftBehind([]);
      const { sheets, carried } = await port.writeAnnex({ catalog, options: options() });
      tellCarried(t.annexWritten(sheets.join(", ")), carried);
    });

  /** Say what came across from the workbook's annex, and list what did not. */
  const tellCarried = (first: string, carried: CarriedFigures | undefined) => {
    const report = carried ? carriedReport(carried) : null;
    setNotice([first, report?.summary?.[lang]].filter(Boolean).join(" "));
    setLeftBehind(report?.notCarried.map((m) => m[lang]) ?? []);
  };

  const download = () =>
    run(async () => {
      setNotice(null);
      setLeftBehind([]);
      // The file carries the figures already typed in the workbook's annex, as "write into the workbook" does.
      const prepared = prepareAnnex({ catalog, options: options() }, (await port.readAnnexSheets?.()) ?? []);
      if (!prepared.ok) throw new BilingualError(prepared.error);
      const { annex } = prepared;
      const { annexToXlsx } = await import(/* webpackChunkName: "xlsx-write" */ "../../xlsx/annex-xlsx");
      const bytes = await annexToXlsx(annex);
      const file = `phu-luc-${plan}${agency ? `-${agency}` : ""}-${period.trim()}.xlsx`;
      downloadBytes(bytes, file, XLSX_MIME);
      tellCarried(t.downloaded(file), prepared.carried);
    });

  const downloadEach = () =>
    run(async () => {
      setNotice(null);
      const { agency: _whole, ...whole } = options();
      const built = buildAgencyAnnexes(catalog, whole);
      if (!built.ok) throw new Error(built.error[lang]);
      const { agencyAnnexesZip } = await import(/* webpackChunkName: "xlsx-write" */ "../../xlsx/write-each");
      const file = `phu-luc-${plan}-${period.trim()}-cac-co-quan.zip`;
      downloadBytes(await agencyAnnexesZip(built.annexes, built.tracking), file, "application/zip");
      setNotice(t.eachAgencyZipped(built.annexes.length, file));
    });

  return (
    <section aria-labelledby="annex-title">
      <Subtitle2 as="h2" id="annex-title">
        {t.tabAnnex}
      </Subtitle2>
      <div className={styles.grid}>
        <Field label={t.plan} className={styles.wide} hint={chosenPlanTitle(catalog.plans, plan)}>
          <Select value={plan} title={planTooltip(catalog.plans, plan)} onChange={(_, d) => (setPlan(d.value), setAgency(""))}>
            <PlanOptions plans={catalog.plans} />
          </Select>
        </Field>
        <Field label={t.agency} className={styles.wide}>
          <Select value={agency} onChange={(_, d) => setAgency(d.value)}>
            <AgencyOptions agencies={agencies} allLabel={t.allAgencies} />
          </Select>
        </Field>
        <Field label={t.period} hint={t.periodExamples}>
          <Input value={period} onChange={(_, d) => setPeriod(d.value)} />
        </Field>
      </div>
      <div className={styles.row}>
        <Button appearance="primary" onClick={write} disabled={busy || !plan}>
          {t.writeToWorkbook}
        </Button>
        <Button onClick={download} disabled={busy || !plan}>
          {t.downloadXlsx}
        </Button>
        {!agency && (
          <Button onClick={downloadEach} disabled={busy || !plan}>
            {t.downloadEachAgency}
          </Button>
        )}
        <Button appearance="subtle" aria-expanded={showWords} onClick={() => setShowWords(!showWords)}>
          {s.wordsToggle}
        </Button>
        {busy && <Spinner size="tiny" label={t.working} />}
      </div>
      {!showWords && customWords > 0 && <div>{s.wordsCustom(customWords)}</div>}
      {showWords && (
        <Suspense fallback={<Spinner size="tiny" />}>
          <AnnexWords lang={lang} words={words} onChange={setWords} />
        </Suspense>
      )}
      <ErrorBar t={t} message={error} onDismiss={() => setError(null)} />
      {notice && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {leftBehind.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.notCarriedTitle(leftBehind.length)}</MessageBarTitle>
            <ul className={styles.list} data-testid="not-carried">
              {leftBehind.slice(0, NOT_CARRIED_SHOWN).map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
            {leftBehind.length > NOT_CARRIED_SHOWN && s.more(leftBehind.length - NOT_CARRIED_SHOWN)}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
