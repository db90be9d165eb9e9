import { presentByMunicipality, type AttendanceList } from "./attendance-list";
import type { Language } from "../../shared/language";
import { attendanceTexts } from "./texts";
import { literal } from "../../shared/markdown-literal";
import { renderCard, type AdaptiveCard } from "../../shared/cards/render-card";
import attendanceTemplate from "../../../cards/attendance/attendance.card.json";
import { fitsOneMessage } from "../../shared/teams-limits";

export interface AttendanceView {
  meetingId: string;
  meetingTitle: string;
  list: AttendanceList;
  municipalities: string[];
  /** For one person: ask which municipality they represent. */
  askMunicipality?: boolean;
  /** For the chair or secretary: add, mark absent, remove. `people` are the entries to choose from. */
  manage?: { people: Array<{ key: string; name: string }> };
}

/**
 * The shared check-in card: count, present people by municipality, guests, forfall. When the names
 * would make it too big for one Teams message (a joint meeting of hundreds), each municipality shows
 * how many are there instead, and the forfall their names without reasons — the cut said on the card.
 */
export function attendanceCard(view: AttendanceView, language: Language): AdaptiveCard {
  const full = renderAttendance(view, language, false);
  return fitsOneMessage(JSON.stringify(full)) ? full : renderAttendance(view, language, true);
}

function renderAttendance(view: AttendanceView, language: Language, headcounts: boolean): AdaptiveCard {
  const texts = attendanceTexts(language);
  const shown = (names: string[]): string => (headcounts ? texts.headcount(names.length) : literal(names.join(", ")));
  const groups = presentByMunicipality(view.list, view.municipalities).map((group) => ({
    label: group.guests ? texts.guests : group.municipality !== undefined ? literal(group.municipality) : texts.withoutMunicipality,
    names: shown(group.names),
  }));
  const secretariat = view.list.secretariat.map((person) => person.name);
  if (secretariat.length > 0) groups.push({ label: texts.secretariat, names: literal(secretariat.join(", ")) });
  const absent = view.list.absent.map((a) =>
    a.reason && !headcounts ? `${literal(a.name, "inline")} (${literal(a.reason, "inline")})` : literal(a.name, "inline"),
  );
  return renderCard(attendanceTemplate, {
    meetingId: view.meetingId,
    title: literal(texts.title(view.meetingTitle)),
    count: texts.count(
      view.list.present.filter((p) => !p.guest).length,
      view.list.present.filter((p) => p.guest).length,
      secretariat.length > 0,
    ),
    hasPresent: groups.length > 0,
    noOneText: texts.noOne,
    groups,
    hasAbsent: absent.length > 0,
    absentText: `${texts.absent}: ${absent.join(", ")}`,
    askMunicipality: Boolean(view.askMunicipality) && view.municipalities.length > 0,
    askText: texts.askMunicipality,
    municipalityLabel: texts.municipalityLabel,
    municipalities: view.municipalities.map((name) => ({ name })),
    saveMunicipalityText: texts.saveMunicipality,
    manage: Boolean(view.manage),
    guestNameLabel: texts.guestNameLabel,
    guestMunicipalityLabel: texts.guestMunicipalityLabel,
    addText: texts.add,
    people: view.manage?.people ?? [],
    personLabel: texts.personLabel,
    reasonLabel: texts.reasonLabel,
    markAbsentText: texts.markAbsent,
    removeText: texts.remove,
    checkInText: texts.checkIn,
    manageText: texts.manage,
  });
}
