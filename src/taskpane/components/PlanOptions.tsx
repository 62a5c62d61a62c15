import type { Plan } from "../../core/catalog/schema";
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
