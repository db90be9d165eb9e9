import type { Language } from "../../shared/language";
import { DETAIL_LIMITS } from "../../shared/meeting/meeting";
import { literal } from "../../shared/markdown-literal";
import type { DetailRefusal } from "./meeting-details";

// Messages in the chat are Markdown in Teams: names and texts users typed go in through literal().

const nb = {
  introUsage: "Skriv innledningen etter kommandoen, f.eks. «innledning Møtet ble gjennomført som to deler …».",
  papersUsage: "Skriv lenken etter kommandoen, og eventuelt teksten den skal vises med: «sakspapirer https://… Faggruppemøter 2025».",
  archiveRefUsage: "Skriv arkivreferansen etter kommandoen, f.eks. «arkivref 25/01234».",
  introSaved: "Innledningen er lagret og kommer i referatet før «Tilstede på møtet».",
  papersSaved: (text: string) => `Lenken til sakspapirene er lagret: «${literal(text, "inline")}».`,
  archiveRefSaved: (ref: string) => `Arkivreferansen er lagret: ${literal(ref, "inline")}.`,
  detailsSaved: "Innledning, sakspapirer og arkivreferanse er lagret.",
  refusals: {
    introTooLong: `Innledningen er for lang (høyst ${DETAIL_LIMITS.intro} tegn).`,
    papersNotHttps: "Lenken til sakspapirene må være en fullstendig https-lenke, f.eks. «https://www.osloregionen.no/…».",
    papersTooLong: `Lenken til sakspapirene er for lang (høyst ${DETAIL_LIMITS.papersUrl} tegn).`,
    papersTextTooLong: `Teksten for lenken er for lang (høyst ${DETAIL_LIMITS.papersText} tegn).`,
    archiveRefTooLong: `Arkivreferansen er for lang (høyst ${DETAIL_LIMITS.archiveRef} tegn).`,
  } satisfies Record<DetailRefusal, string>,
  showDetails: "Innledning og sakspapirer",
  introLabel: "Innledning i referatet",
  papersUrlLabel: "Lenke til sakspapirene (https)",
  papersTextLabel: "Tekst for lenken (valgfri)",
  archiveRefLabel: "Arkivreferanse (Vår ref)",
  saveDetails: "Lagre",
};

export type DetailsTexts = typeof nb;

const en: DetailsTexts = {
  introUsage: "Type the introduction after the command, e.g. “intro The meeting was held in two parts …”.",
  papersUsage: "Type the link after the command, and optionally the text to show for it: “papers https://… Meeting papers 2025”.",
  archiveRefUsage: "Type the archive reference after the command, e.g. “archive-ref 25/01234”.",
  introSaved: "The introduction is saved; the referat shows it before “Present”.",
  papersSaved: (text) => `The link to the meeting papers is saved: “${literal(text, "inline")}”.`,
  archiveRefSaved: (ref) => `The archive reference is saved: ${literal(ref, "inline")}.`,
  detailsSaved: "Introduction, meeting papers and archive reference are saved.",
  refusals: {
    introTooLong: `The introduction is too long (at most ${DETAIL_LIMITS.intro} characters).`,
    papersNotHttps: "The link to the meeting papers must be a full https link, e.g. “https://www.osloregionen.no/…”.",
    papersTooLong: `The link to the meeting papers is too long (at most ${DETAIL_LIMITS.papersUrl} characters).`,
    papersTextTooLong: `The link's text is too long (at most ${DETAIL_LIMITS.papersText} characters).`,
    archiveRefTooLong: `The archive reference is too long (at most ${DETAIL_LIMITS.archiveRef} characters).`,
  },
  showDetails: "Introduction and papers",
  introLabel: "Introduction in the referat",
  papersUrlLabel: "Link to the meeting papers (https)",
  papersTextLabel: "Text for the link (optional)",
  archiveRefLabel: "Archive reference (Our ref)",
  saveDetails: "Save",
};

export const detailsTexts = (language: Language): DetailsTexts => (language === "en" ? en : nb);
