import { setTheme } from "@fluentui/web-components/theme/set-theme.js";
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from "@fluentui/tokens";

/** Teams' theme names (from its context and its theme-change event) to Fluent 2's Teams themes. */
export function applyTheme(teamsTheme: string): void {
  const theme = teamsTheme === "dark" ? teamsDarkTheme : teamsTheme === "contrast" ? teamsHighContrastTheme : teamsLightTheme;
  setTheme(theme);
  document.documentElement.dataset.theme = teamsTheme === "dark" || teamsTheme === "contrast" ? teamsTheme : "default";
}
