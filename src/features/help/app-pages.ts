import { z } from "zod";
import { httpRoute, type AnswerRoute } from "../../shared/http-routes";

/**
 * The pages the Teams app manifest links to (developer website, privacy, terms of use):
 * Teams shows them on the app's details page, so they must answer on the bot's own host.
 */
/** A page of the bot's own site, in the style of the others, with the links between them; paragraphs are HTML. */
export const appPage = (title: string, paragraphs: string[]): string =>
  `<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
  `<title>${title} – Møtebot</title><style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem ` +
  `auto;padding:0 1rem;line-height:1.5}</style>` +
  `</head><body><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("")}` +
  `<p><a href="/">Møtebot</a> · <a href="/personvern">Personvern</a> · <a href="/vilkar">Vilkår for bruk</a></p></body></html>`;

const appPages: Record<string, string> = {
  "/": appPage("Møtebot", [
    "Møtebot følger faggruppemøtene i Osloregionen i Teams: oppmøte, dagsorden, runde rundt bordet og utkast til referat.",
    "Legg appen til i møtechatten og skriv «@Møtebot hjelp» for å se kommandoene.",
  ]),
  "/vilkar": appPage("Vilkår for bruk", [
    "Møtebot er et internt verktøy for faggruppene i Osloregionen. Bruk den etter organisasjonens retningslinjer for Teams og for " +
      "behandling av personopplysninger.",
    "Referatet er et utkast til sekretariatet er ferdig med det og møteleder har godkjent det.",
  ]),
};

/** `GET /`, `/vilkar`: public, kept an hour by browsers (`/personvern` is the personvern feature's). */
export const appPageRoutes: AnswerRoute[] = Object.entries(appPages).map(([path, html]) =>
  httpRoute({
    method: "GET",
    path,
    auth: "public",
    query: z.object({}).passthrough(),
    answer: async () => ({ kind: "html", html, maxAgeSeconds: 3600 }),
  }),
);
