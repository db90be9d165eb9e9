import { z } from "zod";
import { meetingCardAction, type CardActionRoute } from "./services";
import { checkInAction, chooseMunicipalityAction } from "./check-in";
import { manualAttendanceAction } from "./manual-attendance";

// Data that is not what the card sends counts as not given: the handlers answer with their own messages.
const optionalText = (max?: number) => (max ? z.string().max(max) : z.string()).optional().catch(undefined);

const municipalitySchema = z.object({ municipality: optionalText(100) });

/** Texts are measured by the handlers, each with its own message (the body is at most 1 MB). */
const manualSchema = z.object({
  guestName: optionalText(),
  guestMunicipality: optionalText(100),
  person: optionalText(300),
  reason: optionalText(),
});

const manualVerbs = ["attendance.manage", "attendance.add", "attendance.absent", "attendance.remove"] as const;

/** The check-in card: "Registrer oppmøte", the newcomer's municipality, and the leaders' "Administrer". */
export const attendanceCardActions: CardActionRoute[] = [
  meetingCardAction({
    verb: "attendance.checkIn",
    schema: z.object({}),
    handle: ({ turn, meeting }) => checkInAction(turn, meeting.doc),
  }),
  meetingCardAction({
    verb: "attendance.municipality",
    schema: municipalitySchema,
    handle: ({ turn, meeting, data }) => chooseMunicipalityAction(turn, meeting.doc, data.municipality),
  }),
  ...manualVerbs.map((verb) =>
    meetingCardAction({
      verb,
      schema: manualSchema,
      leadersOnly: true,
      handle: ({ turn, meeting, data }) => manualAttendanceAction(turn, meeting.doc, verb, data),
    }),
  ),
];
