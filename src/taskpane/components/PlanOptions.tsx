import type { Agency, Plan } from "../../core/catalog";
import { planTitle } from "../../core/catalog";
import { ellipsize } from "../../core/text";

/** Longest plan title an option shows; the whole title is its tooltip. */
const TITLE_CHARS = 60;

/** The <option>s of a plan picker: id, then the plan's name cut at a word with "…", the full name as tooltip. */
export function PlanOptions({ plans }: { plans: readonly Plan[] }) {
  return (
    <>
      {plans.map((p) => (
        <option key={p.id} value={p.id} title={`${p.id} – ${planTitle(p)}`}>
          {p.id} – {ellipsize(planTitle(p), TITLE_CHARS)}
        </option>
      ))}
    </>
  );
}

/** The full title of the chosen plan, for the picker's own tooltip (a closed select shows only what fits). */
export function planTooltip(plans: readonly Plan[], id: string): string | undefined {
  const title = chosenPlanTitle(plans, id);
  return title === undefined ? undefined : `${id} – ${title}`;
}

/** The chosen plan's whole title, shown under a picker too narrow to show it (the task pane is 320–350 px). */
export function chosenPlanTitle(plans: readonly Plan[], id: string): string | undefined {
  const plan = plans.find((p) => p.id === id);
  return plan ? planTitle(plan) : undefined;
}

/** The <option>s of an agency picker: the first, empty-valued one stands for every agency. */
export function AgencyOptions({ agencies, allLabel }: { agencies: readonly Agency[]; allLabel: string }) {
  return (
    <>
      <option value="">{allLabel}</option>
      {agencies.map((a) => (
        <option key={a.id} value={a.id} title={a.name}>
          {a.name}
        </option>
      ))}
    </>
  );
}
