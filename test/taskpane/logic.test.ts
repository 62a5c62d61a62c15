import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { themeFor, themeName } from "../../src/taskpane/theme";
import { defaultPeriod, evaluateRows, needsAttention } from "../../src/taskpane/evaluation";
import { firstLoadAssets } from "../../bench/bundle.bench";
import { loadCatalogsOrThrow } from "../../src/core/catalog/load";
import { BUNDLED_CATALOG_FILES } from "../../src/catalog-source/bundled";
import { evaluateTarget } from "../../src/core/evaluate";
import type { TableRowData } from "../../src/workbook/port";

const catalog = loadCatalogsOrThrow(BUNDLED_CATALOG_FILES);

describe("Office theme", () => {
  test("white → light, black/dark grey → dark, colourful grey → light tinted with the body colour", () => {
    expect(themeFor({ bodyBackgroundColor: "#FFFFFF" })).toBe(webLightTheme);
    expect(themeFor({ bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" })).toBe(webDarkTheme);
    expect(themeName({ bodyBackgroundColor: "#000000" })).toBe("dark");
    const colorful = themeFor({ bodyBackgroundColor: "#E6E6E6", bodyForegroundColor: "#1E1E1E" });
    expect(colorful.colorNeutralBackground1).toBe("#E6E6E6");
    expect(colorful.colorNeutralForeground1).toBe("#1E1E1E");
    expect(themeFor(undefined)).toBe(webLightTheme);
  });
});

describe("evaluating table rows in the pane", () => {
  const row = (index: number, id: string, actual: TableRowData["actual"]): TableRowData => ({ index, id, actual, status: "", sheet: "S", address: `A${index + 2}:J${index + 2}` });

  test("off track first, with reasons; typed vi-VN numbers read; unknown ids and bad numbers explained", () => {
    const verdicts = evaluateRows(catalog, [row(0, "bg-2024.23", 1.5), row(1, "bg-2024.23a", "14,0"), row(2, "khong-co", 3), row(3, "bg-2024.23", "1.500"), row(4, "", 1)], evaluateTarget);
    expect(verdicts).toHaveLength(4);
    expect(verdicts.map((v) => v.status)).toEqual(["achieved", "off_track", "unknown", "unknown"]);
    expect(verdicts[1].reason.vi).toMatch(/11,8/);
    expect(verdicts[2].reason.vi).toContain("khong-co");
    expect(needsAttention(verdicts).map((v) => v.row.index)).toEqual([1, 2, 3]);
  });

  test("the pane judges the same period KH.STATUS does by default: the target year", () => {
    expect(defaultPeriod(catalog.targetById.get("bg-nq96.18")!)).toBe("2030");
    const [withPeriod] = evaluateRows(catalog, [row(0, "bg-2024.23", 1.9)], evaluateTarget, "2024-Q2");
    expect(withPeriod.evaluation?.period).toBe("2024-Q2");
    const [badPeriod] = evaluateRows(catalog, [row(0, "bg-2024.23", 1.9)], evaluateTarget, "quý 5");
    expect(badPeriod.status).toBe("unknown");
  });
});

describe("bundle bench", () => {
  test("finds the local scripts a minified page loads, not the CDN", () => {
    const html = `<script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script><link rel=stylesheet href="app.css"><script src=functions.js></script><script defer="defer" src="./taskpane.js?v=1"></script>`;
    expect(firstLoadAssets(html)).toEqual(["functions.js", "taskpane.js", "app.css"]);
  });
});
