/**
 * Strict catalog loading: every file is validated, then the set is checked for
 * consistency. Any problem rejects the whole set; nothing loads half.
 */
import { TargetSchema, type Agency, type CatalogFile, type Plan, type Target, type Task } from "./schema";
import { problemsFromZod, type Problem } from "./problems";
import type { Bilingual } from "../messages";
import { rawInputProblems } from "./input-checks";
import { parseCatalogFile, plainTarget } from "./target-fast";

export interface CatalogInput {
  file: string;
  data: unknown;
}

export interface Catalog {
  version: string;
  files: CatalogFile[];
  plans: Plan[];
  agencies: Agency[];
  targets: Target[];
  tasks: Task[];
  planById: ReadonlyMap<string, Plan>;
  agencyById: ReadonlyMap<string, Agency>;
  targetById: ReadonlyMap<string, Target>;
  taskById: ReadonlyMap<string, Task>;
  /** Which input file each target came from. */
  fileOfTarget: ReadonlyMap<string, string>;
}

export type LoadResult = { ok: true; catalog: Catalog } | { ok: false; problems: Problem[] };

export class CatalogError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`Danh mục không hợp lệ (${problems.length} lỗi): ${problems.slice(0, 3).map((p) => `${p.file} › ${p.path}: ${p.message.vi}`).join("; ")}`);
    this.name = "CatalogError";
  }
}

export function loadCatalogs(inputs: CatalogInput[]): LoadResult {
  const problems: Problem[] = [];
  const files: { file: string; catalog: CatalogFile }[] = [];
  const raw: { file: string; catalog: LooseCatalog }[] = [];
  for (const input of inputs) {
    const checked = rawInputProblems(input.file, input.data);
    problems.push(...checked.problems);
    if (checked.tooDeep) continue;
    const data = checked.normalized;
    const parsed = parseCatalogFile(data);
    if (!parsed.success) problems.push(...problemsFromZod(input.file, parsed.error, [], data));
    else files.push({ file: input.file, catalog: parsed.data });
    // A valid file is its own loose view; only one that failed the schema is read loosely.
    raw.push({ file: input.file, catalog: parsed.success ? parsed.data : loosen(data) });
  }
  problems.push(...checkConsistency(raw));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, catalog: indexCatalog(files) };
}

/** Like loadCatalogs, but throws CatalogError listing every problem. */
export function loadCatalogsOrThrow(inputs: CatalogInput[]): Catalog {
  const result = loadCatalogs(inputs);
  if (!result.ok) throw new CatalogError(result.problems);
  return result.catalog;
}

/** Validate a bare array of target records (the importer's and the evaluate command's format). */
export function parseTargetRecords(file: string, data: unknown): { ok: true; targets: Target[] } | { ok: false; problems: Problem[] } {
  if (!Array.isArray(data)) {
    return { ok: false, problems: [{ file, path: "", message: { vi: "cần một mảng JSON các chỉ tiêu", en: "expected a JSON array of targets" } }] };
  }
  const checked = rawInputProblems(file, data);
  if (checked.problems.length) return { ok: false, problems: checked.problems };
  const problems: Problem[] = [];
  const targets: Target[] = [];
  const seen = new Set<string>();
  const normalized = checked.normalized as unknown[];
  data.forEach((item, i) => {
    const plain = plainTarget(normalized[i]);
    const parsed = plain ? { success: true as const, data: plain } : TargetSchema.safeParse(normalized[i]);
    if (!parsed.success) problems.push(...problemsFromZod(file, parsed.error, [i], item));
    else if (seen.has(parsed.data.id)) problems.push(duplicate(file, `[${i}].id`, parsed.data.id));
    else {
      seen.add(parsed.data.id);
      targets.push(parsed.data);
    }
  });
  return problems.length ? { ok: false, problems } : { ok: true, targets };
}

function duplicate(file: string, path: string, id: string): Problem {
  return { file, path, message: { vi: `mã "${id}" bị trùng`, en: `duplicate id "${id}"` } };
}

/**
 * The catalog as far as its shape can be trusted, so that cross-reference checks
 * also run on files that failed the schema (every problem is listed at once).
 */
interface LooseCatalog {
  plan: { id: string; reporting?: { recipient?: string }[] };
  agencies: { id: string; name: string }[];
  targets: { id: string; plan: string; agency?: string; parent?: string }[];
  tasks: { id: string; plan: string; agencies: string[]; partners?: string[]; targets?: string[] }[];
}

function loosen(data: unknown): LooseCatalog {
  const obj = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const str = (v: unknown): string => (typeof v === "string" ? v : "");
  const opt = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
  const strs = (v: unknown): string[] => arr(v).filter((x): x is string => typeof x === "string");
  const root = obj(data);
  const plan = obj(root.plan);
  return {
    plan: { id: str(plan.id), reporting: arr(plan.reporting).map((r) => ({ recipient: opt(obj(r).recipient) })) },
    agencies: arr(root.agencies).map((a) => ({ id: str(obj(a).id), name: str(obj(a).name) })),
    targets: arr(root.targets).map((t) => ({ id: str(obj(t).id), plan: str(obj(t).plan), agency: opt(obj(t).agency), parent: opt(obj(t).parent) })),
    tasks: arr(root.tasks).map((t) => ({
      id: str(obj(t).id),
      plan: str(obj(t).plan),
      agencies: strs(obj(t).agencies),
      partners: strs(obj(t).partners),
      targets: strs(obj(t).targets),
    })),
  };
}

function checkConsistency(files: { file: string; catalog: LooseCatalog }[]): Problem[] {
  const problems: Problem[] = [];
  const planIds = new Map<string, string>();
  const targetIds = new Map<string, string>();
  const taskIds = new Map<string, string>();
  const agencies = new Map<string, { agency: { id: string; name: string }; file: string }>();

  for (const { file, catalog } of files) {
    const claim = (seen: Map<string, string>, id: string, path: string) => {
      if (!id) return;
      if (seen.has(id)) problems.push(duplicate(file, path, id));
      else seen.set(id, file);
    };
    claim(planIds, catalog.plan.id, "plan.id");
    const localAgencies = new Set<string>();
    catalog.agencies.forEach((agency, i) => {
      if (!agency.id) return;
      if (localAgencies.has(agency.id)) problems.push(duplicate(file, `agencies[${i}].id`, agency.id));
      localAgencies.add(agency.id);
      const known = agencies.get(agency.id);
      if (known && known.agency.name !== agency.name) {
        problems.push({
          file,
          path: `agencies[${i}].name`,
          message: {
            vi: `cơ quan "${agency.id}" có tên "${agency.name}" khác với "${known.agency.name}" trong ${known.file}`,
            en: `agency "${agency.id}" is named "${agency.name}" but "${known.agency.name}" in ${known.file}`,
          },
        });
      } else if (!known) agencies.set(agency.id, { agency, file });
    });
    const localTargets = new Set(catalog.targets.map((t) => t.id));
    const unknownRef = (path: string, kind: Bilingual, id: string): Problem => ({
      file,
      path,
      message: { vi: `${kind.vi} "${id}" không có trong danh mục`, en: `unknown ${kind.en} "${id}"` },
    });
    /** A target or task naming another plan than its file's. */
    const checkPlan = (path: string, kind: Bilingual, plan: string | undefined) => {
      if (!plan || plan === catalog.plan.id) return;
      problems.push({
        file,
        path,
        message: { vi: `${kind.vi} thuộc kế hoạch "${plan}" nhưng tệp là của "${catalog.plan.id}"`, en: `${kind.en} belongs to plan "${plan}" but the file is plan "${catalog.plan.id}"` },
      });
    };
    catalog.targets.forEach((t, i) => {
      claim(targetIds, t.id, `targets[${i}].id`);
      checkPlan(`targets[${i}].plan`, TARGET, t.plan);
      if (t.agency && !localAgencies.has(t.agency)) problems.push(unknownRef(`targets[${i}].agency`, AGENCY, t.agency));
      if (t.parent && !localTargets.has(t.parent)) problems.push(unknownRef(`targets[${i}].parent`, TARGET, t.parent));
      if (t.parent === t.id) problems.push(unknownRef(`targets[${i}].parent`, TARGET, t.parent));
    });
    problems.push(...parentCycles(file, catalog.targets));
    catalog.tasks.forEach((task, i) => {
      claim(taskIds, task.id, `tasks[${i}].id`);
      checkPlan(`tasks[${i}].plan`, TASK, task.plan);
      [...task.agencies, ...(task.partners ?? [])].forEach((a) => {
        if (!localAgencies.has(a)) problems.push(unknownRef(`tasks[${i}].agencies`, AGENCY, a));
      });
      (task.targets ?? []).forEach((id) => {
        if (!localTargets.has(id)) problems.push(unknownRef(`tasks[${i}].targets`, TARGET, id));
      });
    });
    (catalog.plan.reporting ?? []).forEach((rule, i) => {
      if (rule.recipient && !localAgencies.has(rule.recipient)) problems.push(unknownRef(`plan.reporting[${i}].recipient`, AGENCY, rule.recipient));
    });
  }
  return problems;
}

/** Targets whose parent chain comes back to them (A → B → A), each cycle reported once, at its first target. */
function parentCycles(file: string, targets: LooseCatalog["targets"]): Problem[] {
  const parentOf = new Map(targets.filter((t) => t.id && t.parent && t.parent !== t.id).map((t) => [t.id, t.parent!]));
  const reported = new Set<string>();
  const problems: Problem[] = [];
  targets.forEach((t, i) => {
    if (reported.has(t.id)) return;
    const chain = [t.id];
    for (let next = parentOf.get(t.id); next !== undefined && chain.length <= targets.length; next = parentOf.get(next)) {
      if (next === t.id) {
        chain.forEach((id) => reported.add(id));
        const loop = [...chain, t.id].join(" → ");
        problems.push({ file, path: `targets[${i}].parent`, message: { vi: `chỉ tiêu cha lặp vòng: ${loop}`, en: `parent targets form a cycle: ${loop}` } });
        return;
      }
      if (chain.includes(next)) return; // a cycle further up, reported at its own targets
      chain.push(next);
    }
  });
  return problems;
}

const AGENCY: Bilingual = { vi: "cơ quan", en: "agency" };
const TARGET: Bilingual = { vi: "chỉ tiêu", en: "target" };
const TASK: Bilingual = { vi: "nhiệm vụ", en: "task" };

function indexCatalog(files: { file: string; catalog: CatalogFile }[]): Catalog {
  const plans = files.map((f) => f.catalog.plan);
  const agencyById = new Map<string, Agency>();
  for (const f of files) for (const a of f.catalog.agencies) if (!agencyById.has(a.id)) agencyById.set(a.id, a);
  const targets = files.flatMap((f) => f.catalog.targets);
  const tasks = files.flatMap((f) => f.catalog.tasks);
  const fileOfTarget = new Map<string, string>();
  for (const f of files) for (const t of f.catalog.targets) fileOfTarget.set(t.id, f.file);
  return {
    version: files.map((f) => f.catalog.version).sort().at(-1) ?? "0",
    files: files.map((f) => f.catalog),
    plans,
    agencies: [...agencyById.values()],
    targets,
    tasks,
    planById: new Map(plans.map((p) => [p.id, p])),
    agencyById,
    targetById: new Map(targets.map((t) => [t.id, t])),
    taskById: new Map(tasks.map((t) => [t.id, t])),
    fileOfTarget,
  };
}
