/*
 * Runs the benches' TypeScript the way the add-in ships it: plain transpilation (as ts-loader does),
 * not tsx/esbuild, whose keepNames wrappers would add per-call costs the bundle does not have.
 */
const fs = require("fs");
const ts = require("typescript");

require.extensions[".ts"] = function compile(module, filename) {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, resolveJsonModule: true, jsx: ts.JsxEmit.ReactJSX },
  });
  module._compile(outputText, filename);
};
