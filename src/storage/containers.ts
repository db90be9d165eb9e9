/**
 * The Cosmos DB containers the bot uses and their partition keys (DESIGN §4).
 * The infrastructure templates are checked against this list.
 * `defaultTtl: -1` turns on per-document `ttl` (expiry) without a default.
 */
export const containerDefinitions = {
  /** One document per Teams conversation the bot is in: where to reply, locale, install marker. */
  conversations: { id: "conversations", partitionKeyPath: "/conversationId" },
  /** Everything of one meeting lives in its logical partition. */
  meetings: { id: "meetings", partitionKeyPath: "/meetingId" },
  /** A faggruppe with its members and municipalities; it outlives its meetings. */
  groups: { id: "groups", partitionKeyPath: "/groupId" },
  /** Expiring download links to referat files, found by the hash of their secret token. */
  downloadLinks: { id: "downloadLinks", partitionKeyPath: "/tokenHash", defaultTtl: -1 },
  /** Messages the bot sends by itself (round-table reminders), partitioned by their Oslo due day: a sweep reads one partition. */
  schedule: { id: "schedule", partitionKeyPath: "/day", defaultTtl: -1 },
} as const satisfies Record<string, { id: string; partitionKeyPath: string; defaultTtl?: number }>;

export type ContainerName = keyof typeof containerDefinitions;
export const containerNames = Object.keys(containerDefinitions) as ContainerName[];
