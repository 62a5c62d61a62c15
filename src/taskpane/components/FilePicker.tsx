/** A file picker as a Fluent button that names the chosen file(s); the native input stays hidden behind it. */
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useId, useRef, useState, type ChangeEvent } from "react";
import type { Strings } from "../i18n";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: "8px", minWidth: 0 },
  chosen: { minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", color: tokens.colorNeutralForeground2 },
  hidden: { display: "none" },
});

export interface FilePickerProps {
  t: Strings;
  /** What the picker is for; the button's accessible name. */
  label: string;
  /** Extensions and types offered, as the input's accept attribute. */
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  onPick: (files: File[]) => void;
}

export function FilePicker({ t, label, accept, multiple, disabled, onPick }: FilePickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const chosenId = useId();
  const [names, setNames] = useState<string[]>([]);
  const change = (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])];
    e.target.value = "";
    if (files.length === 0) return;
    setNames(files.map((f) => f.name));
    onPick(files);
  };
  const chosen = names.length === 0 ? t.noFileChosen : names.join(", ");
  return (
    <div className={styles.row}>
      <Button onClick={() => input.current?.click()} disabled={disabled} aria-label={label} aria-describedby={chosenId}>
        {multiple ? t.chooseFiles : t.chooseFile}
      </Button>
      <Text id={chosenId} className={styles.chosen} title={chosen} data-testid="chosen-file">
        {chosen}
      </Text>
      <input ref={input} className={styles.hidden} type="file" accept={accept} multiple={multiple} onChange={change} disabled={disabled} aria-label={label} tabIndex={-1} />
    </div>
  );
}
