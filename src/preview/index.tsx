/**
 * The task pane in a plain browser tab: the same App over an in-memory workbook, next to a grid
 * that shows the sheet. How a newcomer on Linux sees the product, and what the e2e tests drive.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, Field, makeStyles, Select, Text, Title3, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { ActiveCatalog } from "../catalog-source/index";
import { catalogSource } from "../catalog-source/runtime";
import type { Lang } from "../core/messages";
import { App } from "../taskpane/App";
import { STRINGS } from "../taskpane/i18n";
import { SAMPLE_OFFICE_THEMES, themeFor, type ThemeName } from "../taskpane/theme";
import { createDemoWorkbook } from "./demo";
import { Grid } from "./Grid";
import { MemoryPort } from "../memory-workbook/memory-port";
import type { MemoryWorkbook } from "../memory-workbook/memory-workbook";

/** Below this width the pane and the sheet stack, so a window as narrow as Excel's task pane never scrolls sideways. */
const NARROW = "@media (max-width: 760px)";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    [NARROW]: { height: "auto", minHeight: "100vh" },
  },
  bar: { display: "flex", alignItems: "flex-end", gap: "4px 16px", padding: "4px 12px", borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, flexWrap: "wrap" },
  body: { display: "flex", flex: 1, minHeight: 0, [NARROW]: { flexDirection: "column" } },
  pane: {
    width: "350px",
    flexShrink: 0,
    overflowY: "auto",
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    [NARROW]: { width: "auto", maxWidth: "350px", overflowY: "visible", borderRight: "none" },
  },
  sheet: { flex: 1, minWidth: 0, padding: "8px", overflow: "hidden", [NARROW]: { overflowX: "auto" } },
});

const source = catalogSource();
const loadSource = () => Promise.resolve(source);

function Preview({ workbook }: { workbook: MemoryWorkbook }) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>("vi");
  const [themeName, setThemeName] = useState<ThemeName>("light");
  const [active, setActive] = useState<ActiveCatalog | null>(source.peek());
  const port = useMemo(() => new MemoryPort(workbook, 150), [workbook]);
  const t = STRINGS[lang];
  useEffect(() => {
    const unsubscribe = source.subscribe(setActive);
    return () => {
      unsubscribe();
    };
  }, []);

  return (
    <FluentProvider theme={themeFor(SAMPLE_OFFICE_THEMES[themeName])}>
      <div className={styles.page}>
        <header className={styles.bar}>
          <Title3 as="p">{t.previewTitle}</Title3>
          <Text size={200}>{t.previewNote}</Text>
          <Field label={t.theme} orientation="horizontal">
            <Select value={themeName} onChange={(_, d) => setThemeName(d.value as ThemeName)}>
              <option value="light">{t.themeLight}</option>
              <option value="dark">{t.themeDark}</option>
              <option value="colorful">{t.themeColorful}</option>
            </Select>
          </Field>
        </header>
        <main className={styles.body}>
          <aside className={styles.pane} aria-label={t.appTitle}>
            <App port={port} lang={lang} onLangChange={setLang} loadCatalogSource={loadSource} />
          </aside>
          <section className={styles.sheet} aria-label={t.sheetTabs}>
            <Grid t={t} workbook={workbook} catalog={active?.catalog ?? null} />
          </section>
        </main>
      </div>
    </FluentProvider>
  );
}

source.get().then(
  (active) => {
    const workbook = createDemoWorkbook(active.catalog);
    createRoot(document.getElementById("root")!).render(<Preview workbook={workbook} />);
  },
  (error: unknown) => {
    document.getElementById("root")!.textContent = `Không tải được danh mục: ${error instanceof Error ? error.message : String(error)}`;
  },
);
