/** Status code of an error from `@azure/cosmos` (ErrorResponse.code), if it has one. */
export function cosmosStatus(error: unknown): number | undefined {
  if (error !== null && typeof error === "object" && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "number") return code;
  }
  return undefined;
}

export const isConflict = (error: unknown): boolean => cosmosStatus(error) === 409;
export const isNotFound = (error: unknown): boolean => cosmosStatus(error) === 404;
export const isPreconditionFailed = (error: unknown): boolean => cosmosStatus(error) === 412;

/** Raised when Cosmos DB cannot be reached or keeps failing; users get a clear Norwegian message. */
export class StorageUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`Storage unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = "StorageUnavailableError";
  }
}

/**
 * Cosmos did not give a definite answer: unreachable or silent (the client raises
 * StorageUnavailableError), 408, 429 after the retries, or 5xx. Any other error is a bug or
 * another service's failure, and is not reported to users as a storage outage.
 */
export function isStorageOutage(error: unknown): boolean {
  if (error instanceof StorageUnavailableError) return true;
  const status = cosmosStatus(error);
  return status !== undefined && (status === 408 || status === 429 || status >= 500);
}
