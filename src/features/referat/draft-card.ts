import type { Group } from "../working-group";
import type { Language } from "../../shared/language";
import type { Meeting } from "../../shared/meeting/meeting";
import { textsFor } from "../../shared/texts";
import { withLeaderRefresh } from "../../shared/cards/leader-refresh";
import type { AdaptiveCard } from "../../shared/cards/render-card";
import { referatCard } from "./referat-card";
import { referatView } from "./referat-summary";
import type { ReferatVersion } from "./referat-version";
import { referatTexts } from "./texts";

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
  const leaderView = { meetingId: meeting.meetingId, title: textsFor(language).leaderView, verb: "referat.draft" };
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
