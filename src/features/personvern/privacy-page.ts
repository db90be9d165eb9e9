import { z } from "zod";
import { httpRoute, type AnswerRoute } from "../../shared/http-routes";
import { appPage } from "../help";
import type { PersonvernServices } from "./services";

/** The privacy page's paragraphs (HTML): what is stored, for how long, and how the secretariat answers a request. */
export function privacyParagraphs(retentionMonths: number): string[] {
  return [
    "Møtebot lagrer det som trengs for å føre møtet og skrive referatet: faggruppens medlemmer (navn, Entra-id, Teams-id, kommune, " +
      "rolle); for hvert møte møteleder og sekretær, oppmøte (innsjekking, hvem som la til noen, forfall med eventuell grunn), " +
      "kommunenes innspill i runden rundt bordet med hvem som skrev dem og tidligere versjoner, dagsorden, notater og vedtak med " +
      "forfatter, oppfølgingspunkter med ansvarlig og endringshistorikk, og versjoner av referatet.",
    "Dataene lagres i Azure Cosmos DB i organisasjonens eget Azure-abonnement og deles ikke med andre. Meldingstekst logges ikke.",
    `<strong>Hvor lenge:</strong> et møtes arbeidsdokumenter (møtet med notater og roller, oppmøte, innspill, referatutkast og ` +
      `nedlastingslenker) slettes automatisk ${retentionMonths} måneder etter at referatet ble godkjent. Det godkjente referatet ` +
      "og møtearkivet beholdes, fordi et godkjent referat er et arkivdokument organisasjonen har plikt til å bevare (arkivloven § 6). " +
      "Møter uten godkjent referat beholdes til referatet er godkjent, og sekretæren ser dem med «personvern». " +
      "Nedlastingslenker virker i 24 timer og slettes deretter.",
    "<strong>Innsyn, retting og sletting:</strong> kontakt faggruppens sekretær. Sekretæren skriver til Møtebot i en 1:1-chat: " +
      "«personvern innsyn ‹navn›» gir alt som er lagret om personen, som fil (JSON og Word), i 24 timer " +
      "(også møteleder kan be om innsyn); " +
      "«personvern rett ‹navn› til ‹riktig navn›» eller «personvern rett ‹navn› kommune ‹kommune›» retter navn eller kommune i alt " +
      "som ikke er godkjent; «personvern slett ‹navn›» viser hva som blir slettet og hva som beholdes, og sletter når sekretæren " +
      "bekrefter. Navnet erstattes da med «Tidligere medlem» der teksten trenger et navn. Et godkjent referat rettes ved at det lages " +
      "og godkjennes en ny versjon.",
    "Meldinger og kort som alt er postet i Teams-chatten, er Teams' data og slettes i Teams etter organisasjonens regler der.",
  ];
}

/** `GET /personvern`: public (the app manifest's privacy link), kept an hour by browsers. */
export const privacyPageRoutes: AnswerRoute<PersonvernServices>[] = [
  httpRoute({
    method: "GET",
    path: "/personvern",
    auth: "public",
    query: z.object({}).passthrough(),
    answer: async ({ services }: { services: PersonvernServices }) => ({
      kind: "html",
      html: appPage("Personvern", privacyParagraphs(services.retentionMonths)),
      maxAgeSeconds: 3600,
    }),
  }),
];
