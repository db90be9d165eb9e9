/**
 * The Cosmos DB containers the bot uses and their partition keys (DESIGN §4).
 * The infrastructure templates are checked against this list.
 */
export const containerDefinitions = {
  /** One document per Teams conversation the bot is in: where to reply, locale, install marker. */
  conversations: { id: "conversations", partitionKeyPath: "/conversationId" },
  /** Everything of one meeting lives in its logical partition. */
  meetings: { id: "meetings", partitionKeyPath: "/meetingId" },
  /** A faggruppe with its members and municipalities; it outlives its meetings. */
  groups: { id: "groups", partitionKeyPath: "/groupId" },
} as const;

export type ContainerName = keyof typeof containerDefinitions;
export const containerNames = Object.keys(containerDefinitions) as ContainerName[];
