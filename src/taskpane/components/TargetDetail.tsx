/** Everything the catalog says about one target, with the sentence it came from. */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { Catalog } from "../../core/catalog";
import type { Target } from "../../core/catalog";
import { comparatorInWords, describeTarget, nameIn, planTitle } from "../../core/catalog";
import { formatViNumber } from "../../core/numbers";
import type { Lang } from "../../core/messages";
import type { Strings } from "../i18n";

const useStyles = makeStyles({
  box: { border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: "8px 12px", marginBottom: "8px" },
  list: { display: "grid", gridTemplateColumns: "max-content 1fr", columnGap: "12px", rowGap: "4px", margin: "8px 0" },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: "4px 0" },
  term: { color: tokens.colorNeutralForeground2 },
  def: { margin: 0 },
  quote: { margin: "4px 0 0", paddingLeft: "8px", borderLeft: `3px solid ${tokens.colorBrandStroke1}`, fontStyle: "italic" },
});

const KIND_WORDS: Record<Target["kind"], { vi: string; en: string }> = {
  level: { vi: "mức cần đạt", en: "level" },
  rate: { vi: "tốc độ tăng/năm", en: "growth rate per year" },
  change: { vi: "thay đổi điểm %/năm", en: "change per year" },
  flow: { vi: "tổng trong năm", en: "total within the year" },
};
const DIRECTION_WORDS: Record<Target["direction"], { vi: string; en: string }> = {
  increase: { vi: "càng cao càng tốt", en: "higher is better" },
  decrease: { vi: "càng thấp càng tốt", en: "lower is better" },
};

export function TargetDetail({ t, lang, catalog, target, onClose }: { t: Strings; lang: Lang; catalog: Catalog; target: Target; onClose: () => void }) {
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [target.id]);
  const agency = target.agency ? catalog.agencyById.get(target.agency) : undefined;
  const plan = catalog.planById.get(target.plan);
  const rows: [string, string][] = [
    [t.id, target.id],
    [t.target, describeTarget(target, lang)],
    [t.unit, target.unit],
    [t.comparator, comparatorInWords(target.comparator, lang)],
    [t.kind, `${KIND_WORDS[target.kind][lang]}, ${DIRECTION_WORDS[target.direction][lang]}`],
    [t.targetYear, target.fromYear ? `${target.fromYear}–${target.year}` : String(target.year)],
    [t.baseline, target.baseline ? `${formatViNumber(target.baseline.value, { maxDecimals: 3 })} (${target.baseline.year})` : t.none],
    [t.agency, agency ? agency.name : t.none],
    [t.plan, plan ? `${planTitle(plan)}${plan.number ? ` (${plan.number})` : ""}` : target.plan],
    [t.group, target.group],
  ];
  return (
    <section
      className={styles.box}
      aria-labelledby={`detail-${target.id}`}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <h3 id={`detail-${target.id}`} ref={heading} tabIndex={-1} className={styles.heading}>
        {nameIn(target, lang)}
      </h3>
      <dl className={styles.list}>
        {rows.map(([term, value]) => (
          <div key={term} style={{ display: "contents" }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.def}>{value}</dd>
          </div>
        ))}
      </dl>
      <div>
        <span className={styles.term}>{t.source}: </span>
        {t.sourceLine(target.source.file, target.source.line)}
        <blockquote className={styles.quote} lang="vi">
          {target.source.text}
        </blockquote>
      </div>
      {target.note && <p>{target.note}</p>}
      <Button onClick={onClose}>{t.closeDetails}</Button>
    </section>
  );
}
