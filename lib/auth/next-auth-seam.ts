import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { decode, encode } from "next-auth/jwt";
import { SESSION_COOKIE, serializeSessionCookie } from "@/lib/auth/cookie";
import { authSecret } from "@/lib/auth/secret";

// Everything that depends on how next-auth v4 behaves beyond its typed options lives here, and
// tests/integration/next-auth-seam.test.ts runs each piece against the real next-auth handler.
// We keep next-auth: it runs the credentials flow, CSRF included, and our sessions already live
// in PostgreSQL behind its sealed cookie; owning the cookie instead would mean rewriting that
// flow for the two things it lacks (a lifetime per sign-in, revocation), which sit on top here.
// Outside this module next-auth is used only through its typed API (NextAuth(), AuthOptions).

// -------------------------------------------------------------------------------------------
// Environment. next-auth v4 builds its redirects on NEXTAUTH_URL, else http://localhost:3000
// unless AUTH_TRUST_HOST lets it use the request's host; the route wrapper only lets our own
// hosts through (lib/http/host.ts), so trusting the host is safe.

export function configureNextAuthEnvironment(env: NodeJS.ProcessEnv = process.env): void {
  if (!env.NEXTAUTH_URL) env.AUTH_TRUST_HOST ??= "true";
}

/** The REST actions next-auth answers under /api/auth/ (anything else is our 404). */
export const NEXT_AUTH_ACTIONS: ReadonlySet<string> = new Set(["signin", "signout", "callback", "csrf", "session", "providers", "error"]);

// -------------------------------------------------------------------------------------------
// The session token: next-auth's sealed JWT (A256GCM, `next-auth/jwt`), holding only the
// session id and whether the session is persistent (a hint for shaping the cookie; the
// database row decides). The proxy mints it too, when it renews a persistent cookie.

export type SessionClaims = { sid: string; persistent: boolean };
export type DecodedSession = SessionClaims & { issuedAt: number };

export const TOKEN_MAX_AGE_S = 30 * 24 * 60 * 60;

export async function encodeSessionToken(claims: SessionClaims): Promise<string> {
  return encode({ token: { sid: claims.sid, p: claims.persistent }, secret: authSecret(), maxAge: TOKEN_MAX_AGE_S });
}

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

// -------------------------------------------------------------------------------------------
// The session cookie. next-auth v4 gives every session cookie the same Expires (now +
// session.maxAge): it has no notion of "this sign-in is for this browser session only". The
// route rewrites the Set-Cookie of the session token on the way out — unticked: no
// Expires/Max-Age (a real browser-session cookie); ticked: Max-Age of 30 days. The persistence
// flag is read back from the sealed token the same response carries.

export async function shapeSessionCookies(headers: Headers, secure: boolean): Promise<void> {
  const cookies = headers.getSetCookie();
  if (!cookies.some((c) => c.startsWith(`${SESSION_COOKIE}=`))) return;
  const shaped: string[] = [];
  for (const cookie of cookies) shaped.push(await shapeSessionCookie(cookie, secure));
  headers.delete("Set-Cookie");
  for (const cookie of shaped) headers.append("Set-Cookie", cookie);
}

async function shapeSessionCookie(cookie: string, secure: boolean): Promise<string> {
  if (!cookie.startsWith(`${SESSION_COOKIE}=`)) return cookie;
  const value = cookie.slice(SESSION_COOKIE.length + 1).split(";")[0] ?? "";
  // Deletions (sign-out) pass through untouched.
  if (value === "" || /;\s*max-age=0/i.test(cookie)) return cookie;
  const claims = await decodeSessionToken(decodeURIComponent(value));
  if (!claims) return cookie;
  return serializeSessionCookie(value, { persistent: claims.persistent, secure });
}

// -------------------------------------------------------------------------------------------
// CSRF. next-auth's double-submit cookie is `token|sha256(token + secret)` under these names
// (next-auth/core/lib/csrf-token.js, core/lib/cookie.js). The proxy mints one when /login is
// opened without it, and the page puts the token into its form, so signing in works without
// JavaScript and without a detour through /api/auth/signin.

export function csrfCookieName(secure: boolean): string {
  return secure ? "__Host-next-auth.csrf-token" : "next-auth.csrf-token";
}

const CSRF_COOKIES = [csrfCookieName(true), csrfCookieName(false)];

function csrfDigest(token: string): string {
  return createHash("sha256").update(`${token}${authSecret()}`).digest("hex");
}

type CookieJar = { get(name: string): { value: string } | undefined };

/** The token of a valid CSRF cookie in `jar`, or null. */
export function csrfTokenFromCookies(jar: CookieJar): string | null {
  for (const name of CSRF_COOKIES) {
    const value = jar.get(name)?.value;
    if (!value) continue;
    const [token, hash] = decodeURIComponent(value).split("|");
    if (!token || !hash) continue;
    const expected = csrfDigest(token);
    if (hash.length === expected.length && timingSafeEqual(Buffer.from(hash), Buffer.from(expected))) return token;
  }
  return null;
}

/** The token of a valid CSRF cookie that a response sets (next-auth mints one for a bad cookie). */
export function csrfTokenFromSetCookie(headers: Headers): string | null {
  const set = new Map<string, { value: string }>();
  for (const cookie of headers.getSetCookie()) {
    const [pair = ""] = cookie.split(";");
    const at = pair.indexOf("=");
    if (at > 0) set.set(pair.slice(0, at).trim(), { value: pair.slice(at + 1) });
  }
  return csrfTokenFromCookies(set);
}

export function mintCsrfCookieValue(): string {
  const token = randomBytes(32).toString("hex");
  return `${token}|${csrfDigest(token)}`;
}

// -------------------------------------------------------------------------------------------
// The answer to a sign-in post. next-auth reports a failure as a redirect: a thrown error of
// authorize() as `/api/auth/error?error=<message>`, a CSRF mismatch as `…/signin?csrf=true`.
// Given `json=true` in the form it answers `{ url }` instead; the route takes its answer from
// the redirect, so the flag is dropped from what it forwards.

export type SignInErrorCode = "INVALID" | "THROTTLED" | "MISSING" | "CSRF";

/** The error code of a next-auth failure redirect, or null when `location` isn't one. */
export function signInErrorCode(location: string): string | null {
  let url: URL;
  try {
    url = new URL(location, "http://x.invalid");
  } catch {
    return null;
  }
  if (url.searchParams.get("csrf") === "true") return "CSRF";
  if (!url.pathname.endsWith("/api/auth/error") && !url.pathname.endsWith("/api/auth/signin")) return null;
  const error = url.searchParams.get("error");
  if (!error) return null;
  return /^[A-Z]+$/.test(error) ? error : "INVALID";
}

/** Fields that change next-auth's answer from a redirect to JSON; removed before forwarding. */
export const NEXT_AUTH_JSON_FLAG = "json";
