/** Insert the ticked targets as a table, at the selection or on a new sheet; never over data without consent. */
import { Button, Field, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Spinner, Subtitle2, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Catalog } from "../../core/catalog";
import type { Lang } from "../../core/messages";
import type { Strings } from "../i18n";
import type { InsertTargetsOptions, InsertTargetsResult, WorkbookPort } from "../../workbook/port";
import { ACTUAL_REF, targetRow } from "../../core/sheet";
import { useOperation } from "../components/use-operation";
import { ErrorBar } from "../components/ErrorBar";
import { controlRow } from "../components/layout-styles";

const useStyles = makeStyles({
  box: { border: `1px solid ${tokens.colorBrandStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: "8px 12px", marginBottom: "8px" },
  row: controlRow,
});

export interface InsertPanelProps {
  t: Strings;
  lang: Lang;
  port: WorkbookPort;
  catalog: Catalog;
  selectedIds: ReadonlySet<string>;
}

export default function InsertPanel({ t, lang, port, catalog, selectedIds }: InsertPanelProps) {
  const styles = useStyles();
  const [where, setWhere] = useState<InsertTargetsOptions["where"]>("newSheet");
  const [result, setResult] = useState<InsertTargetsResult | null>(null);
  const { busy, error, setError, run } = useOperation();
  // Catalog order, so the table follows the plans' order whatever order the user ticked.
  const targets = catalog.targets.filter((x) => selectedIds.has(x.id));

  const insert = async (overwrite: boolean) => {
    setResult(null);
    // Without custom functions, native formulas judged by the same rules (loaded only then: they carry the engine).
    const native = port.customFunctions === false ? (await import(/* webpackChunkName: "native-formulas" */ "../../core/annex/formulas")).nativeTargetFormulas : null;
    const rows = targets.map((x) => ({ ...targetRow(catalog, x), ...(native ? { native: native(x, ACTUAL_REF) } : {}) }));
    const outcome = await run(() => port.insertTargets(rows, { where, overwrite }));
    if (outcome) setResult(outcome);
  };

  return (
    <section className={styles.box} aria-labelledby="insert-title">
      <Subtitle2 as="h2" id="insert-title">
        {t.insertTitle}
      </Subtitle2>
      <Field label={t.insertWhere}>
        <RadioGroup layout="horizontal" value={where} onChange={(_, d) => setWhere(d.value as InsertTargetsOptions["where"])}>
          <Radio value="newSheet" label={t.insertNewSheet} />
          <Radio value="selection" label={t.insertAtSelection} />
        </RadioGroup>
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => insert(false)} disabled={busy || targets.length === 0}>
          {t.insertButton(targets.length)}
        </Button>
        {busy && <Spinner size="tiny" label={t.inserting} />}
      </div>
      <ErrorBar t={t} message={error} onDismiss={() => setError(null)} />
      {result?.ok && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            {t.inserted(result.rows, result.sheet, result.address)}
            {port.customFunctions === false && ` ${t.nativeFormulas}`}
          </MessageBarBody>
        </MessageBar>
      )}
      {result && !result.ok && result.reason === "occupied" && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t.confirmOverwriteTitle}</MessageBarTitle>
            {result.message[lang]}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => insert(true)} disabled={busy}>
              {t.overwrite}
            </Button>
            <Button size="small" onClick={() => setResult(null)}>
              {t.cancel}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {result && !result.ok && result.reason === "blocked" && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{result.message[lang]}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

