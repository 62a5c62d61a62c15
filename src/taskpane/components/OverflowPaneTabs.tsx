/** The tab row with Fluent's overflow: tabs that do not fit go into a "more" menu (lazy: it carries Fluent's Menu). */
import { lazy, Suspense } from "react";
import { Button, Overflow, OverflowItem, useOverflowMenu, type ButtonProps } from "@fluentui/react-components";
import { PaneTabRow, usePaneTabStyles, type PaneTabsProps } from "./PaneTabs";

const MoreTabsMenu = lazy(() => import(/* webpackChunkName: "tab-menu" */ "./MoreTabsMenu"));

export default function OverflowPaneTabs<Id extends string>(props: PaneTabsProps<Id>) {
  return (
    <Overflow minimumVisible={2}>
      <PaneTabRow
        {...props}
        wrap={(tab, button) => (
          <OverflowItem key={tab.id} id={tab.id} priority={tab.id === props.selected ? 2 : 1}>
            {button}
          </OverflowItem>
        )}
        end={<MoreTabs tabs={props.tabs} onSelect={props.onSelect} moreLabel={props.moreLabel} />}
      />
    </Overflow>
  );
}

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
  const styles = usePaneTabStyles();
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
