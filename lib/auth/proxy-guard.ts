import { NextResponse, type NextRequest } from "next/server";
import { isSecureRequest } from "@/lib/auth/client-ip";
import { PATHNAME_HEADER, SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/cookie";
import { csrfCookieName, csrfTokenFromCookies, decodeSessionToken, encodeSessionToken, mintCsrfCookieValue } from "@/lib/auth/next-auth-seam";

/** A persistent cookie is re-issued (another 30 days) at most this often while used. */
const RENEW_AFTER_S = 60 * 60;

// Early comfort for /editor: no (readable) session cookie → /login?next=… . It doesn't touch
// the database; the editor layout and every action validate the session row themselves.
export async function guardEditorArea(request: NextRequest, csp: string): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  const here = pathname + search;
  const claims = await decodeSessionToken(request.cookies.get(SESSION_COOKIE)?.value);
  if (!claims) {
    // Next turns a same-host Location into a relative one on the way out.
    const login = new URL("/login", request.url);
    login.searchParams.set("next", here);
    const response = NextResponse.redirect(login, 303);
    if (request.cookies.has(SESSION_COOKIE)) response.cookies.delete(SESSION_COOKIE);
    return response;
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(PATHNAME_HEADER, here);
  // Next reads the nonce for its own scripts from the request's policy.
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  // "Renewed while used": slide the persistent cookie's Max-Age forward (the row's expiry
  // slides in validateSession). Browser-session cookies are never given an expiry here.
  if (claims.persistent && Date.now() / 1000 - claims.issuedAt > RENEW_AFTER_S) {
    const secure = isSecureRequest(request.headers);
    const token = await encodeSessionToken(claims);
    response.cookies.set(SESSION_COOKIE, token, sessionCookieOptions({ persistent: true, secure }));
  }
  return response;
}

/**
 * /login: gives a first-time visitor next-auth's CSRF cookie, on the response and on the
 * request the page renders from, so the form carries a valid token even without JavaScript.
 */
export function prepareLoginPage(request: NextRequest, csp: string): NextResponse {
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  if (csrfTokenFromCookies(request.cookies)) return NextResponse.next({ request: { headers: requestHeaders } });
  const secure = isSecureRequest(request.headers);
  const name = csrfCookieName(secure);
  const value = mintCsrfCookieValue();
  request.cookies.set(name, value);
  requestHeaders.set("cookie", request.headers.get("cookie") ?? "");
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.cookies.set(name, value, { path: "/", httpOnly: true, sameSite: "lax", secure });
  return response;
}
