/**
 * The task pane. It talks to the workbook only through a WorkbookPort (Excel or the in-memory
 * preview) and gets the catalog from the shared CatalogSource, loaded lazily with everything the
 * first screen does not need.
 */
import { lazy, Suspense, useEffect, useState } from "react";
import { makeStyles, Spinner, Switch, Title3, tokens } from "@fluentui/react-components";
import type { ActiveCatalog, CatalogSource } from "../catalog-source/index";
import type { Lang } from "../core/messages";
import { STRINGS } from "./i18n";
import type { WorkbookPort } from "../workbook/port";
import { BrowsePanel } from "./components/BrowsePanel";
import { ErrorNotice } from "./components/ErrorNotice";
import { PanelBoundary } from "./components/PanelBoundary";
import { PaneTabs, type PaneTab } from "./components/PaneTabs";

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
  // The insert box stays in view at the bottom of the pane while the ticked list scrolls.
  insertDock: { position: "sticky", bottom: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1, paddingTop: "4px" },
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
  // A catalog switch keeps only the ticks of targets the new catalog has ("Đã chọn" and "Chèn" agree).
  useEffect(() => {
    if (!catalog) return;
    setSelected((current) => {
      const kept = [...current].filter((id) => catalog.targetById.has(id));
      return kept.length === current.size ? current : new Set(kept);
    });
  }, [catalog]);

  const tabs: PaneTab<TabId>[] = (
    [
      ["browse", t.tabBrowse],
      ["flag", t.tabFlag],
      ["source", t.tabSource],
      ["annex", t.tabAnnex],
      ["consolidate", t.tabConsolidate],
      ["extract", t.tabExtract],
      ["table", t.tabTable],
    ] as const
  ).map(([id, label]) => ({ id, label, short: t.tabShort[id], disabled: UNAVAILABLE.has(id), title: UNAVAILABLE.has(id) ? t.notAvailable : undefined }));

  return (
    <div className={styles.root}>
      <div className={styles.header}>
        <Title3 as="h1">{t.appTitle}</Title3>
        <Switch label={t.english} checked={lang === "en"} onChange={(_, d) => switchLang(d.checked)} />
      </div>
      <PaneTabs tabs={tabs} selected={tab} onSelect={setTab} label={t.tabsLabel} moreLabel={t.moreTabs} />
      <ErrorNotice t={t} message={error} onDismiss={() => setError(null)} />
      {!catalog || !source ? (
        !error && <Spinner label={t.loadingCatalog} />
      ) : (
        <PanelBoundary t={t} key={tab}>
          <Suspense fallback={<Spinner size="small" label={t.loading} />}>
            {tab === "browse" && (
              <>
                <BrowsePanel t={t} lang={lang} catalog={catalog} selected={selected} onSelectedChange={setSelected} />
                {selected.size > 0 && (
                  <div className={styles.insertDock}>
                    <PanelBoundary t={t}>
                      <Suspense fallback={<Spinner size="small" label={t.loading} />}>
                        <InsertPanel t={t} lang={lang} port={port} catalog={catalog} selectedIds={selected} />
                      </Suspense>
                    </PanelBoundary>
                  </div>
                )}
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
