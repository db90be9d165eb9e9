import type { Container } from "@azure/cosmos";

/** Every document of one partition, whatever its type: a single-partition query (for what must see them all). */
export async function everyDocument(container: Container, key: "meetingId" | "groupId", value: string): Promise<Record<string, unknown>[]> {
  const { resources } = await container.items
    .query<Record<string, unknown>>(
      { query: `SELECT * FROM c WHERE c.${key} = @value`, parameters: [{ name: "@value", value }] },
      { partitionKey: value },
    )
    .fetchAll();
  return resources;
}
