/**
 * The pane's tab bar: one row at any width. Tabs that do not fit move into a "more" menu at the row's
 * end (Fluent v9's TabList overflow pattern, in OverflowPaneTabs); the selected tab always stays in the row.
 * The overflow measuring and its menu are lazy chunks: until they arrive the row shows plain tabs.
 */
import { forwardRef, lazy, Suspense, type ForwardedRef, type ReactElement } from "react";
import { makeStyles, mergeClasses, Tab, TabList } from "@fluentui/react-components";

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

/** One tab of the row: a Tab element itself, since an OverflowItem measures its child through the child's ref. */
const paneTab = <Id extends string>(tab: PaneTab<Id>, className: string) => (
  <Tab key={tab.id} className={className} value={tab.id} disabled={tab.disabled} aria-label={tab.label} title={tab.title ?? tab.label}>
    {tab.short}
  </Tab>
);

export type PaneTabRowProps<Id extends string> = Omit<PaneTabsProps<Id>, "moreLabel"> & {
  /** Wraps each tab (OverflowPaneTabs measures them). */
  wrap?: (tab: PaneTab<Id>, button: ReactElement) => ReactElement;
  /** Closes the row (the "more" button). */
  end?: ReactElement;
  /** Fluent's Overflow hands its measured child a class and a ref. */
  className?: string;
};

/** The row's list of tabs. */
export const PaneTabRow = forwardRef(function PaneTabRow<Id extends string>(
  { tabs, selected, onSelect, label, wrap, end, className }: PaneTabRowProps<Id>,
  ref: ForwardedRef<HTMLDivElement>,
) {
  const styles = usePaneTabStyles();
  return (
    <TabList ref={ref} className={mergeClasses(styles.tabs, className)} selectedValue={selected} onTabSelect={(_, d) => onSelect(d.value as Id)} aria-label={label} size="small">
      {tabs.map((tab) => {
        const button = paneTab(tab, styles.tab);
        return wrap ? wrap(tab, button) : button;
      })}
      {end}
    </TabList>
  );
}) as <Id extends string>(props: PaneTabRowProps<Id> & { ref?: ForwardedRef<HTMLDivElement> }) => ReactElement;

const OverflowPaneTabs = lazy(() => import(/* webpackChunkName: "tab-overflow" */ "./OverflowPaneTabs"));

export function PaneTabs<Id extends string>(props: PaneTabsProps<Id>) {
  return (
    <Suspense fallback={<PaneTabRow {...props} />}>
      <OverflowPaneTabs {...props} onSelect={(id: string) => props.onSelect(id as Id)} />
    </Suspense>
  );
}
