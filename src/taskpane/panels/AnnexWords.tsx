/** The annex panel's evaluation-word settings (loaded on first open): six words, checked by the core as typed, saved when valid. */
import { Button, Field, Input, makeStyles, Text } from "@fluentui/react-components";
import { useState } from "react";
import { DEFAULT_WORDS, parseEvaluationWords, WORD_FIELDS, type ConfigurableWord, type WordChoice } from "../../core/annex";
import type { Lang } from "../../core/messages";
import { twoColumnFields } from "../components/layout-styles";
import { saveWords, WORDS_SOURCE } from "../evaluation-words";
import { ANNEX_STRINGS } from "./annex-strings";

const useStyles = makeStyles({
  grid: twoColumnFields,
  // A fieldset is as wide as its content by default (min-width: min-content): let it shrink to the pane.
  box: { minWidth: 0, border: "1px solid #d1d1d1", borderRadius: "4px", padding: "6px 8px", margin: "8px 0", overflowWrap: "anywhere" },
  input: { minWidth: 0, width: "100%" },
});

export interface AnnexWordsProps {
  lang: Lang;
  words: WordChoice;
  onChange: (words: WordChoice) => void;
}

export default function AnnexWords({ lang, words, onChange }: AnnexWordsProps) {
  const styles = useStyles();
  const s = ANNEX_STRINGS[lang];
  const [typed, setTyped] = useState<Partial<Record<ConfigurableWord, string>>>(words);
  const [error, setError] = useState<string | null>(null);

  const update = (next: Partial<Record<ConfigurableWord, string>>) => {
    setTyped(next);
    const filled = Object.fromEntries(Object.entries(next).filter(([, v]) => v && v.trim()));
    const parsed = parseEvaluationWords(filled, WORDS_SOURCE);
    if (!parsed.ok) return setError(parsed.error[lang]);
    setError(null);
    saveWords(parsed.words);
    onChange(parsed.words);
  };

  return (
    <fieldset className={styles.box} aria-label={s.wordsTitle}>
      <Text weight="semibold">{s.wordsTitle}</Text>
      <Text block size={200}>
        {s.wordsHint}
      </Text>
      <div className={styles.grid}>
        {WORD_FIELDS.map((f) => (
          <Field key={f.key} label={f.meaning[lang]} validationState={error && error.includes(`"${f.key}"`) ? "error" : "none"}>
            <Input className={styles.input} value={typed[f.key] ?? ""} placeholder={DEFAULT_WORDS[f.key]} onChange={(_, d) => update({ ...typed, [f.key]: d.value })} />
          </Field>
        ))}
      </div>
      {error && (
        <Text block role="alert" style={{ color: "#a4262c" }}>
          {error}
        </Text>
      )}
      <Button size="small" onClick={() => update({})}>
        {s.wordsReset}
      </Button>
    </fieldset>
  );
}
