import { app, pages } from "@microsoft/teams-js";
import { el } from "./dom";

/**
 * `/panel/configure`: Teams shows it when someone adds Møtebot's tab to a meeting. Nothing to choose:
 * the tab is the panel of the meeting it is added to, saved as soon as the user presses «Lagre».
 */
export async function configureTab(root: HTMLElement): Promise<void> {
  await app.initialize();
  root.replaceChildren(
    el("h1", {}, ["Møtebot"]),
    el("p", {}, ["Møtebot viser dagsordenen, runden rundt bordet og notatene i møtet. Trykk «Lagre» for å legge til fanen."]),
  );
  pages.config.registerOnSaveHandler((save) => {
    pages.config
      .setConfig({
        entityId: "motebot-panel",
        contentUrl: `${location.origin}/panel`,
        websiteUrl: `${location.origin}/panel`,
        suggestedDisplayName: "Møtebot",
      })
      .then(() => save.notifySuccess())
      .catch((error: unknown) => save.notifyFailure(String(error)));
  });
  pages.config.setValidityState(true);
}
