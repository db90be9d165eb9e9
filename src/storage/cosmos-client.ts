import { Agent } from "node:https";
import { CosmosClient, type CosmosClientOptions } from "@azure/cosmos";

/** Well-known key of local Cosmos emulators; the embedded server does not check it. */
export const LOCAL_EMULATOR_KEY =
  "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nqbVAdlR9EIjLzlW9KmDTqaXZFtaIxFoBLkZLmlA==";

export interface CosmosConnection {
  endpoint: string;
  /** Account key; without one the client authenticates with Entra ID (managed identity). */
  key?: string;
  /** Accept the self-signed certificate of a local server. Applies to this client only. */
  allowSelfSigned?: boolean;
}

const connectionPolicy: CosmosClientOptions["connectionPolicy"] = {
  // Fail within seconds when storage is down, so users get an answer inside Teams' deadline.
  requestTimeout: 4000,
  retryOptions: { maxRetryAttemptCount: 3, fixedRetryIntervalInMilliseconds: 0, maxWaitTimeInSeconds: 4 },
};

export function createCosmosClient(connection: CosmosConnection): CosmosClient {
  const agent = connection.allowSelfSigned
    ? new Agent({ keepAlive: true, rejectUnauthorized: false })
    : new Agent({ keepAlive: true });
  return new CosmosClient({
    endpoint: connection.endpoint,
    ...(connection.key ? { key: connection.key } : { aadCredentials: entraIdCredential() }),
    agent,
    connectionPolicy: {
      ...connectionPolicy,
      // A local server has one location; discovery would only add a request.
      enableEndpointDiscovery: !connection.allowSelfSigned,
    },
  });
}

/** Loaded only without a key: @azure/identity adds about 20 MB and 0.2 s to every start. */
function entraIdCredential(): NonNullable<CosmosClientOptions["aadCredentials"]> {
  const { DefaultAzureCredential } = require("@azure/identity") as typeof import("@azure/identity");
  return new DefaultAzureCredential();
}
