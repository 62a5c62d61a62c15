/**
 * The pane's tab bar: one row at any width. Tabs that do not fit move into a "more" menu at the row's
 * end (Fluent v9's TabList overflow pattern, in OverflowPaneTabs); the selected tab always stays in the row.
 * The overflow measuring and its menu are lazy chunks: until they arrive the row shows plain tabs.
 */
import { lazy, Suspense, type ReactElement } from "react";
import { makeStyles, Tab, TabList } from "@fluentui/react-components";

export interface PaneTab<Id extends string> {
  id: Id;
  /** The full name: the tab's accessible name, its tooltip and its menu entry. */
  label: string;
  /** The word shown on the tab. */
  short: string;
  disabled?: boolean;
  /** Tooltip of a disabled tab. */
  title?: string;
}

export const usePaneTabStyles = makeStyles({
  tabs: { marginBottom: "8px", minWidth: 0, overflow: "hidden", flexWrap: "nowrap" },
  tab: { whiteSpace: "nowrap", flexShrink: 0 },
  more: { flexShrink: 0, minWidth: "32px", display: "inline-flex" },
});

export interface PaneTabsProps<Id extends string> {
  tabs: readonly PaneTab<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  label: string;
  /** The "more" button's name, given how many tabs it holds. */
  moreLabel: (hidden: number) => string;
}

/** One tab of the row (plain or inside an OverflowItem). */
export function PaneTabButton<Id extends string>({ tab, className }: { tab: PaneTab<Id>; className: string }) {
  return (
    <Tab className={className} value={tab.id} disabled={tab.disabled} aria-label={tab.label} title={tab.title ?? tab.label}>
      {tab.short}
    </Tab>
  );
}

/** The row's list of tabs; `children` maps each tab (OverflowPaneTabs wraps them to measure), `end` closes the row. */
export function PaneTabRow<Id extends string>({ tabs, selected, onSelect, label, wrap, end }: Omit<PaneTabsProps<Id>, "moreLabel"> & {
  wrap?: (tab: PaneTab<Id>, button: ReactElement) => ReactElement;
  end?: ReactElement;
}) {
  const styles = usePaneTabStyles();
  return (
    <TabList className={styles.tabs} selectedValue={selected} onTabSelect={(_, d) => onSelect(d.value as Id)} aria-label={label} size="small">
      {tabs.map((tab) => {
        const button = <PaneTabButton key={tab.id} tab={tab} className={styles.tab} />;
        return wrap ? wrap(tab, button) : button;
      })}
      {end}
    </TabList>
  );
}

const OverflowPaneTabs = lazy(() => import(/* webpackChunkName: "tab-overflow" */ "./OverflowPaneTabs"));

export function PaneTabs<Id extends string>(props: PaneTabsProps<Id>) {
  return (
    <Suspense fallback={<PaneTabRow {...props} />}>
      <OverflowPaneTabs {...props} onSelect={(id: string) => props.onSelect(id as Id)} />
    </Suspense>
  );
}
