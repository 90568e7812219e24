import { NextResponse, type NextRequest } from "next/server";
import { PATHNAME_HEADER, SESSION_COOKIE, isSecureRequest, sessionCookieOptions } from "@/lib/auth/cookie";
import { csrfCookieName, csrfTokenFromCookies, mintCsrfCookieValue } from "@/lib/auth/csrf";
import { decodeSessionToken, encodeSessionToken } from "@/lib/auth/token";

/** A persistent cookie is re-issued (another 30 days) at most this often while used. */
const RENEW_AFTER_S = 60 * 60;

// Early comfort for /editor: no (readable) session cookie → /login?next=… . It doesn't touch
// the database; the editor layout and every action validate the session row themselves.
export async function guardEditorArea(request: NextRequest): Promise<NextResponse | null> {
  const { pathname, search } = request.nextUrl;
  const here = pathname + search;
  const claims = await decodeSessionToken(request.cookies.get(SESSION_COOKIE)?.value);
  if (!claims) {
    const login = new URL("/login", request.url);
    login.searchParams.set("next", here);
    const response = NextResponse.redirect(login, 303);
    if (request.cookies.has(SESSION_COOKIE)) response.cookies.delete(SESSION_COOKIE);
    return response;
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(PATHNAME_HEADER, here);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  // "Renewed while used": slide the persistent cookie's Max-Age forward (the row's expiry
  // slides in validateSession). Browser-session cookies are never given an expiry here.
  if (claims.persistent && Date.now() / 1000 - claims.issuedAt > RENEW_AFTER_S) {
    const secure = isSecureRequest(request.url, request.headers.get("x-forwarded-proto"));
    const token = await encodeSessionToken(claims);
    response.cookies.set(SESSION_COOKIE, token, sessionCookieOptions({ persistent: true, secure }));
  }
  return response;
}

/**
 * /login: gives a first-time visitor next-auth's CSRF cookie, on the response and on the
 * request the page renders from, so the form carries a valid token even without JavaScript.
 */
export function prepareLoginPage(request: NextRequest): NextResponse {
  if (csrfTokenFromCookies(request.cookies)) return NextResponse.next();
  const secure = isSecureRequest(request.url, request.headers.get("x-forwarded-proto"));
  const name = csrfCookieName(secure);
  const value = mintCsrfCookieValue();
  request.cookies.set(name, value);
  const response = NextResponse.next({ request: { headers: new Headers(request.headers) } });
  response.cookies.set(name, value, { path: "/", httpOnly: true, sameSite: "lax", secure });
  return response;
}
