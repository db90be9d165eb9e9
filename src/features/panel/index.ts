/** The meeting side panel as the router sees it: its page and its API. */
export { panelApiRoutes } from "./panel-routes";
export { panelPageRoutes, PANEL_POLICY, TEAMS_FRAME_ANCESTORS } from "./panel-page";
export { panelDevRoutes } from "./dev-people";
export { PANEL_ONLY_VERBS } from "./panel-actions";
export type { PanelState } from "./panel-state";
export type { PanelServices } from "./services";
