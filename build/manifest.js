/** The production manifest: every development URL replaced by the configured host. Used by webpack.config.js. */
const DEV_URL = "https://localhost:3000/";

function productionHost() {
  const host = process.env.KEHOACH_HOST || require("../package.json").config.productionHost;
  if (!/^https:\/\/[^/]+\/(.*\/)?$/.test(host)) {
    throw new Error(`KEHOACH_HOST phải là địa chỉ https kết thúc bằng "/" / must be an https URL ending in "/": ${host}`);
  }
  return host;
}

function productionManifest(xml, host = productionHost()) {
  return xml.split(DEV_URL).join(host);
}

module.exports = { DEV_URL, productionHost, productionManifest };
