import { createHash, randomBytes } from "node:crypto";
import type { Container } from "@azure/cosmos";
import { readVersioned } from "../../storage/etag-update";

/**
 * A download link: container `downloadLinks`, partition `/tokenHash`. Only the SHA-256 of the
 * token is stored, so the database never holds a working link. `ttl` lets Azure Cosmos DB
 * purge it after expiry (where the container has TTL on); the expiry is checked regardless.
 */
export interface DownloadLink {
  id: string;
  tokenHash: string;
  docType: "downloadLink";
  meetingId: string;
  /**
   * What it opens: a referat version (absent: older links), the meeting's notice as it stands, or what
   * is stored about one person (innsyn: `subject` in the groups `groupIds`, collected when downloaded).
   */
  kind?: "referat" | "notice" | "innsyn";
  groupIds?: string[];
  subject?: { aadObjectId?: string; name: string };
  /** The language of the chat the link was made in (a notice is rendered when downloaded). */
  language?: "nb" | "en";
  version: number;
  fileName: string;
  createdAt: string;
  expiresAt: string;
  ttl: number;
}

/** 256 random bits, base64url: 43 characters. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

const hashOf = (token: string): string => createHash("sha256").update(token).digest("hex");

export class DownloadLinkStore {
  constructor(private readonly container: Container) {}

  /** A new link to one referat version; returns its secret token. */
  async issue(
    target: Pick<DownloadLink, "meetingId" | "version" | "fileName" | "kind" | "language" | "groupIds" | "subject">,
    now: Date,
    lifetimeMs: number,
  ): Promise<string> {
    const token = randomBytes(32).toString("base64url");
    const tokenHash = hashOf(token);
    const link: DownloadLink = {
      id: tokenHash,
      tokenHash,
      docType: "downloadLink",
      ...target,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + lifetimeMs).toISOString(),
      ttl: Math.ceil(lifetimeMs / 1000),
    };
    await this.container.items.create(link);
    return token;
  }

  /** The link a token opens, unless the token is malformed, unknown or expired. */
  async resolve(token: string, now: Date): Promise<DownloadLink | undefined> {
    if (!TOKEN.test(token)) return undefined;
    const tokenHash = hashOf(token);
    const found = await readVersioned<DownloadLink>(this.container.item(tokenHash, tokenHash));
    if (!found || found.doc.expiresAt <= now.toISOString()) return undefined;
    return found.doc;
  }
}
