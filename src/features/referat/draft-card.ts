import { z } from "zod";
import type { Group } from "../working-group";
import type { Language } from "../../shared/language";
import type { Meeting } from "../../shared/meeting/meeting";
import { textsFor } from "../../shared/texts";
import { notFound } from "../../shared/refusals";
import { withLeaderRefresh } from "../../shared/cards/leader-refresh";
import type { AdaptiveCard } from "../../shared/cards/render-card";
import { referatCard } from "./referat-card";
import { referatView, referatWithLinks } from "./referat-summary";
import type { ReferatVersion } from "./referat-version";
import { referatTexts } from "./texts";
import { meetingCardAction, type CardActionRoute } from "./services";

const DRAFT_VIEW = "referat.draft";

/**
 * A draft as the chat shows it: participants see that a version exists, not its text or links;
 * Teams fetches the chair's and the secretary's own view (`refresh.userIds`), with the links.
 */
export function sharedDraftCard(
  meeting: Meeting,
  group: Group,
  version: ReferatVersion,
  created: boolean,
  language: Language,
): AdaptiveCard {
  const leaderView = { meetingId: meeting.meetingId, title: textsFor(language).leaderView, verb: DRAFT_VIEW };
  const card = referatCard(
    {
      ...referatView(group, version, created),
      docxUrl: "",
      markdownUrl: "",
      sharedNote: referatTexts(language).draftShared(version.version),
      leaderView,
    },
    language,
  );
  return withLeaderRefresh(card, meeting, {
    ...leaderView,
    data: { meetingId: meeting.meetingId, version: version.version, unchanged: !created },
  });
}

/** The leaders' view of a draft card: that version with fresh links (a participant is refused). */
export const draftCardActions: CardActionRoute[] = [
  meetingCardAction({
    verb: DRAFT_VIEW,
    schema: z.object({
      meetingId: z.string().min(1).max(1024),
      version: z.coerce.number().int().min(1).max(100_000),
      // The templated button sends it as text.
      unchanged: z.preprocess((value) => value === true || value === "true", z.boolean()).optional(),
    }),
    leadersOnly: true,
    handle: async ({ turn, meeting, data }) => {
      const texts = referatTexts(turn.conversation.language);
      const [stored, group] = await Promise.all([
        turn.services.referats.version(meeting.doc.meetingId, data.version),
        meeting.doc.groupId ? turn.services.groups.read(meeting.doc.groupId) : undefined,
      ]);
      if (!stored || !group) return notFound(texts.noDraft);
      const { card } = await referatWithLinks(turn, meeting.doc, group.doc, stored.doc, !data.unchanged);
      return { kind: "card", card };
    },
  }),
];
