import type { Agency, Plan } from "../../core/catalog/schema";
import { planTitle } from "../../core/catalog/describe";

/** The <option>s of a plan picker: id, then the plan's name cut to fit a pane. */
export function PlanOptions({ plans }: { plans: readonly Plan[] }) {
  return (
    <>
      {plans.map((p) => (
        <option key={p.id} value={p.id}>
          {p.id} – {planTitle(p).slice(0, 60)}
        </option>
      ))}
    </>
  );
}

/** The <option>s of an agency picker: the first, empty-valued one stands for every agency. */
export function AgencyOptions({ agencies, allLabel }: { agencies: readonly Agency[]; allLabel: string }) {
  return (
    <>
      <option value="">{allLabel}</option>
      {agencies.map((a) => (
        <option key={a.id} value={a.id}>
          {a.name}
        </option>
      ))}
    </>
  );
}
