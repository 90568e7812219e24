import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";

// The internal route through which the worker expires cache tags on a server that keeps its
// cache in memory (no REDIS_URL: one `npm start` server). Authenticated by a token derived
// from the secret every process of the site shares; never linked, never cached.

export const INTERNAL_EXPIRE_PATH = "/api/internal/cache/expire";
const TOKEN_PURPOSE = "local-news:internal-cache-expire";

export function internalExpireToken(): string {
  return createHmac("sha256", authSecret()).update(TOKEN_PURPOSE).digest("base64url");
}

export function isInternalExpireRequest(authorization: string | null): boolean {
  const expected = Buffer.from(`Bearer ${internalExpireToken()}`);
  const given = Buffer.from(authorization ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
