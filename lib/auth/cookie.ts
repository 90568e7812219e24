// The session cookie's name and shape, in one place for the route wrapper, the proxy and
// sign-out. Unticked "로그인 유지" = a browser-session cookie: no Expires, no Max-Age, so the
// browser drops it on close. Ticked = persistent for 30 days, re-issued while the editor is used.
export const SESSION_COOKIE = "ln_session";
export const PERSISTENT_COOKIE_MAX_AGE_S = 30 * 24 * 60 * 60;

export type SessionCookieOptions = { persistent: boolean; secure: boolean };

export function serializeSessionCookie(value: string, { persistent, secure }: SessionCookieOptions): string {
  const parts = [`${SESSION_COOKIE}=${value}`, "Path=/", "HttpOnly", "SameSite=Lax"];
  if (secure) parts.push("Secure");
  if (persistent) parts.push(`Max-Age=${PERSISTENT_COOKIE_MAX_AGE_S}`);
  return parts.join("; ");
}

/** Options for `cookies().set(...)` / `response.cookies.set(...)` with the same shape. */
export function sessionCookieOptions({ persistent, secure }: SessionCookieOptions) {
  return {
    path: "/",
    httpOnly: true,
    sameSite: "lax" as const,
    secure,
    ...(persistent ? { maxAge: PERSISTENT_COOKIE_MAX_AGE_S } : {}),
  };
}

/** Request header through which the proxy tells layouts the path, for /login?next=… */
export const PATHNAME_HEADER = "x-ln-pathname";
