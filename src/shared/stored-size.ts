/** Azure Cosmos DB takes items up to 2 MB of JSON; the documents that grow keep a bound well under it. */
export const storedBytes = (document: unknown): number => Buffer.byteLength(JSON.stringify(document), "utf8");
