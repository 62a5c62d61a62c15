import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { themeFor, themeName } from "../../src/taskpane/theme";
import { firstLoadAssets } from "../../bench/bundle.bench";

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

describe("bundle bench", () => {
  test("finds the local scripts a minified page loads, not the CDN", () => {
    const html = `<script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script><link rel=stylesheet href="app.css"><script src=functions.js></script><script defer="defer" src="./taskpane.js?v=1"></script>`;
    expect(firstLoadAssets(html)).toEqual(["functions.js", "taskpane.js", "app.css"]);
  });
});
