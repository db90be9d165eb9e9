import { z } from "zod";
import { httpRoute, type AnswerRoute } from "../../shared/http-routes";
import type { PanelServices } from "./services";

/**
 * `npm run dev` only (mounted when authentication is off and NODE_ENV=development): whom the panel's
 * identity picker offers for a chat — its meeting's chair and secretary and its group's members.
 */
export function panelDevRoutes<S extends PanelServices>(): AnswerRoute<S>[] {
  return [
    httpRoute<S, z.ZodObject<{ chatId: z.ZodString }>>({
      method: "GET",
      path: "/api/panel/dev/people",
      auth: "public",
      query: z.object({ chatId: z.string().min(1).max(400) }),
      answer: async ({ query, services }) => {
        const record = await services.conversations.get(query.chatId);
        const meetingId = record?.meetingId ?? record?.currentMeetingId;
        const meeting = meetingId ? (await services.meetings.read(meetingId))?.doc : undefined;
        const groupId = meeting?.groupId ?? record?.groupId;
        const group = groupId ? (await services.groups.read(groupId))?.doc : undefined;
        const people = new Map<string, { aadObjectId: string; name: string; role: string }>();
        for (const [role, person] of Object.entries(meeting?.roles ?? {}))
          if (person) people.set(person.aadObjectId, { aadObjectId: person.aadObjectId, name: person.name, role });
        for (const member of group?.members ?? [])
          if (member.aadObjectId && !people.has(member.aadObjectId))
            people.set(member.aadObjectId, {
              aadObjectId: member.aadObjectId,
              name: member.name,
              role: member.municipality ?? member.role,
            });
        return { kind: "json", status: 200, body: { people: [...people.values()] } };
      },
    }),
  ];
}
