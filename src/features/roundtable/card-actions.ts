import { z } from "zod";
import type { Versioned } from "../../storage/etag-update";
import type { Meeting } from "../../shared/meeting/meeting";
import type { CardActionResult } from "../../shared/replies";
import { meetingCardAction, type CardActionRoute, type Turn } from "./services";
import type { Group } from "../working-group";
import { formAction } from "./roundtable-form";
import { submitAction } from "./submit-entry";
import { restoreAction } from "./restore-entry";
import { confirmAction } from "./confirm-entry";
import { roundTableTexts } from "./texts";
import { setDeadline } from "./deadline-commands";
import { notFound } from "../../shared/refusals";
import { textsFor } from "../../shared/texts";

const formSchema = z.object({
  municipality: z.string().max(100).optional().catch(undefined),
  // "Start fra forrige": the box filled with last meeting's entry.
  usePrevious: z.coerce.boolean().optional().catch(undefined),
});

const deadlineSchema = z.object({
  deadlineDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  deadlineTime: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .optional()
    .catch(undefined),
});

const submitSchema = z.object({
  // Free text is measured after parsing, so each limit gets its own message (the body is at most 1 MB).
  municipality: z.string().optional(),
  formMunicipality: z.string().optional(),
  baseRevision: z.string().max(20).optional(),
  entryText: z.string().optional(),
  presenters: z.string().optional(),
  replaceConfirmed: z.string().max(10).optional(),
});

const confirmSchema = z.object({ municipality: z.string().max(100) });

const restoreSchema = z.object({
  municipality: z.string().max(100),
  revision: z.coerce.number().int().min(0).max(1_000_000),
});

/**
 * The round table needs the meeting's group and its municipalities. In the meeting chat a copy a
 * few seconds old will do; from a personal chat, membership decides access: read afresh.
 */
async function withGroup(
  turn: Turn,
  meeting: Versioned<Meeting>,
  handle: (group: Group) => Promise<CardActionResult>,
): Promise<CardActionResult> {
  const fromPersonalChat = meeting.doc.conversationId !== turn.conversation.conversationId;
  const groupId = meeting.doc.groupId;
  const group = groupId
    ? await (fromPersonalChat ? turn.services.groups.read(groupId) : turn.services.groups.readRecent(groupId))
    : undefined;
  if (!group || group.doc.municipalities.length === 0)
    return { kind: "message", text: roundTableTexts(turn.conversation.language).noGroup };
  if (fromPersonalChat && !group.doc.members.some((m) => m.aadObjectId && m.aadObjectId === turn.from.aadObjectId))
    return notFound(textsFor(turn.conversation.language).noMeeting);
  return handle(group.doc);
}

/**
 * "Send inn for min kommune" (the form, to the clicker alone), the form's "Send inn", a leader's
 * restore, and "Bekreft teksten" (a member or leader vouching for a newcomer's change).
 */
export const roundtableCardActions: CardActionRoute[] = [
  meetingCardAction({
    verb: "roundtable.form",
    schema: formSchema,
    fromPersonalChat: true,
    handle: ({ turn, meeting, data }) =>
      withGroup(turn, meeting, (group) => formAction(turn, meeting.doc, group, data.municipality, data.usePrevious === true)),
  }),
  meetingCardAction({
    verb: "roundtable.deadline",
    schema: deadlineSchema,
    invalid: (language) => ({ kind: "message", text: roundTableTexts(language).deadlineUsage }),
    leadersOnly: true,
    handle: ({ turn, meeting, data }) =>
      withGroup(turn, meeting, async (group) => ({
        kind: "message",
        text: await setDeadline(turn, meeting.doc, group, `${data.deadlineDate} kl. ${data.deadlineTime ?? "12:00"}`),
      })),
  }),
  meetingCardAction({
    verb: "roundtable.restore",
    schema: restoreSchema,
    invalid: (language) => ({ kind: "message", text: roundTableTexts(language).noSuchRevision }),
    leadersOnly: true,
    handle: ({ turn, meeting, data }) =>
      withGroup(turn, meeting, (group) => restoreAction(turn, meeting.doc, group, data.municipality, data.revision)),
  }),
  meetingCardAction({
    verb: "roundtable.submit",
    schema: submitSchema,
    fromPersonalChat: true,
    invalid: (language) => ({ kind: "message", text: roundTableTexts(language).empty }),
    handle: ({ turn, meeting, data }) => withGroup(turn, meeting, (group) => submitAction(turn, meeting.doc, group, data)),
  }),
  meetingCardAction({
    verb: "roundtable.confirm",
    schema: confirmSchema,
    fromPersonalChat: true,
    invalid: (language) => ({ kind: "message", text: roundTableTexts(language).unknownMunicipality }),
    handle: ({ turn, meeting, data }) => withGroup(turn, meeting, (group) => confirmAction(turn, meeting.doc, group, data.municipality)),
  }),
];
