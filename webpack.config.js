/* Builds the task pane, the custom functions (shared runtime), the no-Excel preview and the manifest. */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { IgnorePlugin } = require("webpack");

// Where the built add-in is hosted: package.json config.productionHost, or KEHOACH_HOST (ending in "/").
const { productionHost, productionManifest } = require("./build/manifest");

/** https with Office's trusted dev certificate, only when asked (`--env https`): installing it may prompt. */
async function httpsServer(env) {
  if (!env.https) return "http";
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { type: "https", options: { ca, key, cert } };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  // A bad host fails here, before the build, not 45 seconds into it.
  if (!dev) productionHost();
  return {
    // Production dist/ is what gets deployed: no source maps and no preview page (npm start builds both).
    devtool: dev ? "eval-source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
      ...(dev ? { preview: "./src/preview/index.tsx" } : {}),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false, zlib: false },
      // unpdf asks for pdfjs-dist's folder only under Node (fonts for the CLI); the pane reads PDFs without it.
      alias: { "pdfjs-dist/package.json": false },
    },
    module: {
      rules: [
        // The core is pure: an area's index re-exports many modules and the bundle keeps only those used.
        { test: /[\\/]src[\\/]core[\\/]/, sideEffects: false },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", noEmit: false } } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      // unpdf looks up pdfjs-dist's fonts only under Node (in a try); the browser build has no such file.
      new IgnorePlugin({ resourceRegExp: /^pdfjs-dist\/package\.json$/, contextRegExp: /unpdf/ }),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the task pane page also hosts the functions; blocking load fixes first-click commands.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "blocking",
      }),
      ...(dev
        ? [
            new HtmlWebpackPlugin({
              filename: "preview.html",
              template: "./src/preview/preview.html",
              chunks: ["preview"],
            }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return dev ? content : productionManifest(content.toString());
            },
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      port: Number(process.env.PORT || 3000),
      open: false,
      client: { overlay: false },
      server: await httpsServer(env),
    },
  };
};
