import type { Container } from "@azure/cosmos";

/**
 * Every document of one type in one partition: a single-partition query, the way each store
 * lists what belongs to a meeting or a group (`key` is the partition key's property name).
 */
export async function partitionDocs<T>(container: Container, key: "meetingId" | "groupId", value: string, docType: string): Promise<T[]> {
  const { resources } = await container.items
    .query<T>(
      {
        query: `SELECT * FROM c WHERE c.${key} = @value AND c.docType = @docType`,
        parameters: [
          { name: "@value", value },
          { name: "@docType", value: docType },
        ],
      },
      { partitionKey: value },
    )
    .fetchAll();
  return resources;
}
