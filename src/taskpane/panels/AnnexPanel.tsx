/** Lập phụ lục: an agency's (or every agency's) annex for a plan and period, into the workbook or as .xlsx. */
import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, Spinner, Subtitle2 } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Catalog } from "../../core/catalog";
import { buildAnnex, planAgencies } from "../../core/annex";
import { buildAgencyAnnexes } from "../../core/annex";
import { evaluateTarget } from "../../core/evaluate";
import type { Lang } from "../../core/messages";
import type { Strings } from "../i18n";
import type { WorkbookPort } from "../../workbook/port";
import { useOperation } from "../components/use-operation";
import { ErrorBar } from "../components/ErrorBar";
import { downloadBytes, XLSX_MIME } from "../download";
import { controlRow, twoColumnFields } from "../components/layout-styles";
import { AgencyOptions, PlanOptions } from "../components/PlanOptions";

const useStyles = makeStyles({
  grid: twoColumnFields,
  row: controlRow,
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
  const { busy, error, setError, run } = useOperation();
  const agencies = useMemo(() => planAgencies(catalog, plan), [catalog, plan]);

  const build = () => {
    const built = buildAnnex(catalog, { plan, agency: agency || undefined, period: period.trim(), generatedAt: new Date().toISOString(), evaluate: evaluateTarget });
    if (!built.ok) throw new Error(built.error[lang]);
    return built.annex;
  };

  const write = () =>
    run(async () => {
      setNotice(null);
      const { sheets } = await port.writeAnnex(build());
      setNotice(t.annexWritten(sheets.join(", ")));
    });

  const download = () =>
    run(async () => {
      setNotice(null);
      const annex = build();
      const { annexToXlsx } = await import(/* webpackChunkName: "xlsx-write" */ "../../xlsx/write");
      const bytes = await annexToXlsx(annex);
      const file = `phu-luc-${plan}${agency ? `-${agency}` : ""}-${period.trim()}.xlsx`;
      downloadBytes(bytes, file, XLSX_MIME);
      setNotice(t.downloaded(file));
    });

  const downloadEach = () =>
    run(async () => {
      setNotice(null);
      const built = buildAgencyAnnexes(catalog, { plan, period: period.trim(), generatedAt: new Date().toISOString(), evaluate: evaluateTarget });
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
        <Field label={t.plan}>
          <Select value={plan} onChange={(_, d) => (setPlan(d.value), setAgency(""))}>
            <PlanOptions plans={catalog.plans} />
          </Select>
        </Field>
        <Field label={t.agency}>
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
        {busy && <Spinner size="tiny" label={t.working} />}
      </div>
      <ErrorBar t={t} message={error} onDismiss={() => setError(null)} />
      {notice && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
