/** Follow the Office theme: white → light, dark body → dark, anything else (colourful, grey) → light tinted with the body colours. */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
}

export type ThemeName = "light" | "dark" | "colorful";

function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

export function themeName(colors: OfficeThemeColors | undefined): ThemeName {
  const lum = colors?.bodyBackgroundColor ? luminance(colors.bodyBackgroundColor) : null;
  if (lum === null) return "light";
  if (lum < 0.2) return "dark";
  if (lum > 0.97) return "light";
  return "colorful";
}

export function themeFor(colors: OfficeThemeColors | undefined): Theme {
  const name = themeName(colors);
  if (name === "dark") return webDarkTheme;
  if (name === "light" || !colors?.bodyBackgroundColor) return webLightTheme;
  return {
    ...webLightTheme,
    colorNeutralBackground1: colors.bodyBackgroundColor,
    colorNeutralBackground2: colors.controlBackgroundColor ?? colors.bodyBackgroundColor,
    colorNeutralForeground1: colors.bodyForegroundColor ?? webLightTheme.colorNeutralForeground1,
  };
}

/** Colours a preview can pick to imitate each Office theme. */
export const SAMPLE_OFFICE_THEMES: Record<ThemeName, OfficeThemeColors> = {
  light: { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000" },
  dark: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#3A3A3A" },
  colorful: { bodyBackgroundColor: "#E6E6E6", bodyForegroundColor: "#1E1E1E", controlBackgroundColor: "#F3F3F3" },
};
