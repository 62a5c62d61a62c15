/** Every command explains itself (--help, -h, vi or en) and speaks to users, never in parser text or stack traces. */
import { spawnSync } from "node:child_process";
import { commands } from "../../src/cli/commands";
import { commandHelp } from "../../src/cli/help";
import { kehoach, kehoachCommandLine, runCommand } from "./run-cli";
import { readActuals } from "../../src/cli/evaluate";
import { loadCatalogFiles } from "../../src/node/catalog-files";

const loaded = loadCatalogFiles();
if (!loaded.ok) throw new Error("bundled catalog does not load");
const catalog = loaded.catalog;

async function run(name: string, args: string[], lang: "vi" | "en" = "vi") {
  return runCommand(await commands[name](), args, lang);
}

describe("--help", () => {
  test.each(Object.keys(commands))("%s --help lists every option it takes, in Vietnamese and in English", async (name) => {
    const command = await commands[name]();
    const vi = commandHelp(name, command, "vi");
    const en = commandHelp(name, command, "en");
    expect(vi).toContain(`Cách dùng: npm run -s kehoach -- ${name}`);
    expect(en).toContain(`Usage: npm run -s kehoach -- ${name}`);
    for (const option of [...Object.keys(command.options), "json", "en", "help"]) {
      expect(vi).toContain(`--${option}`);
      expect(en).toContain(`--${option}`);
    }
    expect(vi).toContain("Tuỳ chọn:");
    expect(en).toContain("Options:");
  });

  test("--year and --protect are documented where they are taken", async () => {
    expect(commandHelp("targets", await commands.targets(), "vi")).toMatch(/--year NĂM\s+chỉ các chỉ tiêu của năm này/);
    expect(commandHelp("annex", await commands.annex(), "en")).toMatch(/--protect\s+lock every cell/);
  });

  test("-h and --help answer with exit code 0 as a real process, in English with --en", () => {
    const h = kehoach(["annex", "-h"]);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain("--protect");
    expect(h.stderr).toBe("");
    const en = kehoach(["targets", "--help", "--en"]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("--year YEAR");
  });
});

describe("wrong options are told in words, with the nearest option", () => {
  test("an unknown option, a mistyped one, a missing value and a value given to a switch", async () => {
    const unknown = await run("targets", ["--colour", "x"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe("Không có tuỳ chọn --colour. Xem --help để biết các tuỳ chọn.\n");
    expect((await run("annex", ["--plann", "x"])).err).toContain("Có phải: --plan?");
    expect((await run("annex", ["--plan"], "en")).err).toMatch(/^--plan needs a value/);
    expect((await run("plans", ["--json=yes"])).err).toMatch(/^--json không nhận giá trị/);
  });

  test("a bad option value names the option and the value, not the schema", async () => {
    const r = await run("targets", ["--year", "abc"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe('--year: giá trị "abc" không hợp lệ\n');
  });
});

describe("agencies and target ids: say which was used, suggest the nearest", () => {
  test("annex --agency 'Sở Du lịch' does not quietly become Sở Văn hóa, Thể thao và Du lịch", async () => {
    const r = await run("annex", ["--plan", "bg-2022", "--agency", "Sở Du lịch", "--period", "2022", "--out", "/nonexistent-never-written.xlsx"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("Có phải: Sở Văn hóa, Thể thao và Du lịch?");
  });

  test("'So Yte' asks 'Có phải: Sở Y tế?'; 'Sở Y tế' is used and named", async () => {
    expect((await run("targets", ["--agency", "So Yte"])).err).toContain("Có phải: Sở Y tế");
    const used = await run("targets", ["--agency", "so y te", "--plan", "bg-2022"]);
    expect(used.code).toBe(0);
    expect(used.err).toMatch(/^Cơ quan: Sở Y tế \(bg\.so-y-te\)/);
  });

  test("an unknown target id in the actuals suggests the nearest ids", () => {
    const { errors } = readActuals("bg-2024.2,2024,5\n", catalog.targetById);
    expect(errors[0].message.vi).toMatch(/Mã “bg-2024\.2” không có trong danh mục\. Có phải: bg-2024\.\d+/);
  });
});

describe("no stack traces", () => {
  test("`targets --json | head` stops quietly when the reader closes the pipe (EPIPE)", () => {
    const r = spawnSync("bash", ["-c", `${kehoachCommandLine(["targets", "--json"])} | head -c 10 >/dev/null; echo "exit $\{PIPESTATUS[0]}" >&2`], { encoding: "utf8" });
    expect(r.stderr.trim()).toBe("exit 0");
  });

  test("English plurals: 1 plan, 2 plans", () => {
    const r = kehoach(["validate", "--en"]);
    expect(r.stdout).toMatch(/^OK: \d+ plans, \d+ targets, \d+ tasks, \d+ agencies\.\n$/);
  });

  test("plans --en shows a plan's English title where the catalog has one", () => {
    const r = kehoach(["plans", "--en"]);
    expect(r.stdout).toContain("Assessment of the 2023 socio-economic");
  });
});

describe("the command line around the command", () => {
  test("an unknown plan suggests the nearest ids, and --en tables show amounts the English way", async () => {
    const r = await run("targets", ["--plan", "bg-202"], "en");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^Unknown plan "bg-202"\. Did you mean: bg-2022, bg-2024/);
    const en = kehoach(["targets", "--plan", "bg-2024", "--en"]);
    expect(en.stdout).toMatch(/bg-2024\.02\s+Tốc độ tăng trưởng GRDP\s+up 14\.5%\/year/);
  });

  test("global options may come first (`kehoach --en plans`), and a missing required option is said in the user's language", async () => {
    const r = kehoach(["--en", "plans"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^id\s+title/);
    const missing = await run("annex", ["--plan", "x", "--period", "2024"], "en");
    expect(missing.err).toBe("--out: required: --out FILE.xlsx (or --each-agency --out-dir DIR)\n");
  });
});

describe("every message in the user's language, Vietnamese unless --en", () => {
  test("the count after a list of targets, and a refused pair of options", async () => {
    const plan = catalog.plans[0].id;
    const vi = await run("targets", ["--plan", plan]);
    expect(vi.err).toMatch(/^\d+ chỉ tiêu\n$/);
    const en = await run("targets", ["--plan", plan], "en");
    expect(en.err).toMatch(/^\d+ targets?\n$/);
    const both = ["--actuals", "x.csv", "--targets", "t.json", "--catalog", "c.json"];
    expect((await run("evaluate", both)).err).toBe("Chỉ dùng một trong hai: --targets hoặc --catalog\n");
    expect((await run("evaluate", both, "en")).err).toBe("Give either --targets or --catalog, not both\n");
  });

  test("an unknown command, then the list of commands", () => {
    const vi = kehoach(["tong-hop"]);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toMatch(/^Lệnh không tồn tại: tong-hop\n\nCách dùng:/);
    expect(kehoach(["tong-hop", "--en"]).stderr).toMatch(/^Unknown command: tong-hop\n\nUsage:/);
  });
});
