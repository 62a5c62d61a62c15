/**
 * The pane's tab bar: one row at any width. Tabs that do not fit move into a "more" menu at the row's
 * end (Fluent v9's TabList overflow pattern); the selected tab always stays in the row. The menu itself
 * (Fluent's Menu and its positioning) is a lazy chunk: a wide pane never needs it.
 */
import { lazy, Suspense } from "react";
import { Button, makeStyles, Overflow, OverflowItem, Tab, TabList, useOverflowMenu, type ButtonProps } from "@fluentui/react-components";

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

const useStyles = makeStyles({
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

export function PaneTabs<Id extends string>({ tabs, selected, onSelect, label, moreLabel }: PaneTabsProps<Id>) {
  const styles = useStyles();
  return (
    <Overflow minimumVisible={2}>
      <TabList className={styles.tabs} selectedValue={selected} onTabSelect={(_, d) => onSelect(d.value as Id)} aria-label={label} size="small">
        {tabs.map((tab) => (
          <OverflowItem key={tab.id} id={tab.id} priority={tab.id === selected ? 2 : 1}>
            <Tab className={styles.tab} value={tab.id} disabled={tab.disabled} aria-label={tab.label} title={tab.title ?? tab.label}>
              {tab.short}
            </Tab>
          </OverflowItem>
        ))}
        <MoreTabs tabs={tabs} onSelect={onSelect} moreLabel={moreLabel} />
      </TabList>
    </Overflow>
  );
}

const MoreTabsMenu = lazy(() => import(/* webpackChunkName: "tab-menu" */ "./MoreTabsMenu"));

/** The "more" button: a tab in the row's arrow-key order that opens the menu of hidden tabs. */
export const moreButtonProps = (name: string, className: string): ButtonProps => ({
  className,
  appearance: "transparent",
  size: "small",
  // A text ellipsis, not an icon: the icon runtime would cost the first load ~2 KB.
  children: "…",
  "aria-label": name,
  title: name,
  role: "tab",
  "aria-selected": false,
});

function MoreTabs<Id extends string>({ tabs, onSelect, moreLabel }: Pick<PaneTabsProps<Id>, "tabs" | "onSelect" | "moreLabel">) {
  const styles = useStyles();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLSpanElement>();
  if (!isOverflowing) return null;
  const button = moreButtonProps(moreLabel(overflowCount), styles.more);
  return (
    <span ref={ref} className={styles.more}>
      <Suspense fallback={<Button {...button} />}>
        <MoreTabsMenu tabs={tabs} onSelect={(id) => onSelect(id as Id)} button={button} />
      </Suspense>
    </span>
  );
}
