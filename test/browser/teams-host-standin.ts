import { chromium, type Browser, type BrowserContext, type Frame, type Page } from "playwright-core";
import { CHROMIUM, CHROMIUM_FLAGS } from "./playground-page";

/** Where the stand-in host page is served: Teams' own origin, so teams-js accepts its messages as Teams'. */
export const TEAMS_HOST = "https://teams.microsoft.com";

export interface HostedPanel {
  page: Page;
  /** The panel's frame inside the host page. */
  panel(): Frame;
  /** Teams' theme changes (as its `themeChange` message). */
  setTheme(theme: "default" | "dark" | "contrast"): Promise<void>;
}

export interface PanelSession {
  /** Who signs in, and the token Teams' single sign-on hands the panel for them. */
  userObjectId: string;
  token: () => string;
  theme?: "default" | "dark" | "contrast";
  locale?: string;
}

/**
 * The host's side of the teams-js protocol (postMessage between Teams and the app's frame): `initialize`
 * answered with the frame context, the client type and a runtime configuration; `getContext` with the
 * meeting chat, the user, the tenant and the theme; `authentication.getAuthToken` with a token the Entra
 * stand-in signed. Anything else the page asks is recorded (`window.unanswered`) and not answered.
 */
const hostScript = `
const config = JSON.parse(document.getElementById("config").textContent);
const frame = document.getElementById("app");
window.unanswered = [];
const runtime = {
  apiVersion: 4,
  isLegacyTeams: false,
  supports: {
    app: {}, appEntity: {}, meeting: {}, teamsCore: {}, authentication: {},
    pages: { config: {}, tabs: {}, appButton: {}, backStack: {} },
  },
};
window.addEventListener("message", async (event) => {
  if (event.source !== frame.contentWindow) return;
  const message = event.data;
  if (!message || typeof message.func !== "string") return;
  const reply = (args) => frame.contentWindow.postMessage({ id: message.id, uuidAsString: message.uuidAsString, args }, "*");
  if (message.func === "initialize") reply([config.context.frameContext, "web", JSON.stringify(runtime), "2.0.0"]);
  else if (message.func === "getContext") reply([config.context]);
  else if (message.func === "authentication.getAuthToken") reply([true, await window.teamsSsoToken()]);
  else window.unanswered.push(message.func);
});
window.setTeamsTheme = (theme) => frame.contentWindow.postMessage({ func: "themeChange", args: [theme] }, "*");
`;

/** A browser whose pages are a Teams-host stand-in with the panel in its side-panel frame. */
export class TeamsHostStandIn {
  private constructor(private readonly browser: Browser) {}

  static async launch(): Promise<TeamsHostStandIn> {
    return new TeamsHostStandIn(await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS }));
  }

  /**
   * Opens the meeting's side panel of the bot at `botUrl` in a new window for one signed-in person. The bot
   * is reached as Teams reaches it, over https on a public name (here routed to its loopback address: Chromium
   * does not let a public https page frame a plain-http loopback one).
   */
  async open(
    botUrl: string,
    chat: { conversationId: string; meetingId?: string; tenantId: string },
    session: PanelSession,
  ): Promise<HostedPanel> {
    const context: BrowserContext = await this.browser.newContext({ viewport: { width: 380, height: 1600 } });
    const botOrigin = `https://bot-${new URL(botUrl).port}.motebot.test`;
    const panelUrl = `${botOrigin}/panel`;
    await context.route(`${botOrigin}/**`, async (route) => {
      const response = await route.fetch({ url: route.request().url().replace(botOrigin, botUrl) });
      await route.fulfill({ response });
    });
    // teams-js asks Microsoft's CDN for the current list of Teams' origins; offline it uses its own.
    await context.route("https://res.cdn.office.net/**", (route) => route.fulfill({ status: 404, body: "" }));
    const config = {
      context: {
        frameContext: "sidePanel",
        hostClientType: "web",
        hostName: "Teams",
        locale: session.locale ?? "nb-no",
        theme: session.theme ?? "default",
        appSessionId: "e2b3b5c8-1d6b-4f0e-9e43-9c1f1d3d0c11",
        entityId: "motebot-panel",
        userObjectId: session.userObjectId,
        tid: chat.tenantId,
        chatId: chat.conversationId,
        ...(chat.meetingId ? { meetingId: chat.meetingId } : {}),
      },
    };
    const html =
      `<!doctype html><html><head><meta charset="utf-8"><title>Microsoft Teams</title></head>` +
      `<body style="margin:0"><script type="application/json" id="config">${JSON.stringify(config).replace(/</g, "\\u003c")}</script>` +
      `<iframe id="app" src="${panelUrl}" style="border:0;width:100%;height:100vh" title="Møtebot"></iframe>` +
      `<script>${hostScript}</script></body></html>`;
    await context.route(`${TEAMS_HOST}/**`, (route) => route.fulfill({ status: 200, contentType: "text/html", body: html }));
    const page = await context.newPage();
    await page.exposeFunction("teamsSsoToken", () => session.token());
    await page.goto(`${TEAMS_HOST}/v2/meeting-side-panel`);
    const panel = (): Frame => {
      const frame = page.frames().find((f) => f.url().startsWith(panelUrl));
      if (!frame) throw new Error("the panel's frame is not there");
      return frame;
    };
    return {
      page,
      panel,
      setTheme: async (theme) => {
        await page.evaluate(`window.setTeamsTheme(${JSON.stringify(theme)})`);
      },
    };
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
