import { personExport, type DataSubject, type PersonExport } from "./person-data";
import type { PersonvernServices } from "./services";

/** Everything stored about one person in the given groups and their meetings, collected now. */
export async function collectInnsyn(
  services: Pick<PersonvernServices, "personvern" | "meetingIndex" | "now">,
  groupIds: string[],
  subject: DataSubject,
): Promise<PersonExport[]> {
  return Promise.all(
    groupIds.map(async (groupId) => {
      const index = await services.meetingIndex.list(groupId);
      const meetings = await Promise.all(
        index.map(async (entry) => ({
          meetingId: entry.meetingId,
          title: entry.title,
          start: entry.start,
          documents: await services.personvern.meetingDocuments(entry.meetingId),
        })),
      );
      return personExport(subject, groupId, await services.personvern.groupDocuments(groupId), meetings, services.now());
    }),
  );
}

export const isEmpty = (exports: PersonExport[]): boolean => exports.every((each) => each.group.length === 0 && each.meetings.length === 0);
