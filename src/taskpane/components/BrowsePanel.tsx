/** The first screen: search every plan's targets, filter, tick the ones to insert, open one's details. */
import { Button, Checkbox, Field, makeStyles, SearchBox, Select, Text, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useMemo, useState } from "react";
import type { Catalog } from "../../core/catalog";
import { filterTargets, type TargetFilter } from "../../core/catalog";
import { describeTarget, nameIn } from "../../core/catalog";
import type { Lang } from "../../core/messages";
import type { Strings } from "../i18n";
import { twoColumnFields } from "./layout-styles";
import { AgencyOptions, PlanOptions, planTooltip } from "./PlanOptions";

// The details open on a click: not part of the first load.
const TargetDetail = lazy(() => import(/* webpackChunkName: "target-detail" */ "./TargetDetail").then((m) => ({ default: m.TargetDetail })));

const MAX_SHOWN = 200;

const useStyles = makeStyles({
  filters: twoColumnFields,
  list: { listStyle: "none", padding: 0, margin: 0 },
  item: { display: "flex", alignItems: "flex-start", gap: "4px", padding: "4px 0", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  itemText: { flex: 1, minWidth: 0 },
  meta: { display: "block", color: tokens.colorNeutralForeground2 },
  bar: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap", margin: "4px 0" },
});

export interface BrowsePanelProps {
  t: Strings;
  lang: Lang;
  catalog: Catalog;
  selected: ReadonlySet<string>;
  onSelectedChange: (ids: Set<string>) => void;
}

export function BrowsePanel({ t, lang, catalog, selected, onSelectedChange }: BrowsePanelProps) {
  const styles = useStyles();
  const [filter, setFilter] = useState<TargetFilter>({});
  const [openId, setOpenId] = useState<string | null>(null);
  const results = useMemo(() => filterTargets(catalog, filter), [catalog, filter]);
  const groups = useMemo(() => [...new Set(catalog.targets.map((x) => x.group))].sort((a, b) => a.localeCompare(b, "vi")), [catalog]);
  const years = useMemo(() => [...new Set(catalog.targets.map((x) => x.year))].sort(), [catalog]);
  const agencies = useMemo(() => {
    const used = new Set(catalog.targets.map((x) => x.agency).filter(Boolean));
    return catalog.agencies.filter((a) => used.has(a.id)).sort((a, b) => a.name.localeCompare(b.name, "vi"));
  }, [catalog]);
  const open = openId ? catalog.targetById.get(openId) : undefined;
  const shown = results.slice(0, MAX_SHOWN);

  const set = (patch: Partial<TargetFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onSelectedChange(next);
  };

  return (
    <div>
      <Field label={t.search}>
        <SearchBox
          placeholder={t.searchPlaceholder}
          value={filter.query ?? ""}
          onChange={(_, data) => set({ query: data.value })}
          data-testid="search"
        />
      </Field>
      <div className={styles.filters}>
        <Field label={t.plan}>
          <Select value={filter.plan ?? ""} onChange={(_, d) => set({ plan: d.value || undefined })} title={planTooltip(catalog.plans, filter.plan ?? "")}>
            <option value="">{t.all}</option>
            <PlanOptions plans={catalog.plans} />
          </Select>
        </Field>
        <Field label={t.agency}>
          <Select value={filter.agency ?? ""} onChange={(_, d) => set({ agency: d.value || undefined })}>
            <AgencyOptions agencies={agencies} allLabel={t.all} />
          </Select>
        </Field>
        <Field label={t.group}>
          <Select value={filter.group ?? ""} onChange={(_, d) => set({ group: d.value || undefined })}>
            <option value="">{t.all}</option>
            {groups.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.year}>
          <Select value={filter.year ? String(filter.year) : ""} onChange={(_, d) => set({ year: d.value ? Number(d.value) : undefined })}>
            <option value="">{t.all}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
      </div>

      {open && (
        <Suspense fallback={null}>
          <TargetDetail t={t} lang={lang} catalog={catalog} target={open} onClose={() => setOpenId(null)} />
        </Suspense>
      )}

      <div className={styles.bar}>
        <Text role="status" aria-live="polite" weight="semibold">
          {t.results(results.length)} · {t.selected(selected.size)}
        </Text>
        <Button size="small" onClick={() => onSelectedChange(new Set([...selected, ...results.map((r) => r.id)]))} disabled={results.length === 0}>
          {t.selectAll}
        </Button>
        <Button size="small" onClick={() => onSelectedChange(new Set())} disabled={selected.size === 0}>
          {t.clearSelection}
        </Button>
      </div>
      {results.length === 0 && <Text>{t.noResults}</Text>}
      {results.length > MAX_SHOWN && <Text>{t.showingFirst(MAX_SHOWN, results.length)}</Text>}
      <ul className={styles.list} aria-label={t.results(results.length)}>
        {shown.map((target) => {
          const name = nameIn(target, lang);
          return (
            <li key={target.id} className={styles.item} data-target-id={target.id}>
              <Checkbox checked={selected.has(target.id)} onChange={(_, d) => toggle(target.id, d.checked === true)} aria-label={t.selectTarget(name)} />
              <div className={styles.itemText}>
                <Text>{name}</Text>
                <Text size={200} className={styles.meta}>
                  {describeTarget(target, lang)} · {target.year} · {target.plan}
                </Text>
              </div>
              <Button size="small" appearance="subtle" aria-label={t.detailsOf(name)} onClick={() => setOpenId(target.id)}>
                {t.details}
              </Button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
