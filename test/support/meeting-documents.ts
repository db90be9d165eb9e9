import type { TestStorage } from "../../scripts/replay/test-storage";

/** Every stored document of one type in a meeting's partition, read straight from Cosmos (not through the bot's stores). */
export async function meetingDocuments<T>(storage: TestStorage, meetingId: string | undefined, docType: string): Promise<T[]> {
  const { resources } = await storage
    .container("meetings")
    .items.query<T>({
      query: "SELECT * FROM c WHERE c.docType = @t AND c.meetingId = @m",
      parameters: [
        { name: "@t", value: docType },
        { name: "@m", value: meetingId ?? "" },
      ],
    })
    .fetchAll();
  return resources;
}
