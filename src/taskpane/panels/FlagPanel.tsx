/**
 * Flag off-track targets: pick a table (an inserted one, or any table mapped by hand), colour its
 * status column, and list what is off track or at risk with the reason; a click selects the row.
 */
import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, ProgressBar, Select, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { nameIn, type Catalog } from "../../core/catalog";
import type { Lang } from "../../core/messages";
import type { Strings } from "../i18n";
import type { FlagMapping, TableInfo, TableRowData, WorkbookPort } from "../../workbook/port";
import { needsAttention, type RowVerdict } from "../../core/operations";
import { guessMapping, judgeTableRows, preferredTable } from "../../core/operations";
import { judgementLabel } from "../../core/evaluate";
import { STATUS_RULE } from "../../core/sheet";
import { useOperation } from "../components/use-operation";
import { ErrorBar } from "../components/ErrorBar";
import { loadEvaluateTarget } from "../evaluate-loader";
import { agencyGroups, ALL_AGENCIES, keptChoice, rowsOfAgency } from "../agency-filter";
import { controlRow, fullWidthField, stackingFields } from "../components/layout-styles";
import { parsePeriodLabel, periodCode } from "../../core/periods";

const useStyles = makeStyles({
  grid: stackingFields,
  list: { listStyle: "none", padding: 0, margin: "8px 0" },
  item: { width: "100%", justifyContent: "flex-start", textAlign: "left", height: "auto", padding: "6px 8px", marginBottom: "4px" },
  badge: { fontWeight: tokens.fontWeightSemibold, borderRadius: tokens.borderRadiusSmall, padding: "0 4px", marginRight: "6px" },
  row: controlRow,
  wide: fullWidthField,
});

const COLOURS = {
  off_track: STATUS_RULE.off_track,
  at_risk: STATUS_RULE.at_risk,
  unknown: { fill: tokens.colorNeutralBackground3, font: tokens.colorNeutralForeground1 },
};

export interface FlagPanelProps {
  t: Strings;
  lang: Lang;
  port: WorkbookPort;
  catalog: Catalog;
}

export default function FlagPanel({ t, lang, port, catalog }: FlagPanelProps) {
  const styles = useStyles();
  const [tables, setTables] = useState<TableInfo[] | null>(null);
  const [mapping, setMapping] = useState<FlagMapping | null>(null);
  const [period, setPeriod] = useState("");
  const [verdicts, setVerdicts] = useState<RowVerdict<TableRowData>[] | null>(null);
  const [agencyChoice, setAgencyChoice] = useState(ALL_AGENCIES);
  const { busy, error, setError, run } = useOperation();

  const reload = useCallback(async () => {
    const found = await run(() => port.listTables());
    if (!found) return;
    setTables(found);
    setMapping((m) => {
      const keep = m && found.find((x) => x.name === m.table);
      if (keep) return m;
      const preferred = preferredTable(found);
      return preferred ? guessMapping(preferred) : null;
    });
  }, [port, run]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const table = useMemo(() => tables?.find((x) => x.name === mapping?.table), [tables, mapping]);

  // A period that is not one is refused here, once, before any row is judged.
  const parsedPeriod = period.trim() ? parsePeriodLabel(period.trim()) : null;
  const periodError = parsedPeriod && !parsedPeriod.ok ? parsedPeriod.error[lang] : undefined;

  const flag = async () => {
    if (!mapping || periodError) return;
    setVerdicts(null);
    await run(async () => {
      // Without custom functions an added status column gets native formulas (loaded only then: they carry the engine).
      const native = port.customFunctions === false ? (await import(/* webpackChunkName: "native-formulas" */ "../../core/annex/formulas")).nativeTargetFormulas : null;
      const nativeStatus = native
        ? (id: string, actualRef: string) => {
            const target = catalog.targetById.get(id);
            return target ? native(target, actualRef).status : null;
          }
        : undefined;
      const [result, evaluate] = await Promise.all([port.flagStatus({ ...mapping, nativeStatus }), loadEvaluateTarget()]);
      if (!result.ok) throw new Error(result.message[lang]);
      const next = judgeTableRows(catalog.targetById, result.rows, evaluate, parsedPeriod?.ok ? periodCode(parsedPeriod.period) : undefined);
      setVerdicts(next);
      const groups = agencyGroups(catalog, needsAttention(next), lang);
      setAgencyChoice((chosen) => keptChoice(groups, chosen));
      if (result.addedStatusColumn) void reload();
    });
  };

  const attention = useMemo(() => (verdicts ? needsAttention(verdicts) : []), [verdicts]);
  const agencies = useMemo(() => agencyGroups(catalog, attention, lang), [catalog, attention, lang]);
  const agencyKey = keptChoice(agencies, agencyChoice);
  const chosenAgency = agencies.find((g) => g.key === agencyKey);
  const agencyName = (g: { name?: string }) => g.name ?? t.unknownAgency;
  const shown = useMemo(() => rowsOfAgency(catalog, attention, agencyKey), [catalog, attention, agencyKey]);
  const count = (s: RowVerdict["status"], rows: readonly RowVerdict[]) => rows.filter((v) => v.status === s).length;
  const summary = !verdicts
    ? ""
    : !attention.length
      ? t.flagNone
      : chosenAgency
        ? t.flagDoneFiltered(verdicts.length, count("off_track", shown), count("at_risk", shown), agencyName(chosenAgency))
        : t.flagDone(verdicts.length, count("off_track", verdicts), count("at_risk", verdicts));
  const columnSelect = (label: string, value: string | undefined, onChange: (v: string | undefined) => void, optional?: string) => (
    <Field label={label}>
      <Select value={value ?? ""} title={value ?? optional} onChange={(_, d) => onChange(d.value || undefined)}>
        {optional !== undefined && <option value="">{optional}</option>}
        {table?.columns.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </Select>
    </Field>
  );

  return (
    <section aria-labelledby="flag-title">
      <Subtitle2 as="h2" id="flag-title">
        {t.flagTitle}
      </Subtitle2>
      {tables && tables.length === 0 && <Text block>{t.noTables}</Text>}
      {tables && tables.length > 0 && mapping && (
        <div className={styles.grid}>
          <Field label={t.table}>
            <Select
              value={mapping.table}
              title={table ? `${table.name} (${table.sheet})` : mapping.table}
              onChange={(_, d) => {
                const next = tables.find((x) => x.name === d.value);
                if (next) setMapping(guessMapping(next));
              }}
            >
              {tables.map((x) => (
                <option key={x.name} value={x.name}>
                  {x.name} ({x.sheet})
                </option>
              ))}
            </Select>
          </Field>
          {columnSelect(t.idColumn, mapping.idColumn, (v) => setMapping({ ...mapping, idColumn: v ?? "" }))}
          {columnSelect(t.actualColumn, mapping.actualColumn, (v) => setMapping({ ...mapping, actualColumn: v ?? "" }))}
          {columnSelect(t.statusColumn, mapping.statusColumn, (v) => setMapping({ ...mapping, statusColumn: v }), t.statusColumnAdd)}
          <Field label={t.period} hint={t.periodHint} validationState={periodError ? "error" : "none"} validationMessage={periodError}>
            <Input value={period} onChange={(_, d) => setPeriod(d.value)} placeholder="2024" />
          </Field>
        </div>
      )}
      <div className={styles.row}>
        <Button appearance="primary" onClick={flag} disabled={busy || !mapping || !!periodError}>
          {t.flagButton}
        </Button>
        <Button onClick={() => void reload()} disabled={busy}>
          {t.refreshTables}
        </Button>
      </div>
      {busy && <ProgressBar aria-label={t.flagging} />}
      <ErrorBar t={t} message={error} onDismiss={() => setError(null)} />
      {verdicts && (
        <MessageBar intent={attention.length ? "warning" : "success"} role="status">
          <MessageBarBody>
            {summary}
            {port.customFunctions === false && ` ${t.nativeFormulas}`}
          </MessageBarBody>
        </MessageBar>
      )}
      {attention.length > 0 && (
        <>
          <Field label={t.flagAgencyFilter} className={styles.wide}>
            <Select value={agencyKey} onChange={(_, d) => setAgencyChoice(d.value)}>
              <option value={ALL_AGENCIES}>{t.agencyOption(t.allAgencies, attention.length)}</option>
              {agencies.map((g) => (
                <option key={g.key} value={g.key}>
                  {t.agencyOption(agencyName(g), g.count)}
                </option>
              ))}
            </Select>
          </Field>
          <Subtitle2 as="h3">{t.flagList}</Subtitle2>
          <ul className={styles.list} aria-label={t.flagList}>
            {shown.map((v) => {
              const name = v.target ? nameIn(v.target, lang) : v.row.id;
              const colour = COLOURS[v.status as keyof typeof COLOURS] ?? COLOURS.unknown;
              const label = v.status === "unknown" ? "?" : judgementLabel({ status: v.status, final: v.evaluation?.final }, lang);
              return (
                <li key={v.row.index}>
                  <Button className={styles.item} appearance="outline" aria-label={`${t.goToRow(name)}: ${label}. ${v.reason[lang]}`} onClick={() => void run(() => port.selectRow(v.row))}>
                    <span>
                      <span className={styles.badge} style={{ backgroundColor: colour.fill, color: colour.font }}>
                        {label}
                      </span>
                      <strong>{name}</strong>
                      <br />
                      <span>{v.reason[lang]}</span>
                    </span>
                  </Button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
