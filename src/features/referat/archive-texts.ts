import type { Language } from "../../shared/language";
import type { MeetingStatus } from "../../shared/meeting/meeting";

const nb = {
  title: (group: string) => `Referatarkiv – ${group}`,
  summary: (from: number, to: number, all: number) => (all === 0 ? "Ingen møter ennå." : `Møte ${from}–${to} av ${all}, nyeste først`),
  status: { planned: "Planlagt", running: "Pågår", ended: "Avsluttet" } satisfies Record<MeetingStatus, string>,
  version: (n: number, approved: boolean) => `versjon ${n}, ${approved ? "godkjent" : "utkast"}`,
  noReferat: "ikke noe referat ennå",
  download: "Last ned",
  linkNote: "«Last ned» gir Word-filen; lenkene virker i 24 timer. Skriv «referat arkiv» for nye.",
  older: "Eldre",
  draftOnlyLeaders: "Utkast kan bare møteleder og sekretær laste ned. Godkjente referater kan alle laste ned.",
  unknown: "Fant ikke det møtet i faggruppens arkiv.",
};

export type ArchiveTexts = typeof nb;

const en: ArchiveTexts = {
  title: (group) => `Minutes archive – ${group}`,
  summary: (from, to, all) => (all === 0 ? "No meetings yet." : `Meetings ${from}–${to} of ${all}, newest first`),
  status: { planned: "Planned", running: "Running", ended: "Ended" },
  version: (n, approved) => `version ${n}, ${approved ? "approved" : "draft"}`,
  noReferat: "no minutes yet",
  download: "Download",
  linkNote: "“Download” gives the Word file; the links work for 24 hours. Type “minutes archive” for new ones.",
  older: "Older",
  draftOnlyLeaders: "Only the chair and the secretary can download drafts. Anyone can download approved minutes.",
  unknown: "No such meeting in the group's archive.",
};

export const archiveTexts = (language: Language): ArchiveTexts => (language === "en" ? en : nb);
