import { decode, encode } from "next-auth/jwt";
import { authSecret } from "@/lib/auth/secret";

// The cookie's content: next-auth's sealed JWT (A256GCM) holding only the session id and
// whether the session is persistent (a hint for shaping the cookie; the database row decides).
export type SessionClaims = { sid: string; persistent: boolean };

export const TOKEN_MAX_AGE_S = 30 * 24 * 60 * 60;

export async function encodeSessionToken(claims: SessionClaims): Promise<string> {
  return encode({ token: { sid: claims.sid, p: claims.persistent }, secret: authSecret(), maxAge: TOKEN_MAX_AGE_S });
}

export type DecodedSession = SessionClaims & { issuedAt: number };

/** The claims, or null for a missing, tampered, foreign or expired token. */
export async function decodeSessionToken(raw: string | undefined): Promise<DecodedSession | null> {
  if (!raw) return null;
  try {
    const payload = await decode({ token: raw, secret: authSecret() });
    if (!payload || typeof payload.sid !== "string" || payload.sid.length === 0) return null;
    return { sid: payload.sid, persistent: payload.p === true, issuedAt: typeof payload.iat === "number" ? payload.iat : 0 };
  } catch {
    return null;
  }
}
