// Lint: the import rules that keep one core and thin edges, Office.js call rules, and unused code.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

/** Folders outside src/core: the edges (and the runtime glue) the core must never import. */
const EDGES = ["cli", "node", "excel", "xlsx", "taskpane", "preview", "memory-workbook", "documents", "functions", "catalog-source", "workbook", "help"];

const restrict = (patterns, paths = []) => ["error", { patterns, paths }];
const INDEX = "Edges import a core area through its public index (src/core/<area>/index.ts), not its inner files.";
const PURE = "The core is pure TypeScript: no Node, DOM, Office or file-format libraries (an edge reads the bytes and passes them in).";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "**/*.js", "**/*.cjs", "**/*.mjs"] },
  {
    files: ["src/**/*.{ts,tsx}", "test/**/*.{ts,tsx}", "bench/**/*.ts", "scripts/**/*.ts"],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { "@typescript-eslint": tseslint.plugin, "office-addins": officeAddins },
    linterOptions: { reportUnusedDisableDirectives: "off" },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true }],
      "no-eval": "error",
    },
  },
  {
    // One way to write a message in two languages: a { vi, en } pair, shown with say(), tell() or show().
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "ConditionalExpression[test.type='BinaryExpression'][test.left.name='lang'][test.right.value=/^(en|vi)$/]",
          message: "Write the message as a { vi, en } pair and pick it with say(message, lang) (or tell()/show() in the CLI).",
        },
      ],
    },
  },
  {
    // Office.js call rules, where Office.js is called (ExcelJS elsewhere looks alike and is not Office.js).
    files: ["src/excel/**/*.ts"],
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": restrict([
        {
          group: EDGES.map((edge) => `**/${edge}/**`).concat(EDGES.map((edge) => `**/${edge}`)),
          message: "The core imports no edge: move what you need into src/core, or pass it in.",
        },
        { group: ["node:*", "@fluentui/*"], message: PURE },
      ], ["fs", "path", "os", "child_process", "exceljs", "jszip", "fflate", "react", "react-dom", "mammoth", "unpdf"].map((name) => ({ name, message: PURE }))),
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/core/**", "src/preview/**", "src/memory-workbook/**"],
    rules: {
      "no-restricted-imports": restrict([{ group: ["**/core/*/*", "!**/core/*/index", "!**/core/*/*.json"], message: INDEX }]),
    },
  },
  {
    files: ["src/preview/**/*.{ts,tsx}", "src/memory-workbook/**/*.ts"],
    rules: {
      "no-restricted-imports": restrict([
        { group: ["**/excel/**", "**/excel"], message: "The preview and its in-memory workbook import no Office.js adapter (src/excel): share the decision through src/core." },
        { group: ["**/core/*/*", "!**/core/*/index", "!**/core/*/*.json"], message: INDEX },
      ]),
    },
  },
);
