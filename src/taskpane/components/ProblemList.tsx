import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { formatProblem, type Problem } from "../../core/catalog";
import type { Lang } from "../../core/messages";
import type { Strings } from "../i18n";

const MAX_PROBLEMS_SHOWN = 100;

const useStyles = makeStyles({
  problems: { margin: "4px 0", paddingLeft: "20px", maxHeight: "240px", overflowY: "auto", overflowWrap: "anywhere" },
});

/** The problems that kept a catalog from loading: one alert, the first hundred listed in plain words. */
export function ProblemList({ t, lang, problems }: { t: Strings; lang: Lang; problems: readonly Problem[] | null }) {
  const styles = useStyles();
  if (!problems) return null;
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.problemsTitle(problems.length)}</MessageBarTitle>
        <ul className={styles.problems} data-testid="problems">
          {problems.slice(0, MAX_PROBLEMS_SHOWN).map((p, i) => (
            <li key={i}>{formatProblem(p, lang)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
