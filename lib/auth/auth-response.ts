import { SESSION_COOKIE, serializeSessionCookie } from "@/lib/auth/cookie";
import { safeNextPath } from "@/lib/auth/next-path";
import { decodeSessionToken } from "@/lib/auth/token";

// next-auth v4 gives every session cookie the same Expires (now + session.maxAge): it has
// no notion of "this sign-in is for this browser session only". We rewrite the Set-Cookie
// of the session token on the way out — unticked: no Expires/Max-Age at all (a real
// browser-session cookie); ticked: Max-Age of 30 days — HttpOnly, SameSite=Lax, Secure on
// https. The persistence flag is read back from the sealed token the same response carries.
export async function shapeSessionCookies(headers: Headers, secure: boolean): Promise<void> {
  const cookies = headers.getSetCookie();
  if (!cookies.some((c) => c.startsWith(`${SESSION_COOKIE}=`))) return;
  const shaped: string[] = [];
  for (const cookie of cookies) {
    shaped.push(await shapeOne(cookie, secure));
  }
  headers.delete("Set-Cookie");
  for (const cookie of shaped) headers.append("Set-Cookie", cookie);
}

async function shapeOne(cookie: string, secure: boolean): Promise<string> {
  if (!cookie.startsWith(`${SESSION_COOKIE}=`)) return cookie;
  const value = cookie.slice(SESSION_COOKIE.length + 1).split(";")[0] ?? "";
  // Deletions (sign-out) pass through untouched.
  if (value === "" || /;\s*max-age=0/i.test(cookie)) return cookie;
  const claims = await decodeSessionToken(decodeURIComponent(value));
  if (!claims) return cookie;
  return serializeSessionCookie(value, { persistent: claims.persistent, secure });
}

/** The form's error code for a next-auth failure redirect, or null when it isn't one. */
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

/** Where a failed no-JavaScript sign-in lands: our form, with the error and the `next` kept. */
export function loginErrorLocation(code: string, next: string | null | undefined): string {
  const params = new URLSearchParams({ error: code });
  const path = safeNextPath(next);
  if (path) params.set("next", path);
  return `/login?${params}`;
}
