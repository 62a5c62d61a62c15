/**
 * The task pane. It talks to the workbook only through a WorkbookPort (Excel or the in-memory
 * preview) and gets the catalog from the shared CatalogSource, loaded lazily with everything the
 * first screen does not need.
 */
import { lazy, Suspense, useEffect, useState } from "react";
import { makeStyles, Spinner, Switch, Tab, TabList, Title3, tokens } from "@fluentui/react-components";
import type { ActiveCatalog, CatalogSource } from "../catalog-source/index";
import type { Lang } from "../core/messages";
import { STRINGS } from "./i18n";
import type { WorkbookPort } from "../workbook/port";
import { BrowsePanel } from "./components/BrowsePanel";
import { ErrorBar } from "./components/ErrorBar";
import { PanelBoundary } from "./components/PanelBoundary";

const InsertPanel = lazy(() => import(/* webpackChunkName: "insert" */ "./panels/InsertPanel"));
const FlagPanel = lazy(() => import(/* webpackChunkName: "flag" */ "./panels/FlagPanel"));
const SourcePanel = lazy(() => import(/* webpackChunkName: "source" */ "./panels/SourcePanel"));
const AnnexPanel = lazy(() => import(/* webpackChunkName: "annex" */ "./panels/AnnexPanel"));
const ConsolidatePanel = lazy(() => import(/* webpackChunkName: "consolidate" */ "./panels/ConsolidatePanel"));
const ExtractPanel = lazy(() => import(/* webpackChunkName: "extract" */ "./panels/ExtractPanel"));
const TablePanel = lazy(() => import(/* webpackChunkName: "table" */ "./panels/TablePanel"));

export const loadSharedCatalogSource = (): Promise<CatalogSource> =>
  import(/* webpackChunkName: "catalog" */ "../catalog-source/runtime").then((m) => m.catalogSource());

type TabId = "browse" | "flag" | "source" | "annex" | "consolidate" | "extract" | "table";
/** Features whose engines are not in a build: their tabs stay visible but disabled. All are wired now. */
const UNAVAILABLE: ReadonlySet<TabId> = new Set<TabId>([]);

const useStyles = makeStyles({
  root: { padding: "8px 12px", color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorNeutralBackground1, minHeight: "100%" },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: "8px", flexWrap: "wrap" },
  tabs: { flexWrap: "wrap", marginBottom: "8px" },
});

export interface AppProps {
  port: WorkbookPort;
  lang?: Lang;
  onLangChange?: (lang: Lang) => void;
  loadCatalogSource?: () => Promise<CatalogSource>;
}

export function App({ port, lang: controlledLang, onLangChange, loadCatalogSource = loadSharedCatalogSource }: AppProps) {
  const styles = useStyles();
  const [ownLang, setOwnLang] = useState<Lang>("vi");
  const lang = controlledLang ?? ownLang;
  const t = STRINGS[lang];
  const [source, setSource] = useState<CatalogSource | null>(null);
  const [active, setActive] = useState<ActiveCatalog | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tab, setTab] = useState<TabId>("browse");
  const [selected, setSelected] = useState<Set<string>>(new Set());

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    let cancelled = false;
    loadCatalogSource()
      .then(async (src) => {
        const current = await src.get();
        if (cancelled) return;
        setSource(src);
        setActive(current);
        unsubscribe = src.subscribe(setActive);
      })
      .catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  }, [loadCatalogSource]);

  const switchLang = (english: boolean) => {
    const next: Lang = english ? "en" : "vi";
    setOwnLang(next);
    onLangChange?.(next);
  };

  const catalog = active?.catalog;
  const tabs: [TabId, string][] = [
    ["browse", t.tabBrowse],
    ["flag", t.tabFlag],
    ["source", t.tabSource],
    ["annex", t.tabAnnex],
    ["consolidate", t.tabConsolidate],
    ["extract", t.tabExtract],
    ["table", t.tabTable],
  ];

  return (
    <div className={styles.root}>
      <div className={styles.header}>
        <Title3 as="h1">{t.appTitle}</Title3>
        <Switch label={t.english} checked={lang === "en"} onChange={(_, d) => switchLang(d.checked)} />
      </div>
      <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} aria-label={t.tabsLabel} size="small">
        {tabs.map(([id, label]) => (
          <Tab key={id} value={id} disabled={UNAVAILABLE.has(id)} title={UNAVAILABLE.has(id) ? t.notAvailable : undefined}>
            {label}
          </Tab>
        ))}
      </TabList>
      <ErrorBar t={t} message={error} onDismiss={() => setError(null)} />
      {!catalog || !source ? (
        !error && <Spinner label={t.loadingCatalog} />
      ) : (
        <PanelBoundary t={t} key={tab}>
          <Suspense fallback={<Spinner size="small" label={t.loading} />}>
            {tab === "browse" && (
              <>
                {selected.size > 0 && (
                  <PanelBoundary t={t}>
                    <Suspense fallback={<Spinner size="small" label={t.loading} />}>
                      <InsertPanel t={t} lang={lang} port={port} catalog={catalog} selectedIds={selected} />
                    </Suspense>
                  </PanelBoundary>
                )}
                <BrowsePanel t={t} lang={lang} catalog={catalog} selected={selected} onSelectedChange={setSelected} />
              </>
            )}
            {tab === "flag" && <FlagPanel t={t} lang={lang} port={port} catalog={catalog} />}
            {tab === "source" && <SourcePanel t={t} lang={lang} source={source} active={active!} />}
            {tab === "annex" && <AnnexPanel t={t} lang={lang} port={port} catalog={catalog} />}
            {tab === "consolidate" && <ConsolidatePanel t={t} lang={lang} port={port} catalog={catalog} />}
            {tab === "extract" && <ExtractPanel t={t} lang={lang} source={source} />}
            {tab === "table" && <TablePanel t={t} lang={lang} port={port} source={source} />}
          </Suspense>
        </PanelBoundary>
      )}
    </div>
  );
}
