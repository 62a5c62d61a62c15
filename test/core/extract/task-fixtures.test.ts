/**
 * Task fixtures: test/fixtures/extract/tasks/<name>.txt holds a plan in the shapes provinces assign tasks
 * in (tables pasted one cell per line, "Giao Sở X chủ trì, phối hợp với …", sections headed by an agency),
 * <name>.expected.json the plan's title and the tasks a reader finds in it, in order: cited line, title, lead,
 * partners, deadline.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { extractTargets } from "../../../src/core/extract";
import { agencyName } from "../../support/agencies";

const DIR = join(__dirname, "../../fixtures/extract/tasks");

interface Expected {
  plan: string;
  /** The plan's own title, read under its type even when the letterhead runs into it. */
  planTitle: string;
  tasks: { line: number; title: string; lead: string; partners: string[]; deadline?: Record<string, string> }[];
}

describe.each(readdirSync(DIR).filter((f) => f.endsWith(".txt")))("%s", (file) => {
  const want = JSON.parse(readFileSync(join(DIR, file.replace(/\.txt$/, ".expected.json")), "utf8")) as Expected;
  const result = extractTargets(readFileSync(join(DIR, file), "utf8"), { file, plan: want.plan });
  const name = agencyName(result.agencies);

  test("finds the tasks a reader finds, each with its lead, partners and deadline", () => {
    const got = result.tasks.map((t) => ({
      line: t.source.line,
      title: t.title,
      lead: name(t.agencies[0]),
      partners: (t.partners ?? []).map(name),
      ...(t.deadline ? { deadline: t.deadline } : {}),
    }));
    expect(got).toEqual(want.tasks);
  });

  test("the plan's title is read from its head", () => {
    expect(result.planDraft.title).toBe(want.planTitle);
  });

  test("every lead is an agency of the catalog, so a per-agency annex can be built", () => {
    for (const t of result.tasks) expect(result.agencies.map((a) => a.id)).toContain(t.agencies[0]);
  });
});
