import { z } from "zod";
import type { UserAuthenticator } from "./answer-route";

const devUserSchema = z.object({ aadObjectId: z.string().min(1).max(100), name: z.string().min(1).max(200) });

/**
 * `npm run dev` only (authentication off and NODE_ENV=development, checked by the configuration):
 * the panel's identity picker names who the browser acts as — `Authorization: DevUser <base64url JSON>`.
 * Never mounted otherwise: there, a panel request without an Entra token is 401.
 */
export const devUserAuthenticator: UserAuthenticator = async (authorization) => {
  const encoded = /^DevUser\s+(\S+)$/.exec(authorization ?? "")?.[1];
  if (!encoded) return { ok: false, reason: "no development identity" };
  try {
    const user = devUserSchema.parse(JSON.parse(Buffer.from(encoded, "base64url").toString("utf8")));
    return { ok: true, user };
  } catch {
    return { ok: false, reason: "malformed development identity" };
  }
};
