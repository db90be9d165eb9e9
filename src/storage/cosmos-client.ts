import { Agent } from "node:https";
import { CosmosClient, type CosmosClientOptions, type PluginConfig } from "@azure/cosmos";
import { DefaultAzureCredential } from "@azure/identity";
import { operationDeadline } from "./operation-deadline";

/** Well-known key of local Cosmos emulators; the embedded server does not check it. */
export const LOCAL_EMULATOR_KEY = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nqbVAdlR9EIjLzlW9KmDTqaXZFtaIxFoBLkZLmlA==";

export interface CosmosConnection {
  endpoint: string;
  /** Account key; without one the client authenticates with Entra ID (managed identity). */
  key?: string;
  /** Accept the self-signed certificate of a local server. Applies to this client only. */
  allowSelfSigned?: boolean;
}

/** One operation, retries included, ends within this; the user's answer follows inside Teams' 5 s. */
const OPERATION_DEADLINE_MS = 3500;

/** @azure/cosmos 4.9.3 takes `plugins` but leaves it out of its typings (`PluginConfig` is public). */
type OptionsWithPlugins = CosmosClientOptions & { plugins: PluginConfig[] };

const connectionPolicy: CosmosClientOptions["connectionPolicy"] = {
  requestTimeout: 3000,
  // On 429 the SDK waits what Cosmos asks (x-ms-retry-after-ms) before each retry; a fixed
  // interval would override that. Waits stop adding up after 2 s; the deadline caps the rest.
  retryOptions: { maxRetryAttemptCount: 5, maxWaitTimeInSeconds: 2 },
};

export function createCosmosClient(connection: CosmosConnection): CosmosClient {
  const agent = connection.allowSelfSigned ? new Agent({ keepAlive: true, rejectUnauthorized: false }) : new Agent({ keepAlive: true });
  const options: OptionsWithPlugins = {
    endpoint: connection.endpoint,
    ...(connection.key ? { key: connection.key } : { aadCredentials: new DefaultAzureCredential() }),
    agent,
    plugins: [operationDeadline(OPERATION_DEADLINE_MS)],
    connectionPolicy: {
      ...connectionPolicy,
      // A local server has one location; discovery would only add a request.
      enableEndpointDiscovery: !connection.allowSelfSigned,
    },
  };
  return new CosmosClient(options);
}
