/** Which catalog is in use, and importing another one (file or URL) with every problem listed by field. */
import { Badge, Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Spinner, Subtitle2, Text } from "@fluentui/react-components";
import { useState } from "react";
import { FilePicker } from "../components/FilePicker";
import type { ActiveCatalog, CatalogSource, ImportResult } from "../../catalog-source/index";
import type { Problem } from "../../core/catalog";
import type { Lang } from "../../core/messages";
import type { Strings } from "../i18n";
import { useOperation } from "../components/use-operation";
import { ErrorBar } from "../components/ErrorBar";
import { controlRow } from "../components/layout-styles";
import { ProblemList } from "../components/ProblemList";

const useStyles = makeStyles({
  row: controlRow,
});

export interface SourcePanelProps {
  t: Strings;
  lang: Lang;
  source: CatalogSource;
  active: ActiveCatalog;
}

export default function SourcePanel({ t, lang, source, active }: SourcePanelProps) {
  const styles = useStyles();
  const [url, setUrl] = useState("");
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { busy, error, setError, run } = useOperation();
  const origin = { bundled: t.originBundled, imported: t.originImported, snapshot: t.originSnapshot }[active.origin];

  const settle = (result: ImportResult | undefined) => {
    if (!result) return;
    if (result.ok) {
      setProblems(null);
      setNotice(t.imported(result.active.label));
    } else {
      setNotice(null);
      setProblems(result.problems);
    }
  };

  const onFile = async ([file]: File[]) => {
    if (!file) return;
    settle(await run(async () => source.importText(await file.text(), file.name)));
  };

  return (
    <section aria-labelledby="source-title">
      <Subtitle2 as="h2" id="source-title">
        {t.sourceInUse}
      </Subtitle2>
      <div style={{ margin: "8px 0" }}>
        <Badge appearance="tint" data-testid="catalog-origin">
          {origin}
        </Badge>{" "}
        <Text>{active.label}</Text>
        <br />
        <Text>{t.catalogSummary(active.catalog.plans.length, active.catalog.targets.length)}</Text>
        <br />
        <Text size={200}>{t.precedence}</Text>
      </div>
      <Field label={t.importFile}>
        <FilePicker t={t} label={t.importFile} accept=".json,application/json" onPick={onFile} disabled={busy} />
      </Field>
      <div className={styles.row}>
        <Field label={t.importUrl} style={{ flex: 1 }}>
          <Input type="url" value={url} onChange={(_, d) => setUrl(d.value)} placeholder="https://" />
        </Field>
        <Button onClick={async () => settle(await run(() => source.importUrl(url.trim())))} disabled={busy || !url.trim()}>
          {t.importUrlButton}
        </Button>
      </div>
      <div className={styles.row}>
        <Button onClick={() => void run(async () => (await source.saveSnapshot(), setNotice(t.snapshotSaved)))} disabled={busy}>
          {t.saveSnapshot}
        </Button>
        {active.origin !== "bundled" && (
          <Button onClick={() => void run(() => source.clear(active.origin as "snapshot" | "imported"))} disabled={busy}>
            {active.origin === "snapshot" ? t.clearSnapshot : t.clearImported}
          </Button>
        )}
      </div>
      {busy && <Spinner size="tiny" label={t.importing} />}
      <ErrorBar t={t} message={error} onDismiss={() => setError(null)} />
      {notice && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      <ProblemList t={t} lang={lang} problems={problems} />
    </section>
  );
}
