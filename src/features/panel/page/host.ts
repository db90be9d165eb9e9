import { app, authentication } from "@microsoft/teams-js";

/** Where the panel runs, as the page needs it: the chat, the theme and a way to prove who the user is. */
export interface PanelHost {
  chatId: string;
  theme: string;
  language: "nb" | "en";
  /** The value of `Authorization` for the panel's API. */
  authorization(): Promise<string>;
  onThemeChange(handler: (theme: string) => void): void;
  /** Development only: the picker that chose the identity (shown above the panel). */
  devPicker?: HTMLElement;
}

const languageOf = (locale: string | undefined): "nb" | "en" => (/^en\b/i.test(locale ?? "") ? "en" : "nb");

/** Seconds before a token's expiry at which a new one is asked for. */
const RENEW_BEFORE_S = 300;

const expiryOf = (token: string): number => {
  try {
    const payload = JSON.parse(atob(token.split(".")[1]?.replace(/-/g, "+").replace(/_/g, "/") ?? "")) as { exp?: number };
    return payload.exp ?? 0;
  } catch {
    return 0;
  }
};

/** Inside Teams: teams-js gives the meeting chat, the theme and the user's single sign-on token. */
export async function teamsHost(): Promise<PanelHost> {
  await app.initialize();
  const context = await app.getContext();
  const chatId = context.chat?.id ?? "";
  let token: { value: string; exp: number } | undefined;
  return {
    chatId,
    theme: context.app.theme,
    language: languageOf(context.app.locale),
    async authorization() {
      if (!token || token.exp - RENEW_BEFORE_S < Date.now() / 1000) {
        const value = await authentication.getAuthToken();
        token = { value, exp: expiryOf(value) };
      }
      return `Bearer ${token.value}`;
    },
    onThemeChange: (handler) => app.registerOnThemeChangeHandler(handler),
  };
}

/** Whether the page is framed (Teams) or opened on its own (`npm run dev`). */
export const inFrame = (): boolean => window.parent !== window;
