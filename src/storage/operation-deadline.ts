import type { PluginConfig } from "@azure/cosmos";
import { cosmosStatus, StorageUnavailableError } from "./storage-errors";

/**
 * Bounds one Cosmos operation in time, the SDK's retries included. Without it a hung account
 * keeps a user waiting for minutes: with endpoint discovery on, the SDK retries a read that
 * timed out up to 120 times. At the deadline the operation is aborted (a retry the SDK is
 * waiting to send is never sent) and fails as a storage outage, as does every failure that
 * is not an answer from Cosmos.
 */
export function operationDeadline(deadlineMs: number): PluginConfig {
  return {
    on: "operation",
    plugin: async (context, _diagnostics, next) => {
      const deadline = new AbortController();
      const callerSignal = context.options?.abortSignal;
      context.options = {
        ...context.options,
        abortSignal: callerSignal ? AbortSignal.any([callerSignal, deadline.signal]) : deadline.signal,
      };
      let timer: NodeJS.Timeout | undefined;
      const expired = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          deadline.abort();
          reject(new StorageUnavailableError(`no answer within ${deadlineMs} ms`));
        }, deadlineMs);
      });
      try {
        return await Promise.race([next(context), expired]);
      } catch (error) {
        // Without a status code Cosmos never answered (refused, reset, timed out, aborted).
        throw cosmosStatus(error) === undefined && !(error instanceof StorageUnavailableError) ? new StorageUnavailableError(error) : error;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
