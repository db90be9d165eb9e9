import type { CardActionResult } from "./replies";

/** The error answers a card click can get (Teams shows `message` to the clicker). */
export type Refusal = Extract<CardActionResult, { kind: "error" }>;

export const badRequest = (message: string): Refusal => ({ kind: "error", status: 400, code: "BadRequest", message });
export const forbidden = (message: string): Refusal => ({ kind: "error", status: 403, code: "Forbidden", message });
export const notFound = (message: string): Refusal => ({ kind: "error", status: 404, code: "NotFound", message });
export const unknownAction = (message: string): Refusal => ({ kind: "error", status: 400, code: "UnknownAction", message });
export const internalError = (message: string): Refusal => ({ kind: "error", status: 500, code: "InternalError", message });
export const storageUnavailable = (message: string): Refusal => ({ kind: "error", status: 503, code: "StorageUnavailable", message });
