import type { Item, Resource } from "@azure/cosmos";
import { isPreconditionFailed } from "./storage-errors";

/** A document as read, with the ETag that guards the next write. */
export interface Versioned<T> {
  doc: T;
  etag: string;
}

/** What a change function decided: a new document, or no write at all. */
export type Decision<T, R> = { write: T; result: R } | { result: R };

const MAX_ATTEMPTS = 12;

/**
 * Read-modify-write with `If-Match`. On 412 (someone wrote in between) the document is read
 * again and `decide` runs on the fresh state, so concurrent changes are never lost.
 * `decide` must be pure: it may run more than once. A document every writer of a group contends
 * for (a counter) allows more attempts: of n writers at once, the last may need n.
 */
export async function updateWithEtag<T extends object, R>(
  item: Item,
  current: Versioned<T> | undefined,
  decide: (doc: T) => Decision<T, R>,
  maxAttempts = MAX_ATTEMPTS,
): Promise<{ result: R; doc: T; written: boolean } | undefined> {
  let versioned = current ?? (await readVersioned<T>(item));
  for (let attempt = 0; attempt < maxAttempts && versioned; attempt++) {
    const decision = decide(versioned.doc);
    if (!("write" in decision)) return { result: decision.result, doc: versioned.doc, written: false };
    try {
      const { resource } = await item.replace<T>(decision.write, {
        accessCondition: { type: "IfMatch", condition: versioned.etag },
      });
      return { result: decision.result, doc: (resource as T | undefined) ?? decision.write, written: true };
    } catch (error) {
      if (!isPreconditionFailed(error)) throw error;
      versioned = await readVersioned<T>(item);
    }
  }
  if (!versioned) return undefined;
  throw new Error(`Gave up after ${maxAttempts} conflicting writes`);
}

export async function readVersioned<T extends object>(item: Item): Promise<Versioned<T> | undefined> {
  const { resource } = await item.read<T & Resource>();
  if (!resource) return undefined;
  return { doc: resource, etag: resource._etag };
}
