/** What `npm run build` ships (dist/ for deployment) versus what `npm start` serves, read from the webpack config without building. */
import path from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const configFactory = require(path.resolve(__dirname, "../../webpack.config.js")) as (
  env: Record<string, unknown>,
  options: { mode: string },
) => Promise<{ devtool: unknown; entry: Record<string, string>; plugins: { constructor: { name: string }; userOptions?: { filename?: string } }[] }>;

const pages = (config: Awaited<ReturnType<typeof configFactory>>) =>
  config.plugins.filter((p) => p.constructor.name === "HtmlWebpackPlugin").map((p) => p.userOptions?.filename);

describe("webpack config", () => {
  const saved = process.env.KEHOACH_HOST;
  afterEach(() => {
    if (saved === undefined) delete process.env.KEHOACH_HOST;
    else process.env.KEHOACH_HOST = saved;
  });

  test("the production build ships neither source maps nor the no-Excel preview", async () => {
    delete process.env.KEHOACH_HOST;
    const config = await configFactory({}, { mode: "production" });
    expect(config.devtool).toBe(false);
    expect(Object.keys(config.entry).sort()).toEqual(["functions", "taskpane"]);
    expect(pages(config)).toEqual(["taskpane.html"]);
  });

  test("the development build (npm start) still serves the preview page", async () => {
    const config = await configFactory({}, { mode: "development" });
    expect(Object.keys(config.entry)).toContain("preview");
    expect(pages(config)).toContain("preview.html");
  });

  test("a KEHOACH_HOST without its trailing slash is refused before anything is built", async () => {
    process.env.KEHOACH_HOST = "https://plans.example.gov.vn/kehoach";
    await expect(configFactory({}, { mode: "production" })).rejects.toThrow(/ending in "\/"/);
    process.env.KEHOACH_HOST = "https://plans.example.gov.vn/kehoach/";
    await expect(configFactory({}, { mode: "production" })).resolves.toBeDefined();
  });
});
