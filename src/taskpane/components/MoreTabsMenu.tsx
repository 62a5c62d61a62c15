/** The menu of the tabs that do not fit the pane's tab row (lazy: it carries Fluent's Menu and positioning). */
import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, useIsOverflowItemVisible, type ButtonProps } from "@fluentui/react-components";
import type { PaneTab } from "./PaneTabs";

export interface MoreTabsMenuProps<Id extends string> {
  tabs: readonly PaneTab<Id>[];
  onSelect: (id: Id) => void;
  button: ButtonProps;
}

export default function MoreTabsMenu<Id extends string>({ tabs, onSelect, button }: MoreTabsMenuProps<Id>) {
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button {...button} />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {tabs.map((tab) => (
            <HiddenTabItem key={tab.id} tab={tab} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** A menu entry for a tab only while the tab itself is out of the row. */
function HiddenTabItem<Id extends string>({ tab, onSelect }: { tab: PaneTab<Id>; onSelect: (id: Id) => void }) {
  const visible = useIsOverflowItemVisible(tab.id);
  if (visible) return null;
  return (
    <MenuItem disabled={tab.disabled} onClick={() => onSelect(tab.id)}>
      {tab.label}
    </MenuItem>
  );
}
